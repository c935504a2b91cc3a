package shardplan.partitioner.model;

/**
 * How good a placement is for a workload; one definition, used by tests, reports and benchmarks.
 *
 * @param distributedTransactionFraction transactions whose rows of distributed tables live on
 *                                       more than one node, or that write a reference table,
 *                                       over all transactions
 * @param internodeRows rows that must cross nodes to run the workload's joins and writes
 * @param internodeBytes the same in estimated bytes
 * @param loadSkew the busiest node's share of row accesses over the mean share (1.0 is even)
 * @param replicationWriteAmplification writes to reference tables × (nodes − 1)
 * @param transactions transactions evaluated (after sampling)
 */
public record PlacementMetrics(double distributedTransactionFraction, long internodeRows, long internodeBytes,
                               double loadSkew, long replicationWriteAmplification, long transactions) {
}
