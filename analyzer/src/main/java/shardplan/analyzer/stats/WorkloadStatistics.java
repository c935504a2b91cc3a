package shardplan.analyzer.stats;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shardplan.analyzer.model.ColumnPredicateCount;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.StatementFacts;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.TemplateUsage;

/**
 * Derives the profile's statistics from the templates' call counters, by the shared counting
 * rules: counts are statements; a statement reads every table of its FROM/JOIN/subqueries/CTEs,
 * and inserts into, updates or deletes from its target; a table counts at most once per statement
 * per category. Committed and aborted calls are kept apart; join edge and predicate counts are
 * committed statements only.
 */
public final class WorkloadStatistics {
  private final List<TableUsage> tables;
  private final List<TemplateUsage> templates;
  private final List<JoinEdge> joins;
  private final List<ColumnPredicateCount> predicates;

  public WorkloadStatistics(Schema schema, Collection<TemplateEntry> entries) {
    Map<String, long[]> committed = new LinkedHashMap<>();
    Map<String, long[]> aborted = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      committed.put(t.name(), new long[4]);
      aborted.put(t.name(), new long[4]);
    }
    Map<List<ColumnRef>, long[]> joinWeights = new TreeMap<>(Comparator
        .comparing((List<ColumnRef> p) -> p.get(0)).thenComparing(p -> p.get(1)));
    Map<ColumnRef, long[]> predicateCounts = new TreeMap<>();
    List<TemplateUsage> usages = new ArrayList<>();
    for (TemplateEntry e : entries) {
      if (!e.parsed().usable() || e.committedCalls() + e.abortedCalls() == 0) {
        continue;
      }
      StatementFacts f = e.parsed().facts();
      usages.add(new TemplateUsage(e.id(), e.text(), f, e.committedCalls(), e.abortedCalls()));
      add(committed, f, e.committedCalls());
      add(aborted, f, e.abortedCalls());
      if (e.committedCalls() > 0) {
        for (JoinEdge j : f.joins()) {
          joinWeights.computeIfAbsent(List.of(j.left(), j.right()), k -> new long[1])[0] += e.committedCalls();
        }
        for (Predicate p : f.predicates()) {
          predicateCounts.computeIfAbsent(p.column(), k -> new long[1])[0] += e.committedCalls();
        }
      }
    }
    List<TableUsage> tu = new ArrayList<>();
    for (Table t : schema.tables()) {
      tu.add(new TableUsage(t.name(), counts(committed.get(t.name())), counts(aborted.get(t.name())), -1, -1));
    }
    usages.sort(Comparator.comparingLong((TemplateUsage u) -> -(u.committedCalls() + u.abortedCalls()))
        .thenComparing(TemplateUsage::id));
    List<JoinEdge> js = new ArrayList<>();
    joinWeights.forEach((p, w) -> js.add(new JoinEdge(p.get(0), p.get(1), w[0])));
    js.sort(Comparator.comparingLong((JoinEdge j) -> -j.weight()).thenComparing(JoinEdge::left)
        .thenComparing(JoinEdge::right));
    List<ColumnPredicateCount> ps = new ArrayList<>();
    predicateCounts.forEach((c, n) -> ps.add(new ColumnPredicateCount(c, n[0])));
    ps.sort(Comparator.comparingLong((ColumnPredicateCount c) -> -c.statements())
        .thenComparing(ColumnPredicateCount::column));
    this.tables = List.copyOf(tu);
    this.templates = List.copyOf(usages);
    this.joins = List.copyOf(js);
    this.predicates = List.copyOf(ps);
  }

  private static void add(Map<String, long[]> counts, StatementFacts f, long calls) {
    if (calls == 0) {
      return;
    }
    for (String t : f.tablesRead()) {
      long[] c = counts.get(t);
      if (c != null) {
        c[0] += calls;
      }
    }
    int slot;
    if (f.kind() == StatementKind.INSERT || f.kind() == StatementKind.UPSERT) {
      slot = 1;
    } else if (f.kind() == StatementKind.UPDATE) {
      slot = 2;
    } else if (f.kind() == StatementKind.DELETE) {
      slot = 3;
    } else {
      return;
    }
    for (String t : f.tablesWritten()) {
      long[] c = counts.get(t);
      if (c != null) {
        c[slot] += calls;
      }
    }
  }

  private static OperationCounts counts(long[] c) {
    return new OperationCounts(c[0], c[1], c[2], c[3]);
  }

  public List<TableUsage> tables() {
    return tables;
  }

  public List<TemplateUsage> templates() {
    return templates;
  }

  public List<JoinEdge> joins() {
    return joins;
  }

  public List<ColumnPredicateCount> predicates() {
    return predicates;
  }
}
