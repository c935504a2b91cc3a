package shardplan.emitter.check;

import java.util.List;

/** Thrown when the placement breaks a rule and the user asked to refuse rather than repair. */
public final class RuleViolationException extends IllegalArgumentException {
  private final transient List<Violation> violations;

  public RuleViolationException(List<Violation> violations) {
    super(describe(violations));
    this.violations = List.copyOf(violations);
  }

  public List<Violation> violations() {
    return violations;
  }

  private static String describe(List<Violation> v) {
    String first = v.get(0).message();
    return v.size() == 1 ? first : first + " (and " + (v.size() - 1) + " more violation"
        + (v.size() == 2 ? "" : "s") + "; run with --on-violation repair to see them)";
  }
}
