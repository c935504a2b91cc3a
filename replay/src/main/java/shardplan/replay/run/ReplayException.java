package shardplan.replay.run;

/** A replay or bench that cannot go on; the message is the one line the user reads (no password). */
public final class ReplayException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ReplayException(String message) {
    super(message);
  }

  public ReplayException(String message, Throwable cause) {
    super(message, cause);
  }
}
