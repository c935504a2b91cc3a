package shardplan.emitter.check;

/**
 * The rules a placement must follow on Citus (seen on a real Citus 13.2 cluster) and, because
 * the same reasoning holds for hash partitions on postgres_fdw workers, on that target too.
 */
public enum Rule {
  /** A primary key or unique constraint of a distributed table must contain its distribution column. */
  KEY_WITHOUT_DISTRIBUTION_COLUMN("a primary key or unique constraint of a distributed table must contain its"
      + " distribution column"),
  /** Colocated tables must be distributed by columns of the same type (and collation). */
  COLOCATED_TYPES_DIFFER("colocated distribution columns must have the same type"),
  /** A foreign key may not go from a reference table to a distributed table. */
  FOREIGN_KEY_REFERENCE_TO_DISTRIBUTED("a foreign key may not go from a reference table to a distributed table"),
  /** A foreign key between distributed tables needs them colocated. */
  FOREIGN_KEY_NOT_COLOCATED("a foreign key between distributed tables needs them in the same colocation group"),
  /** A foreign key between colocated tables must pair the two distribution columns. */
  FOREIGN_KEY_WITHOUT_DISTRIBUTION_COLUMN("a foreign key between distributed tables must include both"
      + " distribution columns at the same position"),
  /** A foreign key may not link a local table (left on the coordinator) and a distributed table. */
  FOREIGN_KEY_LOCAL_AND_DISTRIBUTED("a foreign key may not link a local table and a distributed table"),
  /** A foreign key must reference a primary key or unique constraint that still exists. */
  FOREIGN_KEY_REFERENCED_KEY_WIDENED("a foreign key must reference a primary key or unique constraint, and"
      + " the referenced key was widened");

  private final String text;

  Rule(String text) {
    this.text = text;
  }

  /** The rule as one kebab-case word, e.g. {@code key-without-distribution-column}. */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The rule in words, as messages print it. */
  public String text() {
    return text;
  }
}
