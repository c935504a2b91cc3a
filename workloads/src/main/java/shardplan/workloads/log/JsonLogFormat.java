package shardplan.workloads.log;

/**
 * PostgreSQL 15 {@code jsonlog}: one object per line with the server's keys in its order
 * (timestamp, user, dbname, pid, remote_host, remote_port, session_id, line_num, ps,
 * session_start, vxid, txid, error_severity, message, detail, application_name, backend_type,
 * query_id). Like the server, it leaves out keys whose value is absent: {@code state_code} for
 * a successful completion, {@code detail} without detail, {@code application_name} while empty.
 */
final class JsonLogFormat implements RecordFormat {
  private final LogClock clock;

  JsonLogFormat(LogClock clock) {
    this.clock = clock;
  }

  @Override
  public void append(StringBuilder out, LogRecord r) {
    Session s = r.session;
    out.append("{\"timestamp\":\"");
    clock.appendMillis(out, r.micros);
    out.append("\",\"user\":");
    string(out, r.user);
    out.append(",\"dbname\":");
    string(out, r.database);
    out.append(",\"pid\":").append(s.pid)
        .append(",\"remote_host\":\"127.0.0.1\",\"remote_port\":").append(s.remotePort)
        .append(",\"session_id\":\"").append(s.sessionId)
        .append("\",\"line_num\":").append(s.lineNum)
        .append(",\"ps\":");
    string(out, r.commandTag);
    out.append(",\"session_start\":\"").append(s.startText)
        .append("\",\"vxid\":\"").append(s.backendId).append('/').append(s.localXid)
        .append("\",\"txid\":").append(s.txid)
        .append(",\"error_severity\":\"LOG\",\"message\":");
    string(out, r.message);
    if (r.detail.length() > 0) {
      out.append(",\"detail\":");
      string(out, r.detail);
    }
    if (!r.applicationName.isEmpty()) {
      out.append(",\"application_name\":");
      string(out, r.applicationName);
    }
    out.append(",\"backend_type\":\"client backend\",\"query_id\":0}\n");
  }

  static void string(StringBuilder out, CharSequence s) {
    out.append('"');
    if (!Text.needsJsonEscape(s)) {
      Text.appendAll(out, s);
      out.append('"');
      return;
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        case '\b' -> out.append("\\b");
        case '\f' -> out.append("\\f");
        default -> {
          if (c < 0x20) {
            out.append("\\u00");
            out.append(Character.forDigit(c >> 4, 16)).append(Character.forDigit(c & 15, 16));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }
}
