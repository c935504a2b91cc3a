package shardplan.partitioner.model;

import java.util.Objects;

/**
 * How good a placement is for a workload; one definition, used by tests, reports and benchmarks.
 *
 * @param distributedTransactionFraction transactions whose statements reach more than one node,
 *                                       over all transactions: a single-shard statement reaches
 *                                       its shard's node, a multi-shard statement every node of
 *                                       the shards it runs on, a reference-table write every
 *                                       node; a reference-table read reaches no other node than
 *                                       the transaction's ({@link StatementRouting})
 * @param internodeRows rows that must cross nodes to run the workload's joins and writes
 * @param internodeBytes the same in estimated bytes
 * @param loadSkew the busiest node's share of row accesses over the mean share (1.0 is even)
 * @param replicationWriteAmplification writes to reference tables × (nodes − 1)
 * @param transactions transactions evaluated (after sampling)
 * @param routing how Citus routes each statement ({@link StatementRouting#NONE} when the placement
 *                was evaluated without the workload's templates)
 */
public record PlacementMetrics(double distributedTransactionFraction, long internodeRows, long internodeBytes,
                               double loadSkew, long replicationWriteAmplification, long transactions,
                               StatementRouting routing) {
  public PlacementMetrics {
    Objects.requireNonNull(routing, "routing");
  }

  /** Metrics without statement routing. */
  public PlacementMetrics(double distributedTransactionFraction, long internodeRows, long internodeBytes,
                          double loadSkew, long replicationWriteAmplification, long transactions) {
    this(distributedTransactionFraction, internodeRows, internodeBytes, loadSkew, replicationWriteAmplification,
        transactions, StatementRouting.NONE);
  }

  /** These metrics with {@code routing}, whose distributed transaction fraction replaces this one. */
  public PlacementMetrics withRouting(StatementRouting routing) {
    return new PlacementMetrics(routing.distributedTransactionFraction(), internodeRows, internodeBytes, loadSkew,
        replicationWriteAmplification, transactions, routing);
  }
}
