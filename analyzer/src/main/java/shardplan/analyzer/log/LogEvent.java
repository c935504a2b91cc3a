package shardplan.analyzer.log;

import java.util.List;
import java.util.Objects;

/**
 * One thing a log says happened, reassembled from its lines: a statement with its bound
 * parameters, or an error that aborted the session's current statement.
 */
public sealed interface LogEvent permits LogEvent.Statement, LogEvent.Error {

  /** Session the event belongs to: the process id, or the session id where the log has one. */
  String session();

  /** Where in the input the event starts, e.g. {@code postgresql.csv:1042}. */
  String source();

  /**
   * A statement the server executed.
   *
   * @param session process id or session id
   * @param virtualTransactionId the log's virtual transaction id ({@code 3/1234}), or null
   * @param timestampMillis milliseconds since the epoch, or -1 if the line had no timestamp
   * @param sql the statement text, with {@code $n} placeholders for extended-protocol statements
   * @param parameters values of {@code $1..$n} in order; an element is null for SQL NULL;
   *                   empty for simple-protocol statements
   * @param source input position
   */
  record Statement(String session, String virtualTransactionId, long timestampMillis, String sql,
                   List<String> parameters, String source) implements LogEvent {
    public Statement {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(sql, "sql");
      parameters = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
      Objects.requireNonNull(source, "source");
    }
  }

  /**
   * An ERROR (or FATAL/PANIC) the server reported for the session's current statement; inside a
   * transaction block it aborts the transaction.
   *
   * @param sqlState the SQLSTATE where the log has it ({@code 40001}), or null
   * @param message the primary message
   */
  record Error(String session, String virtualTransactionId, String sqlState, String message, String source)
      implements LogEvent {
    public Error {
      Objects.requireNonNull(session, "session");
      Objects.requireNonNull(message, "message");
      Objects.requireNonNull(source, "source");
    }
  }
}
