package shardplan.analyzer.parse;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.StatementFacts;

/**
 * The outcome of parsing one template once: its facts and binding plans, or the reason it cannot
 * be used as workload.
 *
 * @param skipReason null for a usable data statement; else {@code unparseable_sql},
 *                   {@code catalog_or_utility}, {@code ddl} or {@code unknown_table}
 * @param facts what the statement does; null when skipped
 * @param accesses binding plans, one per table and access kind; empty when skipped
 * @param unknownTables tables named by the statement that the schema does not have
 */
public record ParsedTemplate(String skipReason, StatementFacts facts, List<AccessPlan> accesses,
                             Set<String> unknownTables) {
  public ParsedTemplate {
    accesses = List.copyOf(accesses);
    unknownTables = Set.copyOf(unknownTables);
    if (skipReason == null) {
      Objects.requireNonNull(facts, "facts");
    }
  }

  static ParsedTemplate skip(String reason) {
    return new ParsedTemplate(reason, null, List.of(), Set.of());
  }

  public boolean usable() {
    return skipReason == null;
  }
}
