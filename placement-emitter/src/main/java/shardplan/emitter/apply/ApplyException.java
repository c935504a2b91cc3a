package shardplan.emitter.apply;

/**
 * A failed apply: the message is the one line the user reads (what failed, where, and why);
 * the report, when there is one, says what ran before it.
 */
public final class ApplyException extends RuntimeException {
  private final transient ApplyReport report;

  public ApplyException(String message) {
    this(message, null, null);
  }

  public ApplyException(String message, Throwable cause) {
    this(message, cause, null);
  }

  public ApplyException(String message, Throwable cause, ApplyReport report) {
    super(message, cause);
    this.report = report;
  }

  /** What the apply did up to the failure; null when it failed before running anything. */
  public ApplyReport report() {
    return report;
  }
}
