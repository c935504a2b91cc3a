package shardplan.partitioner.model;

/** Where a table's rows live. */
public enum PlacementKind {
  /** A full copy on every node (Citus reference table). */
  REFERENCE,
  /** Rows spread over the nodes by a hash of one column (Citus distributed table). */
  DISTRIBUTED;

  /** The word the placement JSON uses. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
