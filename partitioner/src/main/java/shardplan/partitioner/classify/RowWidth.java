package shardplan.partitioner.classify;

import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Table;

/**
 * A rough width of a table's row on disk, from its column types, for when no live database
 * gave its size: PostgreSQL's 24-byte tuple header plus each type's usual storage.
 */
public final class RowWidth {
  private RowWidth() {
  }

  public static long bytes(Table table) {
    long w = 24;
    for (Column c : table.columns()) {
      w += bytes(c);
    }
    return w;
  }

  static long bytes(Column c) {
    switch (c.type()) {
      case "boolean":
        return 1;
      case "smallint":
        return 2;
      case "integer":
      case "real":
      case "date":
        return 4;
      case "bigint":
      case "double precision":
      case "timestamp without time zone":
      case "timestamp with time zone":
      case "time without time zone":
        return 8;
      case "uuid":
        return 16;
      case "numeric":
        return 12;
      case "character":
      case "character varying":
        if (!c.typeModifier().isEmpty()) {
          try {
            // Declared lengths are maxima; assume rows fill about half of them.
            return 1 + Math.max(1, Integer.parseInt(c.typeModifier().trim()) / 2);
          } catch (NumberFormatException e) {
            return 32;
          }
        }
        return 32;
      default:
        return 32;
    }
  }
}
