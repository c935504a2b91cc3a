package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What one template does, found once by parsing its normalised text.
 *
 * @param kind what the statement does
 * @param tablesRead tables it reads (lower case, schema tables only)
 * @param tablesWritten tables it inserts into, updates or deletes from
 * @param joins equi-join column pairs (weight 1 each; the profile sums them)
 * @param predicates equality / IN predicates and inserted values, with the slots that bind them
 */
public record StatementFacts(StatementKind kind, Set<String> tablesRead, Set<String> tablesWritten,
                             List<JoinEdge> joins, List<Predicate> predicates) {
  public StatementFacts {
    Objects.requireNonNull(kind, "kind");
    tablesRead = Set.copyOf(tablesRead);
    tablesWritten = Set.copyOf(tablesWritten);
    joins = List.copyOf(joins);
    predicates = List.copyOf(predicates);
  }
}
