package shardplan.analyzer;

import java.io.IOException;

/** What a reading thread failed with, thrown again on the thread that waited for it. */
final class ReaderFailure {
  private ReaderFailure() {
  }

  /**
   * Throws {@code t} as it was (an I/O error, an unchecked exception or an error), any other
   * throwable wrapped; does nothing when {@code t} is null.
   */
  static void rethrow(Throwable t) throws IOException {
    if (t instanceof IOException io) {
      throw io;
    }
    if (t instanceof RuntimeException re) {
      throw re;
    }
    if (t instanceof Error err) {
      throw err;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }
}
