package shardplan.emitter.check;

import java.util.List;
import java.util.Objects;
import shardplan.analyzer.model.ForeignKey;

/**
 * The constraints a table gets on the target, after repairs.
 *
 * @param table table name
 * @param primaryKey primary key columns, empty if none
 * @param uniqueKeys unique constraints
 * @param foreignKeys foreign keys the target accepts
 * @param droppedForeignKeys foreign keys of the schema left out, each with the rule it broke
 */
public record TableConstraints(String table, List<String> primaryKey, List<List<String>> uniqueKeys,
                               List<ForeignKey> foreignKeys, List<Violation> droppedForeignKeys) {
  public TableConstraints {
    Objects.requireNonNull(table, "table");
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    foreignKeys = List.copyOf(foreignKeys);
    droppedForeignKeys = List.copyOf(droppedForeignKeys);
  }
}
