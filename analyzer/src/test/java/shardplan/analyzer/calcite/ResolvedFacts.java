package shardplan.analyzer.calcite;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;

/**
 * What Calcite's validator found a template to do, in the analyzer's own terms.
 *
 * @param tablesRead schema tables the statement scans (FROM, JOIN, subqueries, derived tables,
 *                   CTEs), not counting the target of UPDATE or DELETE
 * @param tablesWritten the target of UPDATE, DELETE or INSERT
 * @param joins equi-join column pairs between two different table references (weight 1 each),
 *              from the top-level AND conjuncts of each WHERE and ON
 * @param predicates {@code column = $n} and {@code column IN ($n, ...)} of the same conjuncts, with
 *                   the slots of the original template
 */
public record ResolvedFacts(Set<String> tablesRead, Set<String> tablesWritten, List<JoinEdge> joins,
                            List<Predicate> predicates) {
  public ResolvedFacts {
    tablesRead = Set.copyOf(tablesRead);
    tablesWritten = Set.copyOf(tablesWritten);
    joins = List.copyOf(joins);
    predicates = List.copyOf(predicates);
  }

  /** The columns compared for equality with a parameter, sorted. */
  public Set<ColumnRef> equalityColumns() {
    Set<ColumnRef> out = new TreeSet<>();
    for (Predicate p : predicates) {
      out.add(p.column());
    }
    return out;
  }
}
