package shardplan.partitioner.model;

import java.util.Objects;

/**
 * A foreign key of the schema that the placement cannot keep enforced on Citus: a cost of the
 * design, listed so that nobody learns of it from a missing constraint.
 *
 * @param table the table that owns the foreign key
 * @param foreignKey the key in words, {@code child(cols) -> parent(cols)}
 * @param why which rule it breaks under this placement
 */
public record DroppedForeignKey(String table, String foreignKey, String why) {
  public DroppedForeignKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(foreignKey, "foreignKey");
    Objects.requireNonNull(why, "why");
  }
}
