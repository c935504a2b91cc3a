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
  /**
   * Whether the reader already read the parameters of the detail into {@link #parameters} (then
   * {@link #detail} is not set): {@link ParameterParser#NOT_PARAMETERS} if the detail is none,
   * null if it is malformed.
   */
  boolean parametersRead;
  java.util.List<String> parameters;

  void clear() {
    parametersRead = false;
    parameters = null;
    session = null;
    vxid = null;
    timestampMillis = -1;
    severity = null;
    sqlState = null;
    message = null;
    detail = null;
  }
}
