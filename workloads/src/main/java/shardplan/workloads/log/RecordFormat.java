package shardplan.workloads.log;

/** Writes one log record as a destination's text (csvlog, jsonlog, stderr). */
interface RecordFormat {
  /** Appends the record's line(s), each ending with a newline. */
  void append(StringBuilder out, LogRecord r);
}
