package shardplan.partitioner.model;

/** Where a table's rows live. */
public enum PlacementKind {
  /** A full copy on every node (Citus reference table). */
  REFERENCE,
  /** Rows spread over the nodes by a hash of one column (Citus distributed table). */
  DISTRIBUTED,
  /**
   * The table stays on the coordinator (a Citus local table): for a table written often, never
   * joined with distributed tables and without a column that spreads it, such as a job queue.
   */
  LOCAL;

  /** The word the placement JSON uses. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
