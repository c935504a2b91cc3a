package shardplan.partitioner.explain;

import java.util.List;
import shardplan.partitioner.model.Placement;

/**
 * The cost model behind the local search over column choices: the cost of each of several whole
 * placements for the workload, lower is better. Batched because one pass over the transactions
 * can evaluate many placements.
 */
@FunctionalInterface
public interface PlacementCost {
  double[] of(List<Placement> placements);
}
