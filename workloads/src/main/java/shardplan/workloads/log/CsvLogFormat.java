package shardplan.workloads.log;

/**
 * PostgreSQL 15 {@code csvlog}: 26 columns (log_time, user_name, database_name, process_id,
 * connection_from, session_id, session_line_num, command_tag, session_start_time,
 * virtual_transaction_id, transaction_id, error_severity, sql_state_code, message, detail, hint,
 * internal_query, internal_query_pos, context, query, query_pos, location, application_name,
 * backend_type, leader_pid, query_id). Text columns are quoted with inner quotes doubled, as the
 * server's {@code write_csvlog} does; the application name is quoted even when empty; absent
 * values are empty.
 */
final class CsvLogFormat implements RecordFormat {
  private final LogClock clock;

  CsvLogFormat(LogClock clock) {
    this.clock = clock;
  }

  @Override
  public void append(StringBuilder out, LogRecord r) {
    Session s = r.session;
    clock.appendMillis(out, r.micros);
    out.append(',');
    quoted(out, r.user);
    out.append(',');
    quoted(out, r.database);
    out.append(',').append(s.pid).append(',');
    quoted(out, s.connectionFrom);
    out.append(',').append(s.sessionId).append(',').append(s.lineNum).append(',');
    quoted(out, r.commandTag);
    out.append(',').append(s.startText).append(',').append(s.backendId).append('/').append(s.localXid)
        .append(',').append(s.txid).append(",LOG,00000,");
    quoted(out, r.message);
    out.append(',');
    if (r.detail.length() > 0) {
      quoted(out, r.detail);
    }
    // hint, internal_query, internal_query_pos, context, query, query_pos, location
    out.append(",,,,,,,,");
    quoted(out, r.applicationName);
    out.append(",\"client backend\",,0\n");
  }

  private static void quoted(StringBuilder out, CharSequence s) {
    out.append('"');
    if (Text.indexOf(s, '"') < 0) {
      Text.appendAll(out, s);
      out.append('"');
      return;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c == '"') {
        out.append('"');
      }
      out.append(c);
    }
    out.append('"');
  }
}
