package shardplan.reports.model;

import java.util.Objects;

/**
 * A placement's predicted metrics at one node count: the same tables, columns and groups,
 * evaluated with the cost model on that many nodes.
 *
 * @param placement name (advised or a baseline)
 * @param nodes node count
 * @param distributedTransactionFraction transactions reaching more than one node, over all
 * @param multiShardStatementFraction statements Citus runs on several shards, over all routed
 *                                    statements
 * @param loadSkew busiest node's share over the mean share
 * @param replicationWriteAmplification writes to reference tables × (nodes − 1)
 */
public record ScalingPoint(String placement, int nodes, double distributedTransactionFraction,
                           double multiShardStatementFraction, double loadSkew, long replicationWriteAmplification) {
  public ScalingPoint {
    Objects.requireNonNull(placement, "placement");
  }
}
