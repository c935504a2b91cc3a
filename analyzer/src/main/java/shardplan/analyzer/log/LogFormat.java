package shardplan.analyzer.log;

/** The kinds of input {@link LogInput} reads. */
public enum LogFormat {
  /** PostgreSQL {@code log_destination = 'csvlog'}: one CSV record per message (22 to 26 columns). */
  CSVLOG,
  /** PostgreSQL 15+ {@code log_destination = 'jsonlog'}: one JSON object per line. */
  JSONLOG,
  /** PostgreSQL {@code log_destination = 'stderr'}: lines led by {@code log_line_prefix}. */
  STDERR,
  /** A plain SQL script: statements separated by semicolons. */
  SQL
}
