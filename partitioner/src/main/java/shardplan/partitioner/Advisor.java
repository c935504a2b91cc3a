package shardplan.partitioner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.AccessSummary;
import shardplan.partitioner.classify.Classification;
import shardplan.partitioner.classify.Classifier;
import shardplan.partitioner.classify.Side;
import shardplan.partitioner.classify.TableDecision;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.cost.PlacementEvaluation;
import shardplan.partitioner.cost.PlacementEvaluator;
import shardplan.partitioner.explain.CandidateColumns;
import shardplan.partitioner.explain.Explainer;
import shardplan.partitioner.explain.Explanation;
import shardplan.partitioner.explain.PlacementCost;
import shardplan.partitioner.explain.TableChoice;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TableEvidence;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.multilevel.GraphPartitioner;
import shardplan.partitioner.rowgraph.RowGraph;
import shardplan.partitioner.rowgraph.RowGraphBuilder;
import shardplan.partitioner.model.Alternative;
import shardplan.partitioner.model.RejectedColumn;
import shardplan.partitioner.search.CandidateFilter;
import shardplan.partitioner.search.LocalTables;
import shardplan.partitioner.search.SkewPlanner;
import shardplan.partitioner.search.DesignCost;
import shardplan.partitioner.routing.RoutingModel;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.search.HotRows;
import shardplan.partitioner.search.LookupTables;
import shardplan.partitioner.model.HotRow;
import shardplan.partitioner.model.LookupTable;
import shardplan.partitioner.search.ForeignKeyCosts;
import shardplan.partitioner.model.DroppedForeignKey;
import shardplan.partitioner.model.SkewPlan;

/**
 * The partitioner's entry point: a workload profile in, advice out.
 *
 * <ol>
 *   <li>Replicate or partition every table ({@link Classifier}).</li>
 *   <li>Build the co-access graph of the partition-set rows ({@link RowGraphBuilder}) and cut it
 *       into {@code nodes} balanced parts ({@link GraphPartitioner}, the multilevel one, seeded).</li>
 *   <li>Explain the cut as distribution columns and colocation groups ({@link Explainer}), then
 *       improve the choice with the cost model on a sample of the transactions.</li>
 *   <li>Evaluate the advice and the baselines ({@code hashPrimaryKey}, {@code replicateAll} and
 *       the ground truth when given) on every transaction ({@link PlacementEvaluator}).</li>
 * </ol>
 *
 * Deterministic for a given profile and options. Nothing in it knows any table or column name:
 * every decision comes from the workload's counts, keys and co-accesses.
 */
public final class Advisor {
  /** The search's weights live in {@link DesignCost}; this one is kept for the tests that price designs. */
  static final double FOREIGN_KEY_WEIGHT = DesignCost.FOREIGN_KEY_WEIGHT;

  private Advisor() {
  }

  public static Advice advise(WorkloadProfile profile, AdviceOptions options) {
    return advise(profile, options, PhaseTimes.NONE);
  }

  /**
   * {@link #advise(WorkloadProfile, AdviceOptions)}, with the time of each phase recorded in
   * {@code times} (which never changes the advice).
   *
   * <p>Passes over the transaction stream, which is on disk for a large log: one shared by the
   * readers that need no design (access summary, routing model, hot rows, the search's sample);
   * one per distinct set of candidate columns for the row graph (more while the graph outgrows its
   * vertex limit); one evaluating the chosen design, its baselines and runners-up together; one
   * for its shard loads and lookup tables. With several shard counts, the designs are compared on
   * the search's sample (a fixed count of transactions, every k-th), which is the whole stream
   * for a log of up to {@link AdviceOptions#evaluationSample()} transactions.
   */
  public static Advice advise(WorkloadProfile profile, AdviceOptions options, PhaseTimes times) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(times, "times");
    Scan scan = times.time("scan (access summary, hot rows, search sample and its routing model)",
        () -> Scan.of(profile, options));
    List<AdviceOptions> variants = new ArrayList<>();
    variants.add(options);
    Choices firstChoices = choices(profile, options, scan.summary(), times);
    if (!options.shardCountFixed()) {
      // A key column of a partitioned table with enough values for the nodes but fewer than the
      // shards (a handful of tenants or warehouses) cannot distribute with this shard count; with a
      // shard count of its values (a multiple of the nodes) it can. Both designs are scored on the
      // same model and the cheaper is the advice.
      int n = options.nodes();
      java.util.TreeSet<Integer> counts = new java.util.TreeSet<>();
      for (RejectedColumn r : firstChoices.filtered().rejected()) {
        int fewer = (int) (Math.min(r.distinctValues(), Integer.MAX_VALUE) / n) * n;
        if (r.rule().equals("few_distinct_values") && fewer >= n && fewer < options.shardCount()
            && isKeyColumn(profile.schema(), r.table(), r.column())) {
          counts.add(fewer);
        }
      }
      int shown = 0;
      for (int fewer : counts) {
        if (shown++ == MAX_SHARD_COUNTS) {
          break;
        }
        variants.add(options.withShardCount(fewer));
      }
    }
    List<Choices> choices = new ArrayList<>();
    choices.add(firstChoices);
    for (AdviceOptions o : variants.subList(1, variants.size())) {
      choices.add(choices(profile, o, scan.summary(), times));
    }
    // Shard counts whose candidates are on the same tables share one row graph, built with the
    // columns of all of them, and its cut: the rows and co-accesses do not depend on the columns.
    Map<List<String>, Map<String, List<String>>> columnsByTables = new LinkedHashMap<>();
    for (Choices c : choices) {
      Map<String, List<String>> union = columnsByTables.computeIfAbsent(List.copyOf(c.candidates().keySet()),
          k -> new LinkedHashMap<>());
      c.candidates().forEach((t, cols) -> {
        List<String> u = union.computeIfAbsent(t, k -> new ArrayList<>());
        for (String col : cols) {
          if (!u.contains(col)) {
            u.add(col);
          }
        }
      });
    }
    Map<List<String>, RowCut> rowCuts = new java.util.HashMap<>();
    List<Design> designs = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      designs.add(design(profile, variants.get(i), choices.get(i), scan, times, columnsByTables, rowCuts));
    }
    Design first = designs.get(0);
    // With several shard counts, each design is scored on the search's sample (its baselines and
    // runners-up with it, in one pass); only the cheapest is then evaluated on every transaction.
    PlacementEvaluator evaluator = new PlacementEvaluator();
    Design picked = first;
    List<String> tried = new ArrayList<>();
    if (designs.size() > 1) {
      Scan sampled = scan;
      List<Placement> all = new ArrayList<>();
      for (Design d : designs) {
        all.addAll(d.evaluated());
      }
      List<PlacementEvaluation> scored = times.time("score the shard counts on the sample",
          () -> evaluator.evaluateAllInDetail(all, profile, sampled.sample(), sampled.sampleRouting()));
      double best = 0;
      int from = 0;
      for (Design d : designs) {
        Outcome o = outcome(profile, d, scored.subList(from, from + d.evaluated().size()));
        from += d.evaluated().size();
        double c = DesignCost.of(o.metrics(), o.placement(), profile.schema());
        tried.add(String.format(Locale.ROOT, "%d shards %.4f", d.options().shardCount(), c));
        if (d == first || c < best - 1e-12) {
          best = c;
          picked = d;
        }
      }
    }
    Design design = picked;
    List<HotRow> hotRows = scan.hotRows();
    long sampleSize = scan.sample().size();
    // The sample, its routing model and the row graphs are not needed any more: the final pass
    // builds the routing model of every statement, the largest structure of a run.
    int designCount = designs.size();
    scan = null;
    designs = null;
    rowCuts.clear();
    List<PlacementEvaluation> evaluations = times.time("evaluate (with the routing model of every statement)",
        () -> evaluator.evaluateAllInDetail(design.evaluated(), profile));
    Outcome chosen = outcome(profile, design, evaluations);
    Outcome winner = chosen;
    Advice advice = times.time("skew plan and lookup tables", () -> finish(profile, winner, hotRows));
    if (designCount == 1) {
      return advice;
    }
    List<String> notes = new ArrayList<>(advice.notes());
    String onSample = sampleSize < profile.transactionStream().size()
        ? String.format(Locale.ROOT, " (on the search's sample of %d transactions)", sampleSize) : "";
    notes.add("shard count: key columns have fewer values than " + options.shardCount() + " shards; scores on the"
        + " model" + onSample + ": " + String.join(", ", tried) + "; the advice uses " + advice.placement().shardCount());
    return new Advice(advice.placement(), advice.metrics(), advice.baselines(), notes, advice.alternatives(),
        advice.rejectedColumns(), advice.skewPlan(), advice.droppedForeignKeys(), advice.hotRows(),
        advice.lookupTables());
  }

  /** Smaller shard counts the advisor tries at most, smallest first. */
  static final int MAX_SHARD_COUNTS = 3;

  /**
   * What one pass over the stream gives that does not depend on a design: read once, shared by
   * every shard count tried.
   */
  private record Scan(AccessSummary summary, List<HotRow> hotRows, TransactionStream sample,
                      RoutingModel sampleRouting) {
    static Scan of(WorkloadProfile profile, AdviceOptions options) {
      TransactionStream stream = profile.transactionStream();
      AccessSummary.Scan summary = new AccessSummary.Scan(profile, options.maxReplicatedRows());
      HotRows.Finder hot = profile.rowLevel() ? new HotRows.Finder(profile.schema()) : null;
      SearchSample sample = new SearchSample(stream, options.evaluationSample());
      stream.forEach(tx -> {
        summary.accept(tx);
        if (hot != null) {
          hot.accept(tx);
        }
        sample.accept(tx);
      });
      TransactionStream searched = sample.stream();
      // The search prices its candidates' statement routing on its sample: over the millions of
      // distinct statements of a large log, each of its evaluations would cost as much as the
      // final one. The model of every transaction is built by the final evaluation's pass.
      RoutingModel.Interning routing = RoutingModel.interning(profile);
      if (profile.rowLevel()) {
        searched.forEach(routing);
      }
      return new Scan(summary.result(), hot == null ? List.of() : hot.result(), searched, routing.model());
    }
  }

  /**
   * A design for one shard count, before its final evaluation.
   *
   * @param evaluated the placement, then the baselines in their order, then the search's runners-up
   */
  private record Design(AdviceOptions options, List<String> notes, CandidateFilter.Result filtered,
                        Map<String, Placement> baselines, List<Placement> evaluated) {
    Placement placement() {
      return evaluated.get(0);
    }
  }

  /** A design with its metrics on every transaction: the advice but for the shard loads and lookup tables. */
  private record Outcome(Design design, Placement placement, PlacementMetrics metrics,
                         Map<String, PlacementMetrics> baselineMetrics, List<String> notes,
                         List<Alternative> alternatives) {
  }

  /** A row graph and its cut into parts, with the notes that describe them; null rows when there is none. */
  private record RowCut(RowGraph rows, int[] parts, List<String> notes) {
  }

  /** The co-access graph of the candidate tables' rows, cut into {@code nodes} balanced parts. */
  private static RowCut rowCut(WorkloadProfile profile, AdviceOptions options, Map<String, List<String>> candidates,
                               PhaseTimes times) {
    List<String> notes = new ArrayList<>();
    int n = options.nodes();
    if (!profile.rowLevel() || profile.transactionStream().size() == 0) {
      return new RowCut(null, null, notes);
    }
    RowGraph rows = times.time("row graph", () -> new RowGraphBuilder(profile.schema(), candidates,
        options.cliqueLimit(), options.maxGraphVertices()).build(profile.transactionStream()));
    notes.add(String.format(Locale.ROOT,
        "row graph: %d rows, %d co-access edges from %d committed transactions (%d of them named rows"
            + " by key, %d large ones added as stars); transaction sample rate %s", rows.graph().vertexCount(),
        rows.graph().edgeCount(), rows.transactions(), rows.transactionsWithRows(), rows.starTransactions(),
        trim(rows.sampleRate())));
    if (rows.graph().vertexCount() == 0) {
      return new RowCut(null, null, notes);
    }
    GraphPartitioner partitioner = GraphPartitioner.multilevel(options.seed(), options.imbalance());
    GraphPartitioner.Partition cut = times.time("partition", () -> partitioner.partition(rows.graph(), n));
    long total = rows.graph().totalEdgeWeight();
    notes.add(String.format(Locale.ROOT,
        "row partition: %d parts, edge cut %d of %d (%.2f %%), imbalance %.3f (seed %d)", n, cut.edgeCut(),
        total, total == 0 ? 0.0 : 100.0 * cut.edgeCut() / total, cut.imbalance(), options.seed()));
    return new RowCut(rows, cut.parts(), notes);
  }

  /**
   * The table-level choices of one shard count: replicate or partition, the candidate columns
   * (and the rejected ones), the tables left local or replicated for want of a column.
   */
  private record Choices(Classification classes, CandidateFilter.Result filtered, Map<String, String> local,
                         Map<String, String> toReference, Map<String, List<String>> candidates) {
  }

  private static Choices choices(WorkloadProfile profile, AdviceOptions options, AccessSummary summary,
                                 PhaseTimes times) {
    int n = options.nodes();
    Classification classes = times.time("classify", () -> new Classifier(n, options.updateThreshold(),
        options.maxReplicatedRows(), options.maxReplicatedBytes()).classify(profile, summary));
    Set<String> partitionSet = classes.partitionSet();
    // Candidate columns that can spread their table; the rest are listed with why not.
    CandidateFilter.Result filtered = times.time("classify", () -> new CandidateFilter(options.shardCount(),
        CandidateFilter.DEFAULT_MAX_TOP_SHARE).apply(profile.schema(), summary,
        CandidateColumns.of(profile, summary, partitionSet)));
    Map<String, String> local = new LinkedHashMap<>(times.time("classify", () -> LocalTables.choose(profile, summary,
        filtered.candidates(), partitionSet)));
    Map<String, String> toReference = new LinkedHashMap<>();
    Map<String, List<String>> candidates = new LinkedHashMap<>();
    for (Map.Entry<String, List<String>> e : filtered.candidates().entrySet()) {
      String t = e.getKey();
      if (local.containsKey(t)) {
        continue;
      }
      if (e.getValue().isEmpty()) {
        TableDecision d = classes.decision(t).orElseThrow();
        if (!tooLarge(d, options)) {
          toReference.put(t, "replicated: no column can spread it (every candidate was rejected, see the rejected"
              + " columns) and it is small enough to copy to every node");
        } else {
          local.put(t, "local (stays on the coordinator): no column can spread it (every candidate was rejected,"
              + " see the rejected columns) and it is too large to copy to every node");
        }
        continue;
      }
      candidates.put(t, e.getValue());
    }
    return new Choices(classes, filtered, local, toReference, candidates);
  }

  private static Design design(WorkloadProfile profile, AdviceOptions options, Choices choices, Scan scan,
                               PhaseTimes times, Map<List<String>, Map<String, List<String>>> columnsByTables,
                               Map<List<String>, RowCut> rowCuts) {
    List<String> notes = new ArrayList<>();
    int n = options.nodes();
    Classification classes = choices.classes();
    Set<String> partitionSet = classes.partitionSet();
    notes.add(String.format(Locale.ROOT, "replicate or partition: %d table(s) to replicate, %d to partition"
            + " (update threshold %s, %d nodes)", classes.replicateSet().size(), partitionSet.size(),
        trim(options.updateThreshold()), n));
    Explanation explanation = null;
    Explainer explainer = null;
    RoutingModel routing = scan.sampleRouting();
    CandidateFilter.Result filtered = choices.filtered();
    Map<String, String> local = choices.local();
    Map<String, String> toReference = choices.toReference();
    Map<String, List<String>> candidates = choices.candidates();
    for (RejectedColumn r : filtered.rejected()) {
      if (r.rule().equals("few_distinct_values") && r.distinctValues() >= n && partitionSet.contains(r.table())
          && isKeyColumn(profile.schema(), r.table(), r.column())) {
        notes.add(String.format(Locale.ROOT, "%s.%s has %d distinct values, enough for %d nodes but not for %d shards:"
            + " with shard_count %d or less it could be a distribution column", r.table(), r.column(),
            r.distinctValues(), n, options.shardCount(), r.distinctValues()));
      }
    }
    if (filtered.rejected().size() > 0) {
      notes.add(String.format(Locale.ROOT, "candidate columns: %d rejected (too few distinct values, a dominant"
          + " value, NULLs or a boolean); %d table(s) left on the coordinator, %d replicated for want of a column",
          filtered.rejected().size(), local.size(), toReference.size()));
    }
    if (!candidates.isEmpty()) {
      List<String> tables = List.copyOf(candidates.keySet());
      RowCut cut = rowCuts.computeIfAbsent(tables, k -> rowCut(profile, options, columnsByTables.get(k), times));
      notes.addAll(cut.notes());
      RowGraph rows = cut.rows() == null ? null : cut.rows().project(candidates);
      int[] parts = cut.parts();
      Set<String> replicable = new LinkedHashSet<>();
      for (String t : candidates.keySet()) {
        TableDecision d = classes.decision(t).orElseThrow();
        if (d.evidence().updateRatio() <= options.updateThreshold() && !tooLarge(d, options)) {
          replicable.add(t);
        }
      }
      explainer = new Explainer(profile, candidates, rows, parts, n, replicable);
      Explainer e = explainer;
      explanation = times.time("explain", e::explain);
    }

    List<TablePlacement> fixed = new ArrayList<>();
    for (TableDecision d : classes.decisions()) {
      if (d.side() == Side.REPLICATE) {
        fixed.add(new TablePlacement(d.table(), PlacementKind.REFERENCE, null, 0,
            d.reason(), d.evidence()));
      } else if (local.containsKey(d.table())) {
        fixed.add(TablePlacement.local(d.table(), local.get(d.table())));
      } else if (toReference.containsKey(d.table())) {
        fixed.add(TablePlacement.reference(d.table(), toReference.get(d.table())));
      }
    }
    if (explainer != null && options.maxEvaluations() > 1) {
      TransactionStream sample = scan.sample();
      PlacementEvaluator evaluator = new PlacementEvaluator();
      // Rows and statement routing on the sample; the final metrics use every transaction.
      PlacementCost cost = placements -> {
        List<PlacementMetrics> ms = evaluator.evaluateAll(placements, profile.schema(), sample);
        List<StatementRouting> rs = routing.evaluateAll(placements);
        double[] out = new double[ms.size()];
        for (int i = 0; i < out.length; i++) {
          out[i] = DesignCost.of(ms.get(i).withRouting(rs.get(i)), placements.get(i), profile.schema());
        }
        return out;
      };
      Explainer e = explainer;
      Explanation start = explanation;
      explanation = times.time("search", () -> e.refine(start, cost, fixed, n, options.shardCount(),
          options.maxEvaluations()));
      notes.addAll(explanation.notes());
      notes.add(String.format(Locale.ROOT, "the cost-model search evaluated placements on %d of %d transactions",
          sample.size(), profile.transactionStream().size()));
    } else if (explanation != null) {
      notes.addAll(explanation.notes());
    }

    Placement placement = assemble(profile, options, classes, explanation, local, toReference);
    Map<String, Placement> baselines = new LinkedHashMap<>();
    baselines.put(Baselines.HASH_PRIMARY_KEY, Baselines.hashPrimaryKey(profile.schema(), n, options.shardCount()));
    baselines.put(Baselines.REPLICATE_ALL, Baselines.replicateAll(profile.schema(), n, options.shardCount()));
    if (options.expected() != null) {
      baselines.put(Baselines.EXPECTED, new Placement(n, options.shardCount(), options.expected().tables()));
    }
    List<Placement> all = new ArrayList<>();
    all.add(placement);
    all.addAll(baselines.values());
    // The runners-up of the cost-model search, evaluated on every transaction like the advice.
    List<Placement> runnersUp = new ArrayList<>();
    if (explainer != null) {
      for (Explainer.Scored sc : explainer.ranked()) {
        if (runnersUp.size() == MAX_ALTERNATIVES + 1) {
          break;
        }
        runnersUp.add(sc.placement());
      }
    }
    all.addAll(runnersUp);
    return new Design(options, notes, filtered, baselines, all);
  }

  /** The design's choice among its placement and baselines, on their metrics over every transaction. */
  private static Outcome outcome(WorkloadProfile profile, Design design, List<PlacementEvaluation> evaluations) {
    List<String> notes = new ArrayList<>(design.notes());
    List<Placement> all = design.evaluated();
    Map<String, Placement> baselines = design.baselines();
    Placement placement = design.placement();
    List<PlacementMetrics> metrics = new ArrayList<>();
    for (PlacementEvaluation e : evaluations) {
      metrics.add(e.metrics());
    }
    // The baselines are candidates too: on the model, the advice is never worse than any of them.
    double[] scores = new double[all.size()];
    for (int i = 0; i < scores.length; i++) {
      scores[i] = DesignCost.of(metrics.get(i), all.get(i), profile.schema());
    }
    int chosen = 0;
    double chosenCost = scores[0];
    int b = 1;
    for (String name : baselines.keySet()) {
      if (!name.equals(Baselines.EXPECTED) && scores[b] < chosenCost - 1e-12) {
        chosen = b;
        chosenCost = scores[b];
      }
      b++;
    }
    if (chosen != 0) {
      String name = new ArrayList<>(baselines.keySet()).get(chosen - 1);
      notes.add("the baseline " + name + " costs less on the model than the searched design, so it is the advice");
      placement = relabel(all.get(chosen), "baseline " + name + ", cheaper on the model than the searched design");
    }
    List<Alternative> alternatives = alternatives(all, metrics, scores, chosen, baselines);
    placement = withMeasuredPartitionCost(placement, evaluations.get(chosen));
    for (String note : evaluations.get(0).notes()) {
      notes.add("cost model: " + note);
    }
    Map<String, PlacementMetrics> baselineMetrics = new LinkedHashMap<>();
    int i = 1;
    for (String name : baselines.keySet()) {
      baselineMetrics.put(name, metrics.get(i++));
    }
    if (profile.transactionStream().sampleRate() < 1.0) {
      notes.add("metrics computed on the analyzer's transaction sample (rate "
          + trim(profile.transactionStream().sampleRate()) + ")");
    }
    return new Outcome(design, placement, metrics.get(chosen), baselineMetrics, notes, alternatives);
  }

  /**
   * The advice of the chosen outcome: its shard placement plan and lookup tables (one pass over
   * the stream for both), the foreign keys it drops and the hot rows.
   */
  private static Advice finish(WorkloadProfile profile, Outcome outcome, List<HotRow> hotRows) {
    AdviceOptions options = outcome.design().options();
    Placement placement = outcome.placement();
    List<String> notes = new ArrayList<>(outcome.notes());
    SkewPlanner.Loads loads = placement.tables().stream().anyMatch(t -> t.kind() == PlacementKind.DISTRIBUTED)
        ? new SkewPlanner.Loads(placement, profile.schema()) : null;
    LookupTables.Counts lookupCounts = profile.rowLevel() ? new LookupTables.Counts(profile.schema(), placement) : null;
    if (loads != null || lookupCounts != null) {
      profile.transactionStream().forEach(tx -> {
        if (loads != null) {
          loads.accept(tx);
        }
        if (lookupCounts != null) {
          lookupCounts.accept(tx);
        }
      });
    }
    SkewPlan skew = null;
    if (loads != null) {
      skew = loads.plan(4 * options.shardCount(), false);
      notes.add(String.format(Locale.ROOT, "load skew by shard placement: %.3f with Citus's round-robin placement%s",
          skew.skewBefore(), skew.moves().isEmpty() ? " (" + skew.stop() + ")" : String.format(Locale.ROOT,
              ", %.3f after the shard placement plan (%d step(s); stopped: %s)", skew.skewAfter(), skew.moves().size(),
              skew.stop())));
    }
    List<DroppedForeignKey> dropped = ForeignKeyCosts.dropped(profile.schema(), placement);
    if (!dropped.isEmpty()) {
      notes.add(String.format(Locale.ROOT, "foreign keys: %d of %d cannot be kept under this placement (listed with"
          + " why); each is a cost in the search", dropped.size(), profile.schema().tables().stream()
          .mapToInt(t -> t.foreignKeys().size()).sum()));
    }
    List<HotRow> hot = hotRows;
    if (!hot.isEmpty()) {
      notes.add(String.format(Locale.ROOT, "hot rows: %d row(s) written by at least %.0f %% of transactions each; %s",
          hot.size(), 100 * HotRows.MIN_SHARE, HotRows.advice()));
    }
    List<LookupTable> lookups = lookupCounts == null ? List.of() : lookupCounts.propose(options.maxReplicatedRows());
    for (LookupTable l : lookups) {
      notes.add(String.format(Locale.ROOT, "lookup table %s proposed (%s, %d writes keep it in step; DDL with"
          + " --lookup-tables)", l.name(), l.gain(), l.writes()));
    }
    return new Advice(placement, outcome.metrics(), outcome.baselineMetrics(), notes, outcome.alternatives(),
        outcome.design().filtered().rejected(), skew, dropped, hot, lookups);
  }

  /** Alternatives the advice lists. */
  static final int MAX_ALTERNATIVES = 3;

  /**
   * Up to {@link #MAX_ALTERNATIVES} designs other than the advice (index {@code chosen} of
   * {@code all}), cheapest first, each with the decision that separates it from the advice.
   */
  private static List<Alternative> alternatives(List<Placement> all, List<PlacementMetrics> metrics, double[] scores,
                                                int chosen, Map<String, Placement> baselines) {
    Placement best = all.get(chosen);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      boolean expected = i >= 1 && i <= baselines.size()
          && new ArrayList<>(baselines.keySet()).get(i - 1).equals(Baselines.EXPECTED);
      if (i != chosen && !expected) {
        order.add(i);
      }
    }
    order.sort(java.util.Comparator.comparingDouble((Integer i) -> scores[i]).thenComparingInt(i -> i));
    List<Alternative> out = new ArrayList<>();
    Set<String> decisions = new java.util.HashSet<>();
    for (int i : order) {
      String decision = difference(best, all.get(i));
      if (decision.isEmpty() || !decisions.add(decision)) {
        continue;
      }
      if (i >= 1 && i <= baselines.size()) {
        decision = "baseline " + new ArrayList<>(baselines.keySet()).get(i - 1) + ": " + decision;
      }
      out.add(new Alternative(decision, all.get(i), metrics.get(i), scores[i]));
      if (out.size() == MAX_ALTERNATIVES) {
        break;
      }
    }
    return out;
  }

  /** The tables {@code other} places differently from {@code best}, in words; empty when none. */
  static String difference(Placement best, Placement other) {
    List<String> diffs = new ArrayList<>();
    Map<String, Integer> groupOf = new LinkedHashMap<>();
    for (TablePlacement t : best.tables()) {
      TablePlacement o = other.table(t.table()).orElse(null);
      if (o == null) {
        continue;
      }
      boolean same = t.kind() == o.kind() && java.util.Objects.equals(t.column(), o.column());
      if (!same) {
        diffs.add(t.table() + ": " + describe(o) + " instead of " + describe(t));
      }
    }
    if (diffs.isEmpty()) {
      // Same columns: the groups differ.
      for (TablePlacement t : best.tables()) {
        TablePlacement o = other.table(t.table()).orElse(null);
        if (o != null && t.kind() == PlacementKind.DISTRIBUTED
            && !sameGroupMembers(best, other, t.table())) {
          diffs.add(t.table() + ": colocated with " + members(other, o) + " instead of " + members(best, t));
        }
      }
    }
    int shown = Math.min(3, diffs.size());
    String s = String.join("; ", diffs.subList(0, shown));
    return diffs.size() > shown ? s + "; and " + (diffs.size() - shown) + " more table(s)" : s;
  }

  private static String describe(TablePlacement t) {
    return t.kind() == PlacementKind.DISTRIBUTED ? "distributed(" + t.column() + ")" : t.kind().jsonName();
  }

  private static boolean sameGroupMembers(Placement a, Placement b, String table) {
    return members(a, a.table(table).orElseThrow()).equals(members(b, b.table(table).orElseThrow()));
  }

  private static String members(Placement p, TablePlacement t) {
    List<String> m = new ArrayList<>();
    for (TablePlacement o : p.tables()) {
      if (o.kind() == PlacementKind.DISTRIBUTED && o.colocationGroup() == t.colocationGroup()
          && !o.table().equals(t.table())) {
        m.add(o.table());
      }
    }
    return m.isEmpty() ? "no other table" : String.join(", ", m);
  }

  private static Placement relabel(Placement p, String reason) {
    List<TablePlacement> out = new ArrayList<>();
    for (TablePlacement t : p.tables()) {
      out.add(new TablePlacement(t.table(), t.kind(), t.column(), t.colocationGroup(), t.reason() + " (" + reason + ")",
          t.evidence()));
    }
    return new Placement(p.nodes(), p.shardCount(), out);
  }

  /**
   * Replaces the estimated partition cost of every distributed table by what the cost model
   * measured for it: the rows it sent across nodes under the advised placement.
   */
  private static Placement withMeasuredPartitionCost(Placement p, PlacementEvaluation e) {
    List<TablePlacement> out = new ArrayList<>();
    for (TablePlacement t : p.tables()) {
      TableEvidence ev = t.evidence();
      if (t.kind() == PlacementKind.DISTRIBUTED && ev != null) {
        double measured = e.internodeRowsByTable().getOrDefault(t.table(), 0L);
        ev = new TableEvidence(ev.reads(), ev.writes(), ev.updateRatio(), ev.estimatedRows(), ev.replicateCost(),
            measured, ev.columnScore());
        t = new TablePlacement(t.table(), t.kind(), t.column(), t.colocationGroup(), t.reason(), ev);
      }
      out.add(t);
    }
    return new Placement(p.nodes(), p.shardCount(), out);
  }

  /** The single number the search minimises, without the foreign-key term: {@link DesignCost#of(PlacementMetrics)}. */
  static double cost(PlacementMetrics m) {
    return DesignCost.of(m);
  }

  /** Whether {@code column} is part of the table's primary key or of one of its foreign keys. */
  private static boolean isKeyColumn(shardplan.analyzer.model.Schema schema, String table, String column) {
    Table t = schema.table(table).orElse(null);
    return t != null && (t.primaryKey().contains(column)
        || t.foreignKeys().stream().anyMatch(fk -> fk.columns().contains(column)));
  }

  private static boolean tooLarge(TableDecision d, AdviceOptions o) {
    return d.evidence().estimatedRows() > o.maxReplicatedRows() || d.estimatedBytes() > o.maxReplicatedBytes();
  }

  private static Placement assemble(WorkloadProfile profile, AdviceOptions options, Classification classes,
                                    Explanation explanation, Map<String, String> local,
                                    Map<String, String> toReference) {
    List<TablePlacement> out = new ArrayList<>();
    for (Table t : profile.schema().tables()) {
      TableDecision d = classes.decision(t.name()).orElseThrow();
      TableEvidence e = d.evidence();
      if (local.containsKey(t.name())) {
        out.add(new TablePlacement(t.name(), PlacementKind.LOCAL, null, 0, local.get(t.name()) + "; partitioned"
            + " because " + d.reason(), e));
        continue;
      }
      if (toReference.containsKey(t.name())) {
        out.add(new TablePlacement(t.name(), PlacementKind.REFERENCE, null, 0, toReference.get(t.name()), e));
        continue;
      }
      if (d.side() == Side.REPLICATE) {
        out.add(new TablePlacement(t.name(), PlacementKind.REFERENCE, null, 0,
            "replicated: " + d.reason(), e));
        continue;
      }
      TableChoice c = explanation.choice(t.name()).orElseThrow();
      TableEvidence ev = new TableEvidence(e.reads(), e.writes(), e.updateRatio(), e.estimatedRows(),
          e.replicateCost(), e.partitionCost(), c.agreement());
      if (c.replicated()) {
        out.add(new TablePlacement(t.name(), PlacementKind.REFERENCE, null, 0,
            "replicated: " + d.reason() + "; but " + c.reason(), ev));
      } else {
        out.add(new TablePlacement(t.name(), PlacementKind.DISTRIBUTED, c.column(),
            c.colocationGroup(), c.reason() + "; partitioned because " + d.reason(), ev));
      }
    }
    return new Placement(options.nodes(), options.shardCount(), out);
  }

  /**
   * Up to {@code max} transactions of {@code stream}, every k-th one so that the sample spans the
   * whole log (workloads drift), held in memory for the many passes of the search.
   */
  static TransactionStream sample(TransactionStream stream, int max) {
    SearchSample s = new SearchSample(stream, max);
    stream.forEach(s);
    return s.stream();
  }

  /**
   * The search's sample taken one transaction at a time, so that it shares a pass over the stream:
   * every k-th transaction by position, a fixed count, never by time.
   */
  private static final class SearchSample implements Consumer<Transaction> {
    private final long step;
    private final int max;
    private final long size;
    private final double streamRate;
    private final List<Transaction> kept;
    private long position;

    SearchSample(TransactionStream stream, int max) {
      this.size = stream.size();
      this.max = max;
      this.step = Math.max(1, (size + max - 1) / max);
      this.streamRate = stream.sampleRate();
      this.kept = new ArrayList<>((int) Math.min(size, max));
    }

    @Override
    public void accept(Transaction tx) {
      if (position++ % step == 0 && kept.size() < max) {
        kept.add(tx);
      }
    }

    TransactionStream stream() {
      List<Transaction> sample = List.copyOf(kept);
      double rate = streamRate * (size == 0 ? 1.0 : (double) sample.size() / size);
      return new TransactionStream() {
        @Override
        public long size() {
          return sample.size();
        }

        @Override
        public double sampleRate() {
          return rate;
        }

        @Override
        public void forEach(Consumer<Transaction> action) {
          sample.forEach(action);
        }
      };
    }
  }

  private static String trim(double d) {
    String s = String.format(Locale.ROOT, "%.4f", d);
    return s.replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
