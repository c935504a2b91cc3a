package shardplan.partitioner.classify;

/** The two sets of the classic rule: tables copied to every node, and tables split over them. */
public enum Side {
  /** The replicate set S_r: a Citus reference table. */
  REPLICATE,
  /** The partition set S_p: a Citus distributed table. */
  PARTITION
}
