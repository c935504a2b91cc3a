package shardplan.partitioner.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.ColumnPredicateCount;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.AccessSummary;

/**
 * The columns worth considering as a table's distribution column: those the workload names with
 * an equality or IN predicate (inserted values included), those it equi-joins on, and the
 * primary-key columns. A column nobody names cannot route a statement to one shard, so it
 * cannot keep anything local. Ordered by how often the workload names them (predicates plus
 * join weight), primary-key columns first among equals, then by declaration order.
 */
public final class CandidateColumns {
  private CandidateColumns() {
  }

  /** How often the workload names each column of each table: predicates plus join weights. */
  public static Map<String, Map<String, Long>> mentions(WorkloadProfile profile) {
    Map<String, Map<String, Long>> m = new HashMap<>();
    for (ColumnPredicateCount p : profile.predicateCounts()) {
      m.computeIfAbsent(p.column().table(), k -> new HashMap<>()).merge(p.column().column(), p.statements(), Long::sum);
    }
    for (JoinEdge e : profile.joins()) {
      m.computeIfAbsent(e.left().table(), k -> new HashMap<>()).merge(e.left().column(), e.weight(), Long::sum);
      m.computeIfAbsent(e.right().table(), k -> new HashMap<>()).merge(e.right().column(), e.weight(), Long::sum);
    }
    return m;
  }

  /** Candidates for every table in {@code tables}, each list best first. */
  public static Map<String, List<String>> of(WorkloadProfile profile, AccessSummary summary, Set<String> tables) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(summary, "summary");
    Map<String, Map<String, Long>> mentions = mentions(profile);
    Map<String, List<String>> out = new LinkedHashMap<>();
    for (Table t : profile.schema().tables()) {
      if (!tables.contains(t.name())) {
        continue;
      }
      Map<String, Long> named = mentions.getOrDefault(t.name(), Map.of());
      Set<String> cands = new LinkedHashSet<>();
      for (var c : t.columns()) {
        String n = c.name();
        if (t.primaryKey().contains(n) || named.containsKey(n) || summary.boundColumns(t.name()).contains(n)) {
          cands.add(n);
        }
      }
      if (cands.isEmpty() && !t.columns().isEmpty()) {
        // Nothing named: the first column keeps the table placeable (it will be explained as such).
        cands.add(t.columns().get(0).name());
      }
      List<String> ordered = new ArrayList<>(cands);
      List<String> declared = t.columns().stream().map(c -> c.name()).toList();
      ordered.sort(Comparator.<String>comparingLong(c -> -named.getOrDefault(c, 0L))
          .thenComparing(c -> t.primaryKey().contains(c) ? 0 : 1)
          .thenComparingInt(declared::indexOf));
      out.put(t.name(), ordered);
    }
    return out;
  }
}
