package shardplan.partitioner.model;

import java.util.Map;
import java.util.Objects;

/**
 * The advised placement with its predicted metrics, and the baselines it was compared with.
 *
 * @param placement the advice
 * @param metrics its predicted metrics
 * @param baselines metrics of {@code hashPrimaryKey}, {@code replicateAll} and, when given,
 *                  {@code expected}, in that order
 * @param notes what the search did and why it stopped, sampling rates, tables left alone
 */
public record Advice(Placement placement, PlacementMetrics metrics, Map<String, PlacementMetrics> baselines,
                     java.util.List<String> notes) {
  public Advice {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(metrics, "metrics");
    baselines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baselines));
    notes = java.util.List.copyOf(notes);
  }
}
