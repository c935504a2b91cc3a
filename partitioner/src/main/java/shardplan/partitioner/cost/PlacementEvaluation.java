package shardplan.partitioner.cost;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.partitioner.model.PlacementMetrics;

/**
 * A placement's metrics with the counts behind them, for reports and for a search that wants to
 * know which table costs what.
 *
 * @param metrics the metrics
 * @param distributedTransactions transactions that touched more than one node
 * @param nodeRowAccesses row accesses per node, node 0 first (the load skew is computed from them)
 * @param internodeRowsByTable internode rows caused by each table, schema order, tables with none
 *                             left out
 * @param multiShardAccesses accesses to distributed tables that did not bind the distribution
 *                           column and so went to every node
 * @param invalidValues distribution values that were not valid for their column type
 * @param notes approximations made, one sentence each
 */
public record PlacementEvaluation(PlacementMetrics metrics, long distributedTransactions, List<Long> nodeRowAccesses,
                                  Map<String, Long> internodeRowsByTable, long multiShardAccesses, long invalidValues,
                                  List<String> notes) {
  public PlacementEvaluation {
    Objects.requireNonNull(metrics, "metrics");
    nodeRowAccesses = List.copyOf(nodeRowAccesses);
    internodeRowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(internodeRowsByTable));
    notes = List.copyOf(notes);
  }
}
