package shardplan.analyzer.model;

/** Statements that read, inserted into, updated or deleted from one table. */
public record OperationCounts(long reads, long inserts, long updates, long deletes) {
  public static final OperationCounts ZERO = new OperationCounts(0, 0, 0, 0);

  public long writes() {
    return inserts + updates + deletes;
  }

  public long total() {
    return reads + writes();
  }

  /** Writes over all accesses; 0 when the table was not accessed. */
  public double updateRatio() {
    long t = total();
    return t == 0 ? 0.0 : (double) writes() / t;
  }

  public OperationCounts plus(OperationCounts o) {
    return new OperationCounts(reads + o.reads, inserts + o.inserts, updates + o.updates, deletes + o.deletes);
  }
}
