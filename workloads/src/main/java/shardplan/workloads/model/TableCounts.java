package shardplan.workloads.model;

/** Statements that read, inserted into, updated or deleted from a table. */
public record TableCounts(long reads, long inserts, long updates, long deletes) {
  public static final TableCounts ZERO = new TableCounts(0, 0, 0, 0);
}
