package shardplan.partitioner.model;

import java.util.Objects;

/**
 * Where one table goes, and why.
 *
 * @param table lower-case table name, as in the schema
 * @param kind reference, distributed or local
 * @param column the distribution column; null for a reference table
 * @param colocationGroup tables with the same group number are colocated (1, 2, ...); 0 for a
 *                        reference or local table
 * @param reason one sentence an architect can read
 * @param evidence the numbers behind it; null for a placement read from a user's JSON
 */
public record TablePlacement(String table, PlacementKind kind, String column, int colocationGroup,
                             String reason, TableEvidence evidence) {
  public TablePlacement {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(reason, "reason");
    if (kind == PlacementKind.DISTRIBUTED && (column == null || colocationGroup < 1)) {
      throw new IllegalArgumentException("distributed table " + table + " needs a column and a colocation group >= 1");
    }
    if (kind != PlacementKind.DISTRIBUTED && column != null) {
      throw new IllegalArgumentException(kind.jsonName() + " table " + table + " has no distribution column");
    }
  }

  public static TablePlacement reference(String table, String reason) {
    return new TablePlacement(table, PlacementKind.REFERENCE, null, 0, reason, null);
  }

  public static TablePlacement local(String table, String reason) {
    return new TablePlacement(table, PlacementKind.LOCAL, null, 0, reason, null);
  }

  public static TablePlacement distributed(String table, String column, int group, String reason) {
    return new TablePlacement(table, PlacementKind.DISTRIBUTED, column, group, reason, null);
  }
}
