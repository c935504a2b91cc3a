package shardplan.partitioner.explain;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.rowgraph.RowGraph;

/**
 * Explains a row partition as something Citus executes: one distribution column per
 * partition-set table and colocation groups whose columns have the same type.
 *
 * <p><b>Score.</b> An assignment A (a column per table) is scored on the row partition by
 * {@code agreement + locality}: agreement is the access-weighted share of rows whose column
 * value's group lies in the row's own part (see {@link PartitionAgreement}; it rewards columns
 * that split the rows the way the min-cut did and punishes columns of few values, which pile
 * parts together); locality is the share of the co-access edges kept inside a part whose two
 * rows have equal values of their tables' chosen columns (of equal types), i.e. the co-accesses
 * hashing keeps together. Without row data (pg_stat_statements input) the score is the join
 * weight the chosen columns keep local, plus how often each column is named.
 *
 * <p><b>Search.</b> Greedy: tables in decreasing access weight each take the column that scores
 * best with the tables already placed. Then steepest-ascent local search over single-table
 * changes until no change improves the score. Then, when a {@link PlacementCost} is given, a
 * second local search over the best few columns of each table (and replication for small,
 * rarely written ones) scored by that cost model, within an evaluation and time budget. Each
 * search records why it stopped. Deterministic: ties go to the earlier candidate.
 *
 * <p><b>Colocation.</b> Two distributed tables share a group when their columns have the same
 * PostgreSQL type and most of their co-accesses have equal values of those columns, or the
 * workload joins them on exactly those columns, or a foreign key pairs those columns
 * ({@link Colocation}).
 *
 * <p><b>Reasons.</b> Each choice carries a sentence ({@link ChoiceReasons}).
 *
 * <p><b>Fallback.</b> A table whose best column agrees with the partition less than halfway
 * between a random column (1/k) and a perfect one is replicated when small and rarely written,
 * else distributed on its primary key; the reason says which and why.
 */
public final class Explainer {
  private final Schema schema;
  private final List<String> tables;
  private final Map<String, List<String>> candidates;
  private final RowGraph rows;
  private final PartitionAgreement agreement;
  private final JoinGraph joins;
  private final Map<String, Map<String, Long>> mentions;
  private final Set<String> replicable;
  private final int k;
  private final List<String> notes = new ArrayList<>();
  private final Colocation colocation;
  private final ChoiceReasons reasons;
  /** The cheapest placements the cost-model search evaluated, by signature; see {@link #ranked()}. */
  private final Map<String, Scored> seen = new LinkedHashMap<>();

  /** A placement the search evaluated, with its cost. */
  public record Scored(Placement placement, double cost) {
  }

  /**
   * @param profile the workload (schema, joins, predicate counts)
   * @param candidates candidate columns of every partition-set table, best first; for row mode
   *                   the same lists the row graph recorded
   * @param rows the row graph, or null when the workload has no row-level data
   * @param parts the part of every vertex of {@code rows} (ignored when rows is null)
   * @param k number of parts (nodes)
   * @param replicable partition-set tables small and rarely written enough to replicate instead
   */
  public Explainer(WorkloadProfile profile, Map<String, List<String>> candidates, RowGraph rows, int[] parts,
                   int k, Set<String> replicable) {
    Objects.requireNonNull(profile, "profile");
    this.schema = profile.schema();
    this.candidates = new LinkedHashMap<>(Objects.requireNonNull(candidates, "candidates"));
    this.tables = new ArrayList<>(this.candidates.keySet());
    this.k = k;
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, was " + k);
    }
    this.replicable = Set.copyOf(replicable);
    this.joins = new JoinGraph(schema, profile.joins(), this.candidates.keySet());
    this.mentions = CandidateColumns.mentions(profile);
    if (rows != null && rows.graph().vertexCount() > 0) {
      if (!rows.tables().equals(tables)) {
        throw new IllegalArgumentException("row graph tables " + rows.tables() + " differ from " + tables);
      }
      for (int t = 0; t < tables.size(); t++) {
        if (!rows.columns().get(t).equals(this.candidates.get(tables.get(t)))) {
          throw new IllegalArgumentException("row graph columns of " + tables.get(t) + " differ from the candidates");
        }
      }
      Objects.requireNonNull(parts, "parts");
      if (parts.length != rows.graph().vertexCount()) {
        throw new IllegalArgumentException("parts has " + parts.length + " entries for "
            + rows.graph().vertexCount() + " vertices");
      }
      this.rows = rows;
      this.agreement = new PartitionAgreement(rows, parts, k);
    } else {
      this.rows = null;
      this.agreement = null;
    }
    this.colocation = new Colocation(schema, tables, this.candidates, joins, agreement);
    this.reasons = new ChoiceReasons(schema, tables, this.candidates, joins, agreement, goodEnough());
  }

  /** Greedy then local search on the row-partition score, then the fallbacks. */
  public Explanation explain() {
    notes.clear();
    int[] a = greedy();
    double greedyScore = score(a);
    int rounds = localSearch(a);
    notes.add(String.format(Locale.ROOT,
        "column search: greedy score %.4f, local search %.4f after %d improving move(s); stopped: %s",
        greedyScore, score(a), rounds, rounds >= maxRounds() ? "round limit reached" : "no single-table change improves"
            + " the score (local optimum)"));
    return build(a, fallbacks(a), null);
  }

  /**
   * Improves {@code start} with the cost model: steepest-descent over replacing one table's
   * column by one of its best few, or replicating a replicable table, until no move lowers the
   * cost, or {@code maxEvaluations} placements were evaluated.
   *
   * @param fixed placements of the tables outside the partition set (reference tables)
   * @param nodes the placement's node count
   * @param shardCount the placement's shard count
   */
  public Explanation refine(Explanation start, PlacementCost cost, List<TablePlacement> fixed, int nodes,
                            int shardCount, int maxEvaluations) {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(cost, "cost");
    // Budgets count placements evaluated, never time, so that the same input gives the same advice.
    int[] a = new int[tables.size()];
    boolean[] rep = new boolean[tables.size()];
    for (int t = 0; t < tables.size(); t++) {
      TableChoice c = start.choice(tables.get(t)).orElseThrow();
      rep[t] = c.replicated();
      a[t] = c.replicated() ? 0 : candidates.get(tables.get(t)).indexOf(c.column());
    }
    seen.clear();
    Placement startPlacement = placement(a, rep, fixed, nodes, shardCount);
    double best = cost.of(List.of(startPlacement))[0];
    remember(startPlacement, best);
    double initial = best;
    int evaluations = 1;
    int moves = 0;
    String stop = null;
    List<String> notesBefore = new ArrayList<>(start.notes());
    while (stop == null) {
      // All single-table moves of this round, evaluated in one pass of the cost model.
      List<int[]> tried = new ArrayList<>();
      List<Placement> placements = new ArrayList<>();
      for (int t : byWeight()) {
        for (int[] move : moves(t, a, rep)) {
          int oldC = a[t];
          boolean oldRep = rep[t];
          a[t] = move[0];
          rep[t] = move[1] == 1;
          placements.add(placement(a, rep, fixed, nodes, shardCount));
          a[t] = oldC;
          rep[t] = oldRep;
          tried.add(new int[] {t, move[0], move[1]});
        }
      }
      if (tried.isEmpty()) {
        stop = "no move to try";
        break;
      }
      if (evaluations + tried.size() > maxEvaluations) {
        stop = "evaluation budget of " + maxEvaluations + " placements reached";
        break;
      }
      double[] costs = cost.of(placements);
      evaluations += tried.size();
      for (int i = 0; i < costs.length; i++) {
        remember(placements.get(i), costs[i]);
      }
      int bestI = -1;
      double bestCost = best;
      for (int i = 0; i < costs.length; i++) {
        // Require a real improvement, not rounding noise, so that the search ends.
        if (costs[i] < bestCost - 1e-9 - 1e-6 * Math.abs(bestCost)) {
          bestCost = costs[i];
          bestI = i;
        }
      }
      if (bestI < 0) {
        stop = "no single-table change lowers the cost (local optimum)";
      } else {
        int[] m = tried.get(bestI);
        a[m[0]] = m[1];
        rep[m[0]] = m[2] == 1;
        best = bestCost;
        moves++;
      }
    }
    notes.clear();
    notes.addAll(notesBefore);
    notes.add(String.format(Locale.ROOT,
        "cost-model search: cost %.6f -> %.6f in %d move(s), %d placement(s) evaluated; stopped: %s",
        initial, best, moves, evaluations, stop));
    return build(a, rep, start);
  }

  private void remember(Placement p, double c) {
    StringBuilder sig = new StringBuilder();
    for (TablePlacement t : p.tables()) {
      sig.append(t.table()).append('=').append(t.kind()).append(':').append(t.column()).append(':')
          .append(t.colocationGroup()).append(';');
    }
    seen.merge(sig.toString(), new Scored(p, c), (x, y) -> x.cost() <= y.cost() ? x : y);
  }

  /**
   * Every distinct placement the last cost-model search evaluated, cheapest first (ties in the
   * order they were evaluated): the advice's design first, then its alternatives.
   */
  public List<Scored> ranked() {
    List<Scored> out = new ArrayList<>(seen.values());
    out.sort(Comparator.comparingDouble(Scored::cost));
    return out;
  }

  /** The moves tried for table {@code t}: its best few other columns, and replication if allowed. */
  private List<int[]> moves(int t, int[] a, boolean[] rep) {
    List<int[]> out = new ArrayList<>();
    String table = tables.get(t);
    List<Integer> order = rankedColumns(t, a);
    int taken = 0;
    for (int c : order) {
      if (taken == 3) {
        break;
      }
      taken++;
      if (!rep[t] && c == a[t]) {
        continue;
      }
      out.add(new int[] {c, 0});
    }
    // The primary key is always a candidate: it is the fallback the report offers.
    Table tab = schema.table(table).orElseThrow();
    for (String pk : tab.primaryKey()) {
      int c = candidates.get(table).indexOf(pk);
      if (c >= 0 && (rep[t] || c != a[t]) && out.stream().noneMatch(m -> m[0] == c && m[1] == 0)) {
        out.add(new int[] {c, 0});
        break;
      }
    }
    if (!rep[t] && replicable.contains(table)) {
      out.add(new int[] {0, 1});
    }
    return out;
  }

  /** Candidate columns of {@code t} by their score with the other tables as in {@code a}. */
  private List<Integer> rankedColumns(int t, int[] a) {
    int n = candidates.get(tables.get(t)).size();
    double[] s = new double[n];
    int keep = a[t];
    for (int c = 0; c < n; c++) {
      a[t] = c;
      s[c] = score(a);
    }
    a[t] = keep;
    List<Integer> order = new ArrayList<>();
    for (int c = 0; c < n; c++) {
      order.add(c);
    }
    order.sort(Comparator.<Integer>comparingDouble(c -> -s[c]).thenComparingInt(c -> c));
    return order;
  }

  private int maxRounds() {
    return 10 * Math.max(1, tables.size());
  }

  private int[] greedy() {
    int[] a = new int[tables.size()];
    Arrays.fill(a, -1);
    for (int t : byWeight()) {
      int n = candidates.get(tables.get(t)).size();
      double best = Double.NEGATIVE_INFINITY;
      int bestC = 0;
      for (int c = 0; c < n; c++) {
        a[t] = c;
        double s = score(a);
        if (s > best + 1e-12) {
          best = s;
          bestC = c;
        }
      }
      a[t] = bestC;
    }
    return a;
  }

  /** Steepest ascent; returns the number of improving moves made. */
  private int localSearch(int[] a) {
    int moves = 0;
    double cur = score(a);
    while (moves < maxRounds()) {
      int bestT = -1;
      int bestC = -1;
      double best = cur;
      for (int t = 0; t < tables.size(); t++) {
        int keep = a[t];
        for (int c = 0; c < candidates.get(tables.get(t)).size(); c++) {
          if (c == keep) {
            continue;
          }
          a[t] = c;
          double s = score(a);
          if (s > best + 1e-12) {
            best = s;
            bestT = t;
            bestC = c;
          }
        }
        a[t] = keep;
      }
      if (bestT < 0) {
        break;
      }
      a[bestT] = bestC;
      cur = best;
      moves++;
    }
    return moves;
  }

  /** Tables by decreasing access weight (row mode) or mentions, ties in schema order. */
  private List<Integer> byWeight() {
    List<Integer> order = new ArrayList<>();
    for (int t = 0; t < tables.size(); t++) {
      order.add(t);
    }
    order.sort(Comparator.<Integer>comparingLong(t -> -weightOf(t)).thenComparingInt(t -> t));
    return order;
  }

  private long weightOf(int t) {
    if (agreement != null) {
      return agreement.tableWeight(t);
    }
    return mentions.getOrDefault(tables.get(t), Map.of()).values().stream().mapToLong(Long::longValue).sum();
  }

  /** The score of a (possibly partial, -1 = unassigned) assignment; higher is better. */
  double score(int[] a) {
    double s = 0;
    if (agreement != null) {
      long total = agreement.totalTableWeight();
      long e = agreement.internalWeight();
      for (int t = 0; t < a.length; t++) {
        if (a[t] < 0) {
          continue;
        }
        if (total > 0) {
          s += agreement.tableWeight(t) * agreement.agreement(t, a[t]) / (double) total;
        }
        if (e > 0) {
          for (int u = t; u < a.length; u++) {
            if (a[u] >= 0 && colocation.sameType(t, a[t], u, a[u])) {
              s += agreement.local(t, a[t], u, a[u]) / (double) e;
            }
          }
        }
      }
    }
    // Joins on the chosen columns: the whole score without row data, a tie-breaker with it.
    double joinW = 0;
    double totalJoin = 0;
    double named = 0;
    for (int t = 0; t < a.length; t++) {
      if (a[t] < 0) {
        continue;
      }
      String ta = tables.get(t);
      String ca = colocation.col(t, a[t]);
      for (JoinGraph.Link l : joins.links(ta)) {
        totalJoin += l.weight;
        int u = tables.indexOf(l.other(ta));
        if (u > t && a[u] >= 0 && ca.equals(l.columnOf(ta)) && colocation.col(u, a[u]).equals(l.otherColumn(ta))
            && colocation.sameType(t, a[t], u, a[u])) {
          joinW += l.weight;
        }
      }
      Map<String, Long> m = mentions.getOrDefault(ta, Map.of());
      long all = m.values().stream().mapToLong(Long::longValue).sum();
      if (all > 0) {
        named += m.getOrDefault(ca, 0L) / (double) all / Math.max(1, a.length);
      }
    }
    double joinShare = totalJoin > 0 ? 2 * joinW / totalJoin : 0;
    if (agreement != null) {
      return s + 1e-3 * joinShare + 1e-6 * named;
    }
    return joinShare + 1e-3 * named;
  }

  /** Agreement below which a column is no explanation: halfway between random (1/k) and perfect. */
  double goodEnough() {
    return (1.0 + 1.0 / k) / 2;
  }

  /** Which tables fall back, with the column (index) they fall back to; rep[t] for replication. */
  private boolean[] fallbacks(int[] a) {
    boolean[] rep = new boolean[a.length];
    if (agreement == null) {
      return rep;
    }
    for (int t = 0; t < a.length; t++) {
      if (agreement.tableWeight(t) > 0 && agreement.agreement(t, a[t]) >= goodEnough()) {
        continue;
      }
      if (replicable.contains(tables.get(t))) {
        rep[t] = true;
      } else {
        a[t] = primaryKeyColumn(t, a[t]);
      }
    }
    return rep;
  }

  /** The primary-key column agreeing best with the partition, or {@code current} without a key. */
  private int primaryKeyColumn(int t, int current) {
    Table tab = schema.table(tables.get(t)).orElseThrow();
    int best = -1;
    for (String pk : tab.primaryKey()) {
      int c = candidates.get(tables.get(t)).indexOf(pk);
      if (c >= 0 && (best < 0 || agreementOf(t, c) > agreementOf(t, best) + 1e-12)) {
        best = c;
      }
    }
    return best < 0 ? current : best;
  }

  private double agreementOf(int t, int c) {
    return agreement == null ? 0.0 : agreement.agreement(t, c);
  }

  /** Colocation groups of the distributed tables of {@code a}; 0 for replicated ones ({@link Colocation}). */
  int[] groups(int[] a, boolean[] rep) {
    return colocation.groups(a, rep);
  }

  private Placement placement(int[] a, boolean[] rep, List<TablePlacement> fixed, int nodes, int shardCount) {
    int[] g = groups(a, rep);
    Map<String, TablePlacement> byName = new LinkedHashMap<>();
    for (TablePlacement p : fixed) {
      byName.put(p.table(), p);
    }
    for (int t = 0; t < a.length; t++) {
      String name = tables.get(t);
      byName.put(name, rep[t] ? TablePlacement.reference(name, "candidate")
          : TablePlacement.distributed(name, colocation.col(t, a[t]), g[t], "candidate"));
    }
    List<TablePlacement> ordered = new ArrayList<>();
    for (Table t : schema.tables()) {
      TablePlacement p = byName.get(t.name());
      if (p != null) {
        ordered.add(p);
      }
    }
    return new Placement(nodes, shardCount, ordered);
  }

  private Explanation build(int[] a, boolean[] rep, Explanation previous) {
    int[] g = groups(a, rep);
    List<TableChoice> out = new ArrayList<>();
    for (String name : colocation.schemaOrder()) {
      int t = tables.indexOf(name);
      double agree = agreementOf(t, a[t]);
      String reason = rep[t] ? reasons.replicatedReason(t, a[t]) : reasons.distributedReason(t, a, rep, g);
      out.add(new TableChoice(name, rep[t] ? null : colocation.col(t, a[t]), rep[t] ? 0 : g[t], rep[t] ? 1.0 : agree, reason));
    }
    List<String> n = new ArrayList<>(notes);
    if (previous == null && agreement == null) {
      n.add("no row-level data (no literal values in the input): columns chosen from joins and predicates only");
    }
    return new Explanation(out, n);
  }
}
