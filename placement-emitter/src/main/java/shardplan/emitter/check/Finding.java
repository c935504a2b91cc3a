package shardplan.emitter.check;

import java.util.Objects;

/**
 * One thing {@link PlacementCheck} found.
 *
 * @param severity error or warning
 * @param kind what it is about
 * @param rule the target's rule, for {@link FindingKind#RULE}; null otherwise
 * @param table the table it is about
 * @param detail which constraint, column or key, in words
 * @param likely for {@link FindingKind#LIKELY_PLACEMENT}: the placement suggested; null otherwise
 */
public record Finding(Severity severity, FindingKind kind, Rule rule, String table, String detail,
                      LikelyPlacement likely) {
  public Finding {
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(detail, "detail");
    if ((kind == FindingKind.RULE) != (rule != null)) {
      throw new IllegalArgumentException("a rule finding needs its rule, and only it has one");
    }
  }

  /** {@code key-without-distribution-column} for a rule, else the kind's code. */
  public String code() {
    return rule != null ? rule.code() : kind.code();
  }

  /** One line without the severity: {@code table orders: <detail> [<code>]}. */
  public String message() {
    return "table " + table + ": " + detail + " [" + code() + "]";
  }

  /** One line with the severity first, as the text output prints it. */
  public String line() {
    return severity.word() + ": " + message();
  }
}
