package shardplan.emitter.check;

import java.util.HashSet;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Checks that a placement fits its schema before any DDL is written: every table it names
 * exists, every distribution column exists, and every table of the schema is placed (a table
 * left out would stay a local table, which Citus turns into a trap for foreign keys).
 */
public final class PlacementValidator {
  private PlacementValidator() {
  }

  /** Fails with one line naming the first mismatch. */
  public static void validate(Schema schema, Placement placement) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(placement, "placement");
    Set<String> seen = new HashSet<>();
    for (TablePlacement tp : placement.tables()) {
      if (!seen.add(tp.table())) {
        throw new IllegalArgumentException("placement: table " + tp.table() + " is placed twice");
      }
      Table t = schema.table(tp.table()).orElseThrow(() -> new IllegalArgumentException(
          "placement: unknown table " + tp.table() + " (not in the schema)"));
      if (tp.kind() == PlacementKind.DISTRIBUTED && t.column(tp.column()).isEmpty()) {
        throw new IllegalArgumentException("placement: unknown column " + tp.table() + "." + tp.column()
            + " (distribution column not in the schema)");
      }
    }
    for (Table t : schema.tables()) {
      if (!seen.contains(t.name())) {
        throw new IllegalArgumentException("schema and placement do not match: table " + t.name()
            + " of the schema has no placement");
      }
    }
  }
}
