/**
 * The cost model: a placement's metrics over a workload's transactions
 * ({@link shardplan.partitioner.cost.PlacementEvaluator}) and the placements every advice is
 * compared with ({@link shardplan.partitioner.cost.Baselines}).
 */
package shardplan.partitioner.cost;
