package shardplan.partitioner.model;

import java.util.List;

/**
 * Per-node load of a placement as Citus places its shards (hash ranges, shards round-robin over
 * the nodes), and the moves that bring the busiest node near the mean.
 *
 * @param skewBefore busiest node's load over the mean load, with shards where Citus puts them
 * @param skewAfter the same after the moves
 * @param loadBefore per node, share of the distributed tables' accesses, before
 * @param loadAfter per node, after
 * @param moves the steps, in the order to run them; empty when the skew is already at most the limit
 * @param stop why the planner stopped
 */
public record SkewPlan(double skewBefore, double skewAfter, List<Double> loadBefore, List<Double> loadAfter,
                       List<ShardMove> moves, String stop) {
  public SkewPlan {
    loadBefore = List.copyOf(loadBefore);
    loadAfter = List.copyOf(loadAfter);
    moves = List.copyOf(moves);
  }

  /** Skew above which a plan is proposed. */
  public static final double LIMIT = 1.2;
}
