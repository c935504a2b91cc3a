package shardplan.analyzer.log;

import java.util.List;

/**
 * Turns a log record, whatever its format, into events: the rules of what PostgreSQL logs for
 * {@code log_statement = 'all'} and {@code log_min_duration_statement = 0}.
 *
 * <ul>
 *   <li>{@code statement: SQL} (simple protocol) and {@code execute NAME: SQL},
 *       {@code execute NAME/PORTAL: SQL} (extended protocol, with the {@code parameters:} detail)
 *       are statements, also behind {@code duration: N ms  };</li>
 *   <li>{@code execute fetch from NAME/PORTAL: SQL} is the client fetching more rows of a portal
 *       whose statement was already logged when it started (a JDBC fetch size, a cursor): it is
 *       ignored, or one statement would count once per batch of rows;</li>
 *   <li>a bare {@code duration: N ms} follows a statement already logged, and {@code parse} and
 *       {@code bind} lines precede the {@code execute} that runs the statement: both are ignored so
 *       that nothing is counted twice;</li>
 *   <li>ERROR, FATAL and PANIC are {@link LogEvent.Error}s (their {@code STATEMENT:} is the
 *       statement already logged, not a new one);</li>
 *   <li>everything else (checkpoints, connections, autovacuum, notices) is ignored.</li>
 * </ul>
 * A simple-protocol string with several statements ({@code BEGIN; UPDATE ...; COMMIT}) gives one
 * event per statement, so that transactions can be told apart.
 */
final class RecordInterpreter {
  private final ReadContext ctx;

  RecordInterpreter(ReadContext ctx) {
    this.ctx = ctx;
  }

  void accept(LogRecord r) {
    Severity sev = r.severity;
    if (sev == Severity.LOG) {
      log(r);
    } else if (sev != null && sev.isError()) {
      ctx.used();
      ctx.emit(new LogEvent.Error(session(r), r.vxid, r.sqlState, r.message == null ? "" : r.message,
          ctx.source(r.line)));
    } else if (sev == Severity.DETAIL && ParameterParser.isParameters(r.message)) {
      ctx.skipped(LogSkipReasons.ORPHAN_PARAMETERS, r.line);
    } else {
      ctx.ignored();
    }
  }

  private static String session(LogRecord r) {
    return r.session == null ? "" : r.session;
  }

  private void log(LogRecord r) {
    String m = r.message;
    if (m == null) {
      ctx.ignored();
      return;
    }
    int p = 0;
    if (m.startsWith("duration: ")) {
      int k = m.indexOf("  ", 10);
      if (k < 0) {
        ctx.ignored();
        return;
      }
      p = k + 2;
    }
    if (m.startsWith("statement: ", p)) {
      simple(r, m.substring(p + 11));
    } else if (m.startsWith("execute fetch from ", p)) {
      ctx.ignored();
    } else if (m.startsWith("execute ", p)) {
      int c = m.indexOf(": ", p + 8);
      if (c < 0) {
        ctx.skipped(LogSkipReasons.CORRUPT_STATEMENT, r.line);
        return;
      }
      extended(r, statementOf(m, c + 2));
    } else {
      // parse/bind lines, checkpoints, connections, autovacuum, duration of plans...
      ctx.ignored();
    }
  }

  /** Slots of the cache of statement texts (a power of two). */
  private static final int TEXTS = 256;
  private final String[] textMessages = new String[TEXTS];
  private final String[] texts = new String[TEXTS];

  /**
   * {@code m.substring(from)}; the same String again for the same message instance (a reader hands
   * out one instance for a message that repeats), so that a statement's text is cut once.
   */
  private String statementOf(String m, int from) {
    int slot = System.identityHashCode(m) & (TEXTS - 1);
    if (textMessages[slot] == m) {
      return texts[slot];
    }
    String sql = m.substring(from);
    textMessages[slot] = m;
    texts[slot] = sql;
    return sql;
  }

  private void simple(LogRecord r, String sql) {
    if (sql.isBlank()) {
      ctx.ignored();
      return;
    }
    long line = ctx.fileLine(r.line);
    if (sql.indexOf(';') >= 0) {
      List<String> parts = SqlSplitter.split(sql);
      if (parts.isEmpty()) {
        ctx.ignored();
        return;
      }
      if (parts.size() > 1) {
        ctx.used();
        for (String part : parts) {
          ctx.emit(new LogEvent.Statement(session(r), r.vxid, r.timestampMillis, part, List.of(), ctx.file, line));
        }
        return;
      }
    }
    ctx.used();
    ctx.emit(new LogEvent.Statement(session(r), r.vxid, r.timestampMillis, sql, List.of(), ctx.file, line));
  }

  private void extended(LogRecord r, String sql) {
    List<String> params = List.of();
    if (r.parametersRead) {
      params = r.parameters;
    } else if (r.detail != null && ParameterParser.isParameters(r.detail)) {
      params = ParameterParser.parse(r.detail);
    }
    if (params == null) {
      ctx.skipped(LogSkipReasons.CORRUPT_PARAMETERS, r.line);
      return;
    }
    if (sql.isBlank()) {
      ctx.ignored();
      return;
    }
    ctx.used();
    ctx.emit(new LogEvent.Statement(session(r), r.vxid, r.timestampMillis, sql, params, ctx.file,
        ctx.fileLine(r.line)));
  }
}
