package shardplan.partitioner.search;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.DroppedForeignKey;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * The foreign keys a placement cannot keep on Citus, by the rules seen on a real cluster: a
 * reference or local table cannot reference a distributed table, a distributed table cannot
 * reference a local one, and a foreign key between distributed tables needs them in one
 * colocation group with the foreign key pairing their distribution columns (else the parent's key
 * is widened by its distribution column and no longer matches). The placement emitter applies the
 * same rules when it writes the DDL; the search uses them to price a design.
 */
public final class ForeignKeyCosts {
  private ForeignKeyCosts() {
  }

  public static List<DroppedForeignKey> dropped(Schema schema, Placement placement) {
    List<DroppedForeignKey> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      TablePlacement from = placement.table(t.name()).orElse(null);
      if (from == null) {
        continue;
      }
      for (ForeignKey fk : t.foreignKeys()) {
        TablePlacement to = placement.table(fk.referencedTable()).orElse(null);
        if (to == null) {
          continue;
        }
        String why = why(from, to, fk);
        if (why != null) {
          out.add(new DroppedForeignKey(t.name(), t.name() + "(" + String.join(", ", fk.columns()) + ") -> "
              + fk.referencedTable() + "(" + String.join(", ", fk.referencedColumns()) + ")", why));
        }
      }
    }
    return out;
  }

  private static String why(TablePlacement from, TablePlacement to, ForeignKey fk) {
    PlacementKind f = from.kind();
    PlacementKind r = to.kind();
    if (r == PlacementKind.DISTRIBUTED && f != PlacementKind.DISTRIBUTED) {
      return "a " + f.jsonName() + " table cannot reference a distributed table";
    }
    if (f == PlacementKind.DISTRIBUTED && r == PlacementKind.LOCAL) {
      return "a distributed table cannot reference a local table";
    }
    if (f == PlacementKind.DISTRIBUTED && r == PlacementKind.DISTRIBUTED) {
      if (from.table().equals(to.table())) {
        int i = fk.columns().indexOf(from.column());
        return i >= 0 && fk.referencedColumns().get(i).equals(to.column()) ? null
            : "a self-reference that does not pair the distribution column with itself";
      }
      if (from.colocationGroup() != to.colocationGroup()) {
        return "the two tables are in different colocation groups (" + from.colocationGroup() + " and "
            + to.colocationGroup() + ")";
      }
      int i = fk.columns().indexOf(from.column());
      if (i < 0 || !fk.referencedColumns().get(i).equals(to.column())) {
        return "it does not pair " + from.table() + "." + from.column() + " with " + to.table() + "." + to.column();
      }
    }
    return null;
  }
}
