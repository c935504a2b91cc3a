package shardplan.emitter.citus;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
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
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Node;
import shardplan.emitter.model.Target;
import shardplan.emitter.sql.ParsedScript;
import shardplan.emitter.sql.SchemaSteps;
import shardplan.emitter.sql.ScriptStatement;
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
  static final String SECTION_SCHEMA = "the schema as written";
  static final String SECTION_TRIGGERS = "triggers";
  static final String SECTION_SEQUENCES = "sequences";

  private CitusEmitter() {
  }

  public static DdlPlan plan(CheckedPlacement cp, EmitOptions options) {
    if (options.mode() == Mode.NEW && options.schemaScript().isPresent()) {
      return fromScript(cp, ParsedScript.of(options.schemaScript().get()));
    }
    return plan(cp, options.mode());
  }

  /** From the schema model alone: in {@link Mode#NEW} the tables get their columns and keys only. */
  public static DdlPlan plan(CheckedPlacement cp, Mode mode) {
    List<DdlStep> steps = new ArrayList<>();
    Node c = Node.COORDINATOR;
    List<String> notes = new ArrayList<>();
    if (mode == Mode.NEW) {
      for (Table t : cp.schema().tables()) {
        TableConstraints k = cp.constraintsOf(t.name());
        steps.add(DdlStep.of(c, SECTION_TABLES, TableDdl.createTable(t, t.name(), k, true, ""),
            TableDdl.existsProbe(t.name())).withComment(repairComment(cp, t.name())));
      }
      notes.add("the tables are created from the schema model (columns, keys, foreign keys only): give the schema's"
          + " DDL to keep defaults, sequences, indexes, checks and every other object");
    } else {
      List<String> names = cp.schema().tables().stream().map(Table::name).toList();
      steps.add(DdlStep.of(c, SECTION_DROP_FK, dropForeignKeysBlock(names), allPlacedProbe(names))
          .withComment("create_reference_table() on a table linked by foreign keys turns the linked tables"
              + " into Citus local tables; the foreign keys are added back below."));
      for (Table t : cp.schema().tables()) {
        steps.addAll(widenKeys(cp, t));
      }
      steps.add(DdlStep.of(c, SECTION_TRIGGERS, allowTriggersIfAnyBlock(names), noTriggersLeftProbe(names))
          .withComment("Citus refuses to distribute a table with triggers unless citus.enable_unsafe_triggers is on;"
              + " this session turns it on only if a placed table has a trigger of its own. The triggers then run on"
              + " the shards, where a trigger that reads other tables sees its node's shards only."));
    }
    distributionCalls(cp, mode, steps);
    for (Table t : cp.schema().tables()) {
      for (ForeignKey fk : cp.constraintsOf(t.name()).foreignKeys()) {
        steps.add(DdlStep.of(c, SECTION_FK, TableDdl.addForeignKey(t.name(), fk, fk.referencedTable()),
            TableDdl.constraintProbe(t.name(), TableDdl.foreignKeyName(t.name(), fk))));
      }
    }
    List<String> repairs = cp.repairs().stream().map(Violation::repairMessage).toList();
    if (mode == Mode.EXISTING) {
      notes.add("foreign keys between the placed tables are dropped during the move and added back after it;"
          + " writes during the move are not checked against them");
    }
    return new DdlPlan(Target.CITUS, mode, cp.placement(), List.of(), steps, repairs, notes);
  }

  /**
   * New tables from the user's script: the script runs as written (its foreign keys held back),
   * then only what the placement changes follows, each change its own commented statement: keys
   * widened, triggers allowed, the distribution calls, the foreign keys as written (or left out,
   * saying why).
   */
  static DdlPlan fromScript(CheckedPlacement cp, ParsedScript script) {
    List<DdlStep> steps = new ArrayList<>();
    Node c = Node.COORDINATOR;
    Set<String> placed = new LinkedHashSet<>();
    cp.schema().tables().forEach(t -> placed.add(t.name()));
    List<ScriptStatement> heldBack = new ArrayList<>();
    List<ScriptStatement> asWritten = new ArrayList<>();
    Set<String> triggerTables = new TreeSet<>();
    for (ScriptStatement st : script.statements()) {
      if (isForeignKey(st) && placed.contains(st.table())) {
        heldBack.add(st);
      } else {
        asWritten.add(st);
      }
      if (st.kind() == ScriptStatement.Kind.CREATE_TRIGGER && placed.contains(st.table())) {
        triggerTables.add(st.table());
      }
    }
    List<String> names = List.copyOf(placed);
    steps.add(SchemaSteps.asWritten(c, SECTION_SCHEMA, script, asWritten, names, heldBack.isEmpty() ? ""
        : "; its " + heldBack.size() + " foreign keys follow the distribution calls"));
    List<String[]> inline = inlineForeignKeys(cp, heldBack);
    if (!inline.isEmpty()) {
      steps.add(DdlStep.of(c, SECTION_DROP_FK, dropForeignKeysBlock(names), allPlacedProbe(names))
          .withComment("foreign keys written inside CREATE TABLE are dropped until the tables are placed"
              + " (create_reference_table() on a linked table turns the linked tables into Citus local tables);"
              + " they are added back below by their columns"));
    }
    for (Table t : cp.schema().tables()) {
      steps.addAll(widenKeys(cp, t));
    }
    steps.addAll(SequenceTypes.steps(cp, script.statements(), SECTION_SEQUENCES));
    if (!triggerTables.isEmpty()) {
      steps.add(DdlStep.of(c, SECTION_TRIGGERS, "SET citus.enable_unsafe_triggers TO on;",
          noTriggersLeftProbe(List.copyOf(triggerTables)))
          .withComment("Citus refuses to distribute a table with triggers unless this is on (triggers on "
              + String.join(", ", triggerTables) + "); the triggers then run on the shards, where a trigger that"
              + " reads other tables sees its node's shards only"));
    }
    distributionCalls(cp, Mode.NEW, steps);
    for (ScriptStatement st : heldBack) {
      boolean kept = cp.constraintsOf(st.table()).foreignKeys().stream()
          .anyMatch(fk -> TableDdl.foreignKeyName(st.table(), fk).equals(st.name()));
      if (kept) {
        steps.add(DdlStep.of(c, SECTION_FK, st.sql(), TableDdl.constraintProbe(st.table(), st.name()))
            .withComment("as written (" + script.source() + " line " + st.line() + "), after the distribution calls:"
                + " Citus checks a foreign key against the placement of both tables"));
      } else {
        steps.add(SchemaSteps.leftOut(c, SECTION_FK, st, droppedReason(cp, st)));
      }
    }
    for (String[] fk : inline) {
      Table t = cp.schema().table(fk[0]).orElseThrow();
      ForeignKey k = t.foreignKeys().stream().filter(x -> TableDdl.foreignKeyName(t.name(), x).equals(fk[1]))
          .findFirst().orElseThrow();
      steps.add(DdlStep.of(c, SECTION_FK, TableDdl.addForeignKey(t.name(), k, k.referencedTable()),
          TableDdl.constraintProbe(t.name(), fk[1]))
          .withComment("written inside CREATE TABLE " + t.name() + ", added back by its columns: an ON DELETE or"
              + " ON UPDATE action, MATCH or DEFERRABLE of it is not carried over (write it as ALTER TABLE ... ADD"
              + " CONSTRAINT, as pg_dump does, to keep it whole)"));
    }
    List<String> repairs = cp.repairs().stream().map(Violation::repairMessage).toList();
    return new DdlPlan(Target.CITUS, Mode.NEW, cp.placement(), List.of(), steps, repairs, script.notes(),
        script.warnings());
  }

  static boolean isForeignKey(ScriptStatement st) {
    return st.kind() == ScriptStatement.Kind.ADD_CONSTRAINT && st.constraint().equals("FOREIGN KEY");
  }

  /** Foreign keys the checker kept that no held-back statement adds: {table, name}. */
  private static List<String[]> inlineForeignKeys(CheckedPlacement cp, List<ScriptStatement> heldBack) {
    List<String[]> out = new ArrayList<>();
    for (Table t : cp.schema().tables()) {
      for (ForeignKey fk : cp.constraintsOf(t.name()).foreignKeys()) {
        String name = TableDdl.foreignKeyName(t.name(), fk);
        if (heldBack.stream().noneMatch(st -> st.table().equals(t.name()) && st.name().equals(name))) {
          out.add(new String[] {t.name(), name});
        }
      }
    }
    return out;
  }

  /** Why the checker left a foreign key out, from its violations on that table. */
  public static String droppedReason(CheckedPlacement cp, ScriptStatement st) {
    List<Violation> dropped = cp.constraintsOf(st.table()).droppedForeignKeys();
    List<Violation> named = dropped.stream().filter(v -> v.detail().contains(st.name())).toList();
    List<Violation> use = named.isEmpty() ? dropped : named;
    if (use.isEmpty()) {
      return "the target cannot enforce it under this placement";
    }
    return use.stream().map(v -> v.detail() + " (" + v.rule().text() + ")").collect(Collectors.joining("; "));
  }

  private static void distributionCalls(CheckedPlacement cp, Mode mode, List<DdlStep> steps) {
    Node c = Node.COORDINATOR;
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
  }

  /** A probe: true when no table of {@code names} that is still to be placed has a trigger of its own. */
  private static String noTriggersLeftProbe(List<String> names) {
    return "SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal"
        + " AND tgrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arrayOf(names) + ") AS n)"
        + " AND tgrelid NOT IN (SELECT logicalrelid FROM pg_dist_partition))";
  }

  /** A block that turns citus.enable_unsafe_triggers on for this session if a placed table has a trigger of its own. */
  private static String allowTriggersIfAnyBlock(List<String> names) {
    return "DO $$\n"
        + "BEGIN\n"
        + "  IF EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal\n"
        + "             AND tgrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arrayOf(names) + ") AS n)) THEN\n"
        + "    PERFORM set_config('citus.enable_unsafe_triggers', 'on', false);\n"
        + "  END IF;\n"
        + "END $$;";
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
    return widenKeys(cp, t, Node.COORDINATOR, SECTION_KEYS);
  }

  /**
   * Steps that widen the table's primary key and unique keys by its distribution column (the
   * old key, a constraint or a unique index found by its columns, is dropped; the widened one is
   * added), on {@code node}; none unless the table is distributed and a key lacks the column.
   */
  public static List<DdlStep> widenKeys(CheckedPlacement cp, Table t, Node node, String section) {
    List<DdlStep> out = new ArrayList<>();
    TablePlacement tp = cp.placementOf(t.name());
    if (tp.kind() != PlacementKind.DISTRIBUTED) {
      return out;
    }
    TableConstraints k = cp.constraintsOf(t.name());
    if (!t.primaryKey().isEmpty() && !t.primaryKey().contains(tp.column())) {
      String probe = uniqueIndexProbe(t.name(), k.primaryKey());
      out.add(DdlStep.of(node, section, dropUniqueBlock(t.name(), t.primaryKey()), probe)
          .withComment(repairComment(cp, t.name())));
      out.add(DdlStep.of(node, section, "ALTER TABLE " + Sql.table(t.name())
          + " ADD PRIMARY KEY (" + Sql.idents(k.primaryKey()) + ");", probe));
    }
    for (List<String> u : t.uniqueKeys()) {
      if (!u.contains(tp.column())) {
        List<String> widened = new ArrayList<>(u);
        widened.add(tp.column());
        String probe = uniqueIndexProbe(t.name(), widened);
        out.add(DdlStep.of(node, section, dropUniqueBlock(t.name(), u), probe)
            .withComment(out.isEmpty() ? repairComment(cp, t.name()) : ""));
        boolean kept = k.uniqueKeys().stream().anyMatch(x -> x.equals(widened));
        if (kept) {
          out.add(DdlStep.of(node, section, "ALTER TABLE " + Sql.table(t.name())
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
