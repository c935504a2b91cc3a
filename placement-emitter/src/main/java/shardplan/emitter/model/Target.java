package shardplan.emitter.model;

import java.util.Locale;

/** The kind of multi-node database the DDL is for. */
public enum Target {
  /** Citus: reference and distributed tables, colocation groups. */
  CITUS("citus"),
  /** PostgreSQL's own sharding: hash partitions that are postgres_fdw foreign tables on workers. */
  POSTGRES_FDW("postgres-fdw");

  private final String option;

  Target(String option) {
    this.option = option;
  }

  /** The word used on the command line and in file names ({@code citus}, {@code postgres-fdw}). */
  public String option() {
    return option;
  }

  /** The target named {@code word} as on the command line; fails with the words that are accepted. */
  public static Target parse(String word) {
    for (Target t : values()) {
      if (t.option.equals(word.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("unknown target '" + word + "' (use citus or postgres-fdw)");
  }
}
