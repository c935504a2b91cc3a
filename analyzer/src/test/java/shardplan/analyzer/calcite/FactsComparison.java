package shardplan.analyzer.calcite;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.StatementFacts;

/** Compares the JSqlParser facts of a template with Calcite's resolution, field by field. */
final class FactsComparison {
  private FactsComparison() {
  }

  static Set<String> joinPairs(List<JoinEdge> joins) {
    Set<String> out = new TreeSet<>();
    for (JoinEdge e : joins) {
      out.add(e.left() + "=" + e.right());
    }
    return out;
  }

  static Map<ColumnRef, Set<String>> slots(List<Predicate> predicates) {
    Map<ColumnRef, Set<String>> out = new TreeMap<>();
    for (Predicate p : predicates) {
      out.computeIfAbsent(p.column(), k -> new TreeSet<>()).addAll(p.slots());
    }
    return out;
  }

  /** The differences, one line each; empty when the two agree. */
  static List<String> differences(StatementFacts jsql, ResolvedFacts calcite) {
    List<String> out = new ArrayList<>();
    if (!new TreeSet<>(jsql.tablesRead()).equals(new TreeSet<>(calcite.tablesRead()))) {
      out.add("tables read: jsqlparser " + new TreeSet<>(jsql.tablesRead()) + ", calcite "
          + new TreeSet<>(calcite.tablesRead()));
    }
    if (!new TreeSet<>(jsql.tablesWritten()).equals(new TreeSet<>(calcite.tablesWritten()))) {
      out.add("tables written: jsqlparser " + new TreeSet<>(jsql.tablesWritten()) + ", calcite "
          + new TreeSet<>(calcite.tablesWritten()));
    }
    if (!joinPairs(jsql.joins()).equals(joinPairs(calcite.joins()))) {
      out.add("joins: jsqlparser " + joinPairs(jsql.joins()) + ", calcite " + joinPairs(calcite.joins()));
    }
    if (!slots(jsql.predicates()).equals(slots(calcite.predicates()))) {
      out.add("predicates: jsqlparser " + slots(jsql.predicates()) + ", calcite " + slots(calcite.predicates()));
    }
    return out;
  }
}
