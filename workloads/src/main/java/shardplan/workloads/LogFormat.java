package shardplan.workloads;

import java.util.Locale;

/** The file a generated workload's statements are written to. */
public enum LogFormat {
  /** PostgreSQL {@code log_destination = 'csvlog'}: 26 columns per record. */
  CSVLOG("postgresql.csv"),
  /** PostgreSQL {@code log_destination = 'jsonlog'}: one JSON object per line. */
  JSONLOG("postgresql.json"),
  /** PostgreSQL {@code log_destination = 'stderr'} with a {@code log_line_prefix}. */
  STDERR("postgresql.log"),
  /** A plain SQL script: statements separated by {@code ;}, literal values inlined. */
  SQL("workload.sql");

  private final String fileName;

  LogFormat(String fileName) {
    this.fileName = fileName;
  }

  /** The name of the file written in the output folder. */
  public String fileName() {
    return fileName;
  }

  /** The name users type ({@code csvlog}). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a user's format name. */
  public static LogFormat parse(String s) {
    for (LogFormat f : values()) {
      if (f.label().equalsIgnoreCase(s.strip())) {
        return f;
      }
    }
    throw new IllegalArgumentException("unknown format '" + s + "' (expected csvlog, stderr, jsonlog or sql)");
  }
}
