package shardplan.emitter.check;

import java.util.Objects;

/**
 * A place where the placement breaks a rule, and what repairing it means.
 *
 * @param table the table whose DDL breaks the rule
 * @param rule the rule
 * @param detail which constraint or column, in words
 * @param repair what the repaired DDL does instead
 */
public record Violation(String table, Rule rule, String detail, String repair) {
  public Violation {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    Objects.requireNonNull(repair, "repair");
  }

  /** One line: table, rule, detail. */
  public String message() {
    return "table " + table + ": " + rule.text() + " (" + detail + ")";
  }

  /** One line for a warning: the violation and its repair. */
  public String repairMessage() {
    return "table " + table + ": " + detail + " — " + repair + " (" + rule.text() + ")";
  }
}
