package shardplan.reports.model;

import java.util.List;
import java.util.Map;

/**
 * What the report computes from the transaction stream beyond the advice's own metrics.
 *
 * @param scaling metrics of the advice and the baselines at 2, 4, 8, 16 and 32 nodes
 * @param nodeAccesses row accesses per node under the advice at its node count, node 0 first
 * @param hotKeys the most accessed distribution-key values, hottest first
 * @param coAccess table pairs used in the same transactions, most frequent first
 * @param baselineDifferences per baseline, the tables it places differently from the advice
 *                            (one sentence each)
 * @param sampled whether the stream was a sample of the transactions (rate below 1)
 */
public record Evaluation(List<ScalingPoint> scaling, List<Long> nodeAccesses, List<HotKey> hotKeys,
                         List<TablePair> coAccess, Map<String, List<String>> baselineDifferences, boolean sampled) {
  public Evaluation {
    scaling = List.copyOf(scaling);
    nodeAccesses = List.copyOf(nodeAccesses);
    hotKeys = List.copyOf(hotKeys);
    coAccess = List.copyOf(coAccess);
    baselineDifferences = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baselineDifferences));
  }

  /** Nothing computed (no transaction stream: a pg_stat_statements export). */
  public static final Evaluation NONE = new Evaluation(List.of(), List.of(), List.of(), List.of(), Map.of(), false);
}
