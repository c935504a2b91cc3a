package shardplan.partitioner.explain;

import shardplan.partitioner.model.Placement;

/**
 * The cost of a whole placement for the workload, lower is better; the cost model behind the
 * local search over column choices.
 */
@FunctionalInterface
public interface PlacementCost {
  double of(Placement placement);
}
