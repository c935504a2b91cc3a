package shardplan.analyzer.log;

import java.util.ArrayList;
import java.util.Collections;
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
   * A statement the server executed. A value: equal when every component is. (Not a record only
   * so that its {@link #source()} text is built when asked for, not for every statement read.)
   */
  final class Statement implements LogEvent {
    private final String session;
    private final String virtualTransactionId;
    private final long timestampMillis;
    private final String sql;
    private final List<String> parameters;
    private final String file;
    private final long line;
    private String source;

    /**
     * @param session process id or session id
     * @param virtualTransactionId the log's virtual transaction id ({@code 3/1234}), or null
     * @param timestampMillis milliseconds since the epoch, or -1 if the line had no timestamp
     * @param sql the statement text, with {@code $n} placeholders for extended-protocol statements
     * @param parameters values of {@code $1..$n} in order; an element is null for SQL NULL;
     *                   empty for simple-protocol statements
     * @param source input position
     */
    public Statement(String session, String virtualTransactionId, long timestampMillis, String sql,
                     List<String> parameters, String source) {
      this(session, virtualTransactionId, timestampMillis, sql,
          Collections.unmodifiableList(new ArrayList<>(parameters)), null, -1, Objects.requireNonNull(source, "source"));
    }

    /**
     * A statement read at line {@code line} of {@code file}; {@code parameters} is taken as it is
     * (the caller no longer changes it).
     */
    Statement(String session, String virtualTransactionId, long timestampMillis, String sql, List<String> parameters,
              String file, long line) {
      this(session, virtualTransactionId, timestampMillis, sql, Collections.unmodifiableList(parameters),
          Objects.requireNonNull(file, "file"), line, null);
    }

    private Statement(String session, String virtualTransactionId, long timestampMillis, String sql,
                      List<String> parameters, String file, long line, String source) {
      this.session = Objects.requireNonNull(session, "session");
      this.virtualTransactionId = virtualTransactionId;
      this.timestampMillis = timestampMillis;
      this.sql = Objects.requireNonNull(sql, "sql");
      this.parameters = parameters;
      this.file = file;
      this.line = line;
      this.source = source;
    }

    @Override
    public String session() {
      return session;
    }

    /** The log's virtual transaction id ({@code 3/1234}), or null. */
    public String virtualTransactionId() {
      return virtualTransactionId;
    }

    /** Milliseconds since the epoch, or -1 if the line had no timestamp. */
    public long timestampMillis() {
      return timestampMillis;
    }

    /** The statement text, with {@code $n} placeholders for extended-protocol statements. */
    public String sql() {
      return sql;
    }

    /** Values of {@code $1..$n} in order (null for SQL NULL); empty for simple-protocol statements. */
    public List<String> parameters() {
      return parameters;
    }

    @Override
    public String source() {
      String s = source;
      if (s == null) {
        s = file + ":" + line;
        source = s; // racy but safe: every thread builds the same immutable text
      }
      return s;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Statement s && s.timestampMillis == timestampMillis && s.session.equals(session)
          && Objects.equals(s.virtualTransactionId, virtualTransactionId) && s.sql.equals(sql)
          && s.parameters.equals(parameters) && s.source().equals(source());
    }

    @Override
    public int hashCode() {
      return Objects.hash(session, virtualTransactionId, timestampMillis, sql, parameters, source());
    }

    @Override
    public String toString() {
      return "Statement[session=" + session + ", virtualTransactionId=" + virtualTransactionId + ", timestampMillis="
          + timestampMillis + ", sql=" + sql + ", parameters=" + parameters + ", source=" + source() + "]";
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
