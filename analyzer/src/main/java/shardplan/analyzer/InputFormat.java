package shardplan.analyzer;

import java.util.Locale;

/** What kind of input a file holds; {@link #AUTO} detects it from the content. */
public enum InputFormat {
  AUTO,
  CSVLOG,
  JSONLOG,
  STDERR,
  SQL,
  PG_STAT_STATEMENTS;

  /**
   * Reads a format name as the command line spells it: {@code auto}, {@code csvlog},
   * {@code jsonlog}, {@code stderr}, {@code sql}, {@code pgss} or {@code pg_stat_statements}.
   */
  public static InputFormat parse(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT).replace('-', '_');
    switch (n) {
      case "auto":
        return AUTO;
      case "csvlog":
      case "csv":
        return CSVLOG;
      case "jsonlog":
      case "json":
        return JSONLOG;
      case "stderr":
      case "log":
        return STDERR;
      case "sql":
        return SQL;
      case "pgss":
      case "pg_stat_statements":
        return PG_STAT_STATEMENTS;
      default:
        throw new IllegalArgumentException("unknown input format '" + name
            + "' (expected auto, csvlog, jsonlog, stderr, sql or pgss)");
    }
  }
}
