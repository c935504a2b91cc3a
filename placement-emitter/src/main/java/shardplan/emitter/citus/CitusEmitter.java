package shardplan.emitter.citus;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Table;
import shardplan.emitter.check.CheckedPlacement;
import shardplan.emitter.check.PlacementChecker;
import shardplan.emitter.check.TableConstraints;
import shardplan.emitter.check.Violation;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Node;
import shardplan.emitter.model.Target;
import shardplan.emitter.sql.Sql;
import shardplan.emitter.sql.TableDdl;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Citus DDL for a checked placement.
 *
 * <p>Order, and why: tables are created without foreign keys; reference tables are placed
 * first, then each colocation group (its first table in schema order gets {@code shard_count},
 * the others {@code colocate_with} it — Citus refuses both in one call); foreign keys come last,
 * as {@code ALTER TABLE ... ADD CONSTRAINT}, once both ends are placed, because Citus checks a
 * foreign key against the placement of both tables.
 *
 * <p>For tables that already hold data ({@link Mode#EXISTING}) every foreign key between the
 * placed tables is dropped before the first distribution call and added back after the last:
 * on a real Citus 13.2 cluster {@code create_reference_table} on a table linked by foreign keys
 * turned every linked table into a Citus local table, after which distributing them failed.
 * Each distribution call is followed by {@code truncate_local_data_after_distributing_table},
 * which frees the coordinator's copy of rows that now live in the shards.
 */
public final class CitusEmitter {
  static final String SECTION_TABLES = "create tables";
  static final String SECTION_DROP_FK = "drop foreign keys until the tables are placed";
  static final String SECTION_KEYS = "widen keys to include the distribution column";
  static final String SECTION_REFERENCE = "reference tables";
  static final String SECTION_DISTRIBUTED = "distributed tables";
  static final String SECTION_LOCAL = "local tables";
  static final String SECTION_FK = "foreign keys";

  private CitusEmitter() {
  }

  public static DdlPlan plan(CheckedPlacement cp, Mode mode) {
    List<DdlStep> steps = new ArrayList<>();
    Node c = Node.COORDINATOR;
    if (mode == Mode.NEW) {
      for (Table t : cp.schema().tables()) {
        TableConstraints k = cp.constraintsOf(t.name());
        steps.add(DdlStep.of(c, SECTION_TABLES, TableDdl.createTable(t, t.name(), k, true, ""),
            TableDdl.existsProbe(t.name())).withComment(repairComment(cp, t.name())));
      }
    } else {
      List<String> names = cp.schema().tables().stream().map(Table::name).toList();
      steps.add(DdlStep.of(c, SECTION_DROP_FK, dropForeignKeysBlock(names), allPlacedProbe(names))
          .withComment("create_reference_table() on a table linked by foreign keys turns the linked tables"
              + " into Citus local tables; the foreign keys are added back below."));
      for (Table t : cp.schema().tables()) {
        steps.addAll(widenKeys(cp, t));
      }
    }
    for (TablePlacement tp : cp.placement().tables()) {
      if (tp.kind() == PlacementKind.REFERENCE) {
        String call = "SELECT create_reference_table(" + Sql.regclass(tp.table()) + ");";
        steps.add(DdlStep.of(c, SECTION_REFERENCE, call, placedProbe(tp.table()))
            .withComment(mode == Mode.EXISTING ? repairComment(cp, tp.table()) : ""));
        if (mode == Mode.EXISTING) {
          steps.add(truncateLocal(tp.table(), SECTION_REFERENCE));
        }
      }
    }
    steps.addAll(localTables(cp, c));
    for (Map.Entry<Integer, List<TablePlacement>> g : cp.placement().colocationGroups().entrySet()) {
      TablePlacement first = PlacementChecker.firstInSchemaOrder(cp.schema(), g.getValue());
      List<TablePlacement> ordered = new ArrayList<>();
      ordered.add(first);
      for (Table t : cp.schema().tables()) {
        g.getValue().stream().filter(tp -> tp.table().equals(t.name()) && tp != first).forEach(ordered::add);
      }
      for (TablePlacement tp : ordered) {
        String arg = tp == first
            ? "shard_count => " + cp.placement().shardCount() + ", colocate_with => 'none'"
            : "colocate_with => " + Sql.regclass(first.table());
        String call = "SELECT create_distributed_table(" + Sql.regclass(tp.table()) + ", "
            + Sql.literal(tp.column()) + ", " + arg + ");";
        String comment = tp == first ? "colocation group " + g.getKey() + ": " + ordered.stream()
            .map(TablePlacement::table).collect(Collectors.joining(", ")) : "";
        if (mode == Mode.EXISTING) {
          comment = join(comment, repairComment(cp, tp.table()));
        }
        steps.add(DdlStep.of(c, SECTION_DISTRIBUTED, call, placedProbe(tp.table())).withComment(comment));
        if (mode == Mode.EXISTING) {
          steps.add(truncateLocal(tp.table(), SECTION_DISTRIBUTED));
        }
      }
    }
    for (Table t : cp.schema().tables()) {
      for (ForeignKey fk : cp.constraintsOf(t.name()).foreignKeys()) {
        steps.add(DdlStep.of(c, SECTION_FK, TableDdl.addForeignKey(t.name(), fk, fk.referencedTable()),
            TableDdl.constraintProbe(t.name(), TableDdl.foreignKeyName(t.name(), fk))));
      }
    }
    List<String> repairs = cp.repairs().stream().map(Violation::repairMessage).toList();
    List<String> notes = new ArrayList<>();
    if (mode == Mode.EXISTING) {
      notes.add("foreign keys between the placed tables are dropped during the move and added back after it;"
          + " writes during the move are not checked against them");
    }
    return new DdlPlan(Target.CITUS, mode, cp.placement(), List.of(), steps, repairs, notes);
  }

  /** Repairs that concern {@code table}, one per line, for a comment above its statement. */
  static String repairComment(CheckedPlacement cp, String table) {
    return cp.repairs().stream().filter(v -> v.table().equals(table))
        .map(v -> "repair: " + v.detail() + " — " + v.repair() + " (" + v.rule().text() + ")")
        .collect(Collectors.joining("\n"));
  }

  /**
   * A local table stays on the coordinator. It needs Citus's metadata only where a foreign key links it
   * with a reference table (Citus then keeps the two consistent); otherwise nothing is emitted.
   */
  private static List<DdlStep> localTables(CheckedPlacement cp, Node c) {
    List<DdlStep> out = new ArrayList<>();
    for (TablePlacement tp : cp.placement().tables()) {
      if (tp.kind() != PlacementKind.LOCAL || !linkedToReference(cp, tp.table())) {
        continue;
      }
      out.add(DdlStep.of(c, SECTION_LOCAL, "SELECT citus_add_local_table_to_metadata(" + Sql.regclass(tp.table())
          + ");", placedProbe(tp.table()))
          .withComment("stays on the coordinator; a foreign key links it with a reference table"));
    }
    return out;
  }

  private static boolean linkedToReference(CheckedPlacement cp, String table) {
    for (Table t : cp.schema().tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        String other = t.name().equals(table) ? fk.referencedTable() : fk.referencedTable().equals(table) ? t.name() : null;
        if (other != null && cp.placement().table(other).map(p -> p.kind() == PlacementKind.REFERENCE).orElse(false)) {
          return true;
        }
      }
    }
    return false;
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + "\n" + b;
  }

  private static DdlStep truncateLocal(String table, String section) {
    return DdlStep.of(Node.COORDINATOR, section,
        "SELECT truncate_local_data_after_distributing_table(" + Sql.regclass(table) + ");",
        "SELECT pg_relation_size(" + Sql.regclass(table) + ") = 0");
  }

  static String placedProbe(String table) {
    return "SELECT EXISTS (SELECT 1 FROM pg_dist_partition WHERE logicalrelid = to_regclass("
        + Sql.regclass(table) + "))";
  }

  private static String arrayOf(List<String> names) {
    return "ARRAY[" + names.stream().map(Sql::regclass).collect(Collectors.joining(", ")) + "]";
  }

  private static String allPlacedProbe(List<String> names) {
    return "SELECT count(*) = " + names.size() + " FROM pg_dist_partition WHERE logicalrelid::oid IN"
        + " (SELECT to_regclass(n)::oid FROM unnest(" + arrayOf(names) + ") AS n)";
  }

  /** A block that drops every foreign key whose both ends are among {@code names}. */
  private static String dropForeignKeysBlock(List<String> names) {
    return "DO $$\n"
        + "DECLARE\n"
        + "  r record;\n"
        + "BEGIN\n"
        + "  FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n"
        + "           WHERE contype = 'f'\n"
        + "             AND conrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arrayOf(names) + ") AS n)\n"
        + "             AND confrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arrayOf(names) + ") AS n)\n"
        + "  LOOP\n"
        + "    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);\n"
        + "  END LOOP;\n"
        + "END $$;";
  }

  /**
   * Existing tables whose primary key or unique keys lack the distribution column: drop the
   * old key (constraint or unique index, found by its columns) and add the widened one.
   */
  private static List<DdlStep> widenKeys(CheckedPlacement cp, Table t) {
    List<DdlStep> out = new ArrayList<>();
    TablePlacement tp = cp.placementOf(t.name());
    if (tp.kind() != PlacementKind.DISTRIBUTED) {
      return out;
    }
    TableConstraints k = cp.constraintsOf(t.name());
    if (!t.primaryKey().isEmpty() && !t.primaryKey().contains(tp.column())) {
      String probe = uniqueIndexProbe(t.name(), k.primaryKey());
      out.add(DdlStep.of(Node.COORDINATOR, SECTION_KEYS, dropUniqueBlock(t.name(), t.primaryKey()), probe)
          .withComment(repairComment(cp, t.name())));
      out.add(DdlStep.of(Node.COORDINATOR, SECTION_KEYS, "ALTER TABLE " + Sql.table(t.name())
          + " ADD PRIMARY KEY (" + Sql.idents(k.primaryKey()) + ");", probe));
    }
    for (List<String> u : t.uniqueKeys()) {
      if (!u.contains(tp.column())) {
        List<String> widened = new ArrayList<>(u);
        widened.add(tp.column());
        String probe = uniqueIndexProbe(t.name(), widened);
        out.add(DdlStep.of(Node.COORDINATOR, SECTION_KEYS, dropUniqueBlock(t.name(), u), probe));
        boolean kept = k.uniqueKeys().stream().anyMatch(x -> x.equals(widened));
        if (kept) {
          out.add(DdlStep.of(Node.COORDINATOR, SECTION_KEYS, "ALTER TABLE " + Sql.table(t.name())
              + " ADD UNIQUE (" + Sql.idents(widened) + ");", probe));
        }
      }
    }
    return out;
  }

  private static String sortedArray(List<String> cols) {
    return "ARRAY[" + cols.stream().sorted().map(Sql::literal).collect(Collectors.joining(", ")) + "]::text[]";
  }

  private static String indexColumns() {
    return "(SELECT array_agg(a.attname::text ORDER BY a.attname::text) FROM pg_attribute a"
        + " WHERE a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey))";
  }

  private static String uniqueIndexProbe(String table, List<String> cols) {
    return "SELECT EXISTS (SELECT 1 FROM pg_index i WHERE i.indrelid = to_regclass(" + Sql.regclass(table)
        + ") AND i.indisunique AND " + indexColumns() + " = " + sortedArray(cols) + ")";
  }

  /** Drops the unique constraint, primary key or unique index on exactly {@code cols}. */
  private static String dropUniqueBlock(String table, List<String> cols) {
    return "DO $$\n"
        + "DECLARE\n"
        + "  r record;\n"
        + "BEGIN\n"
        + "  FOR r IN SELECT i.indexrelid::regclass AS idx, c.conname FROM pg_index i\n"
        + "           LEFT JOIN pg_constraint c ON c.conindid = i.indexrelid AND c.conrelid = i.indrelid\n"
        + "           WHERE i.indrelid = " + Sql.regclass(table) + "::regclass AND i.indisunique\n"
        + "             AND " + indexColumns() + " = " + sortedArray(cols) + "\n"
        + "  LOOP\n"
        + "    IF r.conname IS NOT NULL THEN\n"
        + "      EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', " + Sql.regclass(table) + "::regclass,"
        + " r.conname);\n"
        + "    ELSE\n"
        + "      EXECUTE format('DROP INDEX %s', r.idx);\n"
        + "    END IF;\n"
        + "  END LOOP;\n"
        + "END $$;";
  }
}
