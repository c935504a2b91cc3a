package shardplan.partitioner.search;

import shardplan.analyzer.model.Schema;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.StatementRouting;

/**
 * The single number the design search minimises, lower is better, from what Citus will run
 * (the routing model's {@link StatementRouting}) and what the rows do:
 *
 * <pre>
 *   distributed transaction fraction                      (transactions reaching more than one node:
 *                                                          multi-shard statements, 2PC reference writes)
 * + {@link #MULTI_SHARD_WEIGHT} × multi-shard statements / statements   (each one runs on every shard)
 * + {@link #UNSUPPORTED_WEIGHT} × unsupported statements / statements   (Citus refuses them as placed)
 * + {@link #INTERNODE_WEIGHT}   × internode rows per transaction
 * + {@link #SKEW_WEIGHT}        × (load skew − 1)
 * + {@link #FOREIGN_KEY_WEIGHT} × foreign keys the design cannot keep
 * </pre>
 *
 * The weights after the first term are small or bounded so that they separate designs the
 * workload finds nearly equal, except refused statements: a statement Citus refuses is an error in
 * the application, which no saving elsewhere buys. Baselines
 * and the advice are scored by the same function, so "never worse than a baseline" means this one.
 */
public final class DesignCost {
  public static final double MULTI_SHARD_WEIGHT = 0.25;
  public static final double UNSUPPORTED_WEIGHT = 10.0;
  public static final double INTERNODE_WEIGHT = 0.01;
  public static final double SKEW_WEIGHT = 0.05;
  public static final double FOREIGN_KEY_WEIGHT = 0.001;

  private DesignCost() {
  }

  /** The cost of metrics alone (no foreign-key term). */
  public static double of(PlacementMetrics m) {
    double perTx = m.transactions() == 0 ? 0 : (double) m.internodeRows() / m.transactions();
    double cost = m.distributedTransactionFraction() + INTERNODE_WEIGHT * perTx
        + SKEW_WEIGHT * Math.max(0, m.loadSkew() - 1);
    StatementRouting r = m.routing();
    if (r.statements() > 0) {
      cost += MULTI_SHARD_WEIGHT * r.multiShardStatements() / r.statements()
          + UNSUPPORTED_WEIGHT * r.unsupportedStatements() / r.statements();
    }
    return cost;
  }

  /** The whole cost of {@code placement} with its metrics. */
  public static double of(PlacementMetrics m, Placement placement, Schema schema) {
    return of(m) + FOREIGN_KEY_WEIGHT * ForeignKeyCosts.dropped(schema, placement).size();
  }
}
