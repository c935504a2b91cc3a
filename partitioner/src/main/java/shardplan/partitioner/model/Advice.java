package shardplan.partitioner.model;

import java.util.List;
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
 * @param alternatives up to three designs the search ranked next, best first, each with what
 *                     separates it from the advice
 * @param rejectedColumns every column that was not a candidate distribution column, with why
 * @param skewPlan predicted per-node load and the shard placement plan against skew; null when the
 *                 placement has no distributed table or was not planned
 * @param droppedForeignKeys the schema's foreign keys the placement cannot keep, each a cost
 * @param hotRows rows a large share of transactions write, most written first
 * @param lookupTables proposed lookup tables for frequent lookups by a unique column that is not the
 *                     distribution column
 */
public record Advice(Placement placement, PlacementMetrics metrics, Map<String, PlacementMetrics> baselines,
                     List<String> notes, List<Alternative> alternatives, List<RejectedColumn> rejectedColumns,
                     SkewPlan skewPlan, List<DroppedForeignKey> droppedForeignKeys, List<HotRow> hotRows,
                     List<LookupTable> lookupTables) {
  public Advice {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(metrics, "metrics");
    baselines = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(baselines));
    notes = List.copyOf(notes);
    alternatives = List.copyOf(alternatives);
    rejectedColumns = List.copyOf(rejectedColumns);
    droppedForeignKeys = List.copyOf(droppedForeignKeys);
    hotRows = List.copyOf(hotRows);
    lookupTables = List.copyOf(lookupTables);
  }

  /** Advice without alternatives or rejected columns (a placement evaluated as given). */
  public Advice(Placement placement, PlacementMetrics metrics, Map<String, PlacementMetrics> baselines,
                List<String> notes) {
    this(placement, metrics, baselines, notes, List.of(), List.of(), null, List.of(), List.of(), List.of());
  }
}
