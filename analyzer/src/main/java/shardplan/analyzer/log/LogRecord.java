package shardplan.analyzer.log;

/**
 * One log message as the format readers hand it to the {@link RecordInterpreter}: the fields the
 * analyzer needs, whatever the format. Mutable and reused, to keep reading allocation-light.
 */
final class LogRecord {
  /** Line the record starts on. */
  long line;
  String session;
  String vxid;
  long timestampMillis = -1;
  Severity severity;
  String sqlState;
  String message;
  /** The detail field (csvlog/jsonlog) or the DETAIL line (stderr), or null. */
  String detail;

  void clear() {
    session = null;
    vxid = null;
    timestampMillis = -1;
    severity = null;
    sqlState = null;
    message = null;
    detail = null;
  }
}
