package shardplan.emitter.apply;

/** A failed apply: the message is the one line the user reads (what failed, where, and why). */
public final class ApplyException extends RuntimeException {
  public ApplyException(String message) {
    super(message);
  }

  public ApplyException(String message, Throwable cause) {
    super(message, cause);
  }
}
