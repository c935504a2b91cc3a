package shardplan.workloads.log;

import java.io.Closeable;
import java.io.IOException;
import shardplan.workloads.model.Call;

/**
 * Receives what the sessions of a workload send, in the order the server would see it, and
 * writes it the way the server logs it (or as a script).
 */
public interface LogSink extends Closeable {
  /** The connections open; called once, before anything else. */
  void open(int sessions) throws IOException;

  /** {@code session} starts a transaction block. */
  void begin(int session) throws IOException;

  /** {@code session} runs a statement inside its transaction block. */
  void statement(int session, Call call) throws IOException;

  /** {@code session} ends its transaction block with COMMIT, or ROLLBACK when {@code rollback}. */
  void end(int session, boolean rollback) throws IOException;

  /** A sink that writes nothing, for callers that only want the transactions. */
  static LogSink discard() {
    return new LogSink() {
      @Override
      public void open(int sessions) {
      }

      @Override
      public void begin(int session) {
      }

      @Override
      public void statement(int session, Call call) {
      }

      @Override
      public void end(int session, boolean rollback) {
      }

      @Override
      public void close() {
      }
    };
  }
}
