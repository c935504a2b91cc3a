package shardplan.reports.model;

import java.util.Objects;

/**
 * A placement's predicted metrics at one node count: the same tables, columns and groups,
 * evaluated with the cost model on that many nodes.
 *
 * @param placement name (advised or a baseline)
 * @param nodes node count
 * @param distributedTransactionFraction transactions reaching more than one node, over all
 * @param multiShardAccessFraction accesses to distributed tables that do not bind the
 *                                 distribution column (they run on every shard), over all
 *                                 accesses of distributed tables
 * @param loadSkew busiest node's share over the mean share
 * @param replicationWriteAmplification writes to reference tables × (nodes − 1)
 */
public record ScalingPoint(String placement, int nodes, double distributedTransactionFraction,
                           double multiShardAccessFraction, double loadSkew, long replicationWriteAmplification) {
  public ScalingPoint {
    Objects.requireNonNull(placement, "placement");
  }
}
