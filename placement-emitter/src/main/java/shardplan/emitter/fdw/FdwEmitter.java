package shardplan.emitter.fdw;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Table;
import shardplan.emitter.check.CheckedPlacement;
import shardplan.emitter.check.TableConstraints;
import shardplan.emitter.check.Violation;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Node;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.WorkerAddress;
import shardplan.emitter.sql.ParsedScript;
import shardplan.emitter.sql.Sql;
import shardplan.emitter.sql.TableDdl;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * PostgreSQL's own sharding: on the coordinator each distributed table is a hash-partitioned
 * table whose partitions are postgres_fdw foreign tables on the workers; reference tables are
 * real tables on the coordinator and on every worker.
 *
 * <p>The modulus is the number of workers, one partition per table per worker: postgres_fdw
 * has no shard mover, so more partitions than workers would buy no rebalancing, and each
 * partition is one more remote scan for every query that spans them. Remainder {@code r} lives
 * on worker {@code r + 1} for every table, so partitions of colocated tables with the same
 * remainder share a worker: the hash of equal values of the same type gives the same remainder,
 * and joins and foreign keys on the distribution column stay on one worker
 * ({@code enable_partitionwise_join} can push such a join to it).
 *
 * <p>Worker-side foreign keys (partition to partition of the same remainder, partition to the
 * worker's copy of a reference table, reference to reference) are added last, after any rows
 * have been copied, so that the copy order does not matter. The coordinator's partitioned
 * tables carry no keys: PostgreSQL cannot index foreign partitions.
 *
 * <p>Writes to a reference table on the coordinator reach the workers' copies through a row
 * trigger that repeats them on foreign tables in schema {@code shardplan_wN}; the copies are
 * changed in the coordinator's transaction (postgres_fdw commits them with it, without
 * two-phase commit).
 */
public final class FdwEmitter {
  /** Prefix of the foreign server and schema names, one per worker: {@code shardplan_w1}, ... */
  public static final String SERVER_PREFIX = "shardplan_w";
  /** Schema the original tables are moved to in {@code existing} mode, rows kept until the user drops it. */
  public static final String BEFORE_SCHEMA = "shardplan_before";

  private FdwEmitter() {
  }

  /** Name of partition {@code remainder} of {@code table}, on the coordinator and on its worker. */
  public static String partitionName(String table, int remainder) {
    return Sql.shortName(table + "_p" + remainder);
  }

  /** {@code OPTIONS (schema_name 's', table_name 't')} of the foreign table that reaches {@code table} on a worker. */
  static String remoteOptions(String table) {
    return "OPTIONS (schema_name " + Sql.literal(Sql.schemaOf(table)) + ", table_name "
        + Sql.literal(Sql.unqualified(table)) + ")";
  }

  public static String serverName(int worker) {
    return SERVER_PREFIX + worker;
  }

  public static DdlPlan plan(CheckedPlacement cp, EmitOptions options) {
    List<WorkerAddress> workers = options.workers();
    if (workers.isEmpty()) {
      throw new IllegalArgumentException("the postgres-fdw target needs at least one worker (--workers host:port,...)");
    }
    Mode mode = options.mode();
    int modulus = workers.size();
    List<String> scriptNotes = new ArrayList<>();
    Optional<FdwScriptPlan.Steps> script = Optional.empty();
    if (mode == Mode.NEW && options.schemaScript().isPresent()) {
      script = FdwScriptPlan.plan(cp, ParsedScript.of(options.schemaScript().get()), workers.size());
      if (script.isEmpty()) {
        scriptNotes.add("a distributed table's CREATE TABLE in " + options.schemaScript().get().source() + " has its"
            + " keys inside it, or options after its columns: the tables are created from the schema model (columns,"
            + " keys and foreign keys only); write keys as ALTER TABLE ... ADD CONSTRAINT, as pg_dump does, to keep"
            + " every object");
      }
    }
    List<DdlStep> steps = new ArrayList<>();
    Node coord = Node.COORDINATOR;

    String servers = "foreign servers";
    steps.add(DdlStep.of(coord, servers, "CREATE EXTENSION IF NOT EXISTS postgres_fdw;",
        "SELECT EXISTS (SELECT 1 FROM pg_extension WHERE extname = 'postgres_fdw')"));
    for (int i = 1; i <= workers.size(); i++) {
      WorkerAddress w = workers.get(i - 1);
      String server = serverName(i);
      steps.add(DdlStep.of(coord, servers, "CREATE SERVER " + server + " FOREIGN DATA WRAPPER postgres_fdw OPTIONS"
              + " (host " + Sql.literal(w.host()) + ", port " + Sql.literal(Integer.toString(w.port()))
              + ", dbname " + Sql.literal(w.database()) + ", async_capable 'true', fetch_size '1000',"
              + " batch_size '500');",
          "SELECT EXISTS (SELECT 1 FROM pg_foreign_server WHERE srvname = " + Sql.literal(server) + ")"));
      steps.add(userMapping(server, options));
    }

    script.ifPresent(sc -> steps.addAll(sc.workers));
    for (int i = 1; i <= workers.size() && script.isEmpty(); i++) {
      Node wn = Node.worker(i);
      String section = "tables";
      for (Table t : cp.schema().tables()) {
        TablePlacement tp = cp.placementOf(t.name());
        TableConstraints k = cp.constraintsOf(t.name());
        if (tp.kind() == PlacementKind.LOCAL) {
          continue; // stays on the coordinator
        }
        if (tp.kind() == PlacementKind.REFERENCE) {
          steps.add(DdlStep.of(wn, section, TableDdl.createTable(t, t.name(), k, true, ""),
              TableDdl.existsProbe(t.name())).withComment("copy of reference table " + t.name()));
        } else {
          for (int r : remaindersOf(i, modulus)) {
            String p = partitionName(t.name(), r);
            steps.add(DdlStep.of(wn, section, TableDdl.createTable(t, p, k, true, ""), TableDdl.existsProbe(p))
                .withComment(join("partition " + r + " of " + t.name() + " (hash of " + tp.column() + ", modulus "
                    + modulus + ")", i == 1 ? repairComment(cp, t.name()) : "")));
          }
        }
      }
    }

    String coordTables = "tables";
    if (mode == Mode.EXISTING) {
      List<String> distributed = distributedTables(cp);
      if (!distributed.isEmpty()) {
        steps.add(DdlStep.of(coord, coordTables, "CREATE SCHEMA IF NOT EXISTS " + BEFORE_SCHEMA + ";",
            "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = " + Sql.literal(BEFORE_SCHEMA) + ")")
            .withComment("The original tables of the distributed ones move to schema " + BEFORE_SCHEMA
                + " with their rows; drop it once the move is checked."));
        steps.add(DdlStep.of(coord, coordTables, dropForeignKeysBlock(distributed), allPartitionedProbe(distributed))
            .withComment("A partitioned table with foreign partitions can have no foreign keys on the coordinator;"
                + " the workers enforce them."));
      }
    }
    script.ifPresent(sc -> steps.addAll(sc.coordinator));
    for (Table t : cp.schema().tables()) {
      TablePlacement tp = cp.placementOf(t.name());
      TableConstraints k = cp.constraintsOf(t.name());
      if (tp.kind() == PlacementKind.REFERENCE || tp.kind() == PlacementKind.LOCAL) {
        if (mode == Mode.NEW && script.isEmpty()) {
          steps.add(DdlStep.of(coord, coordTables, TableDdl.createTable(t, t.name(), k, true, ""),
              TableDdl.existsProbe(t.name())));
        }
        continue;
      }
      if (mode == Mode.EXISTING) {
        steps.add(DdlStep.of(coord, coordTables, "ALTER TABLE " + Sql.table(t.name()) + " SET SCHEMA "
                + BEFORE_SCHEMA + ";",
            "SELECT to_regclass(" + Sql.literal(BEFORE_SCHEMA + "." + Sql.ident(Sql.unqualified(t.name()))) + ") IS NOT NULL"));
      }
      if (script.isEmpty()) {
        steps.add(DdlStep.of(coord, coordTables, TableDdl.createTable(t, t.name(), k, false,
                " PARTITION BY HASH (" + Sql.ident(tp.column()) + ")"), partitionedProbe(t.name()))
            .withComment(join("colocation group " + tp.colocationGroup(), repairComment(cp, t.name()))));
      }
      boolean sameName = script.isPresent();
      for (int r = 0; r < modulus; r++) {
        String p = partitionName(t.name(), r);
        steps.add(DdlStep.of(coord, coordTables, "CREATE FOREIGN TABLE " + Sql.table(p) + " PARTITION OF "
                + Sql.table(t.name()) + " FOR VALUES WITH (MODULUS " + modulus + ", REMAINDER " + r + ")\n  SERVER "
                + serverName(workerOf(r, modulus)) + " " + remoteOptions(sameName ? t.name() : p) + ";",
            TableDdl.existsProbe(p)).withComment(r == 0 && sameName ? "colocation group " + tp.colocationGroup()
            + ": partition r of " + t.name() + " is table " + t.name() + " on worker r+1" : ""));
      }
      if (mode == Mode.EXISTING) {
        String cols = t.columns().stream().map(Column::name).map(Sql::ident).collect(Collectors.joining(", "));
        steps.add(DdlStep.of(coord, coordTables, "INSERT INTO " + Sql.table(t.name()) + " (" + cols + ")\n  SELECT "
                + cols + " FROM " + BEFORE_SCHEMA + "." + Sql.ident(Sql.unqualified(t.name())) + ";",
            "SELECT EXISTS (SELECT 1 FROM " + Sql.table(t.name()) + ")")
            .withComment("rows move to the workers' partitions"));
      }
    }
    for (Table t : cp.schema().tables()) {
      if (cp.placementOf(t.name()).kind() != PlacementKind.DISTRIBUTED && mode == Mode.NEW && script.isEmpty()) {
        for (ForeignKey fk : cp.constraintsOf(t.name()).foreignKeys()) {
          steps.add(DdlStep.of(coord, coordTables, TableDdl.addForeignKey(t.name(), fk, fk.referencedTable()),
              TableDdl.constraintProbe(t.name(), TableDdl.foreignKeyName(t.name(), fk))));
        }
      }
    }

    List<Table> references = cp.schema().tables().stream()
        .filter(t -> cp.placementOf(t.name()).kind() == PlacementKind.REFERENCE).toList();
    if (!references.isEmpty()) {
      String section = "reference table copies on the workers";
      for (int i = 1; i <= workers.size(); i++) {
        String schema = serverName(i);
        steps.add(DdlStep.of(coord, section, "CREATE SCHEMA IF NOT EXISTS " + schema + ";",
            "SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = " + Sql.literal(schema) + ")"));
        for (Table t : references) {
          steps.add(DdlStep.of(coord, section, "CREATE FOREIGN TABLE " + schema + "." + Sql.ident(t.name()) + " "
                  + TableDdl.foreignTableColumns(t) + "\n  SERVER " + schema + " " + remoteOptions(t.name()) + ";",
              "SELECT to_regclass(" + Sql.literal(schema + "." + Sql.ident(t.name())) + ") IS NOT NULL"));
        }
      }
      for (Table t : references) {
        for (int i = 1; i <= workers.size(); i++) {
          String copy = serverName(i) + "." + Sql.ident(t.name());
          steps.add(DdlStep.of(coord, section, "INSERT INTO " + copy + " SELECT * FROM " + Sql.table(t.name())
                  + ";", "SELECT EXISTS (SELECT 1 FROM " + copy + ") OR NOT EXISTS (SELECT 1 FROM "
                  + Sql.table(t.name()) + ")")
              .withComment(i == 1 ? "rows the coordinator already holds go to every worker's copy" : ""));
        }
        steps.add(DdlStep.of(coord, section, syncFunction(t, cp.constraintsOf(t.name()), workers.size()),
                "SELECT EXISTS (SELECT 1 FROM pg_proc WHERE proname = " + Sql.literal(syncFunctionName(t.name()))
                    + ")")
            .withComment("writes to " + t.name() + " on the coordinator are repeated on every worker's copy"));
        steps.add(DdlStep.of(coord, section, "CREATE TRIGGER shardplan_copy AFTER INSERT OR UPDATE OR DELETE ON "
                + Sql.table(t.name()) + "\n  FOR EACH ROW EXECUTE FUNCTION " + syncFunctionName(t.name()) + "();",
            "SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(" + Sql.regclass(t.name())
                + ") AND tgname = 'shardplan_copy')"));
      }
    }

    script.ifPresent(sc -> steps.addAll(sc.workerKeys));
    for (int i = 1; i <= workers.size() && script.isEmpty(); i++) {
      Node wn = Node.worker(i);
      String section = "foreign keys";
      for (Table t : cp.schema().tables()) {
        TablePlacement tp = cp.placementOf(t.name());
        for (ForeignKey fk : cp.constraintsOf(t.name()).foreignKeys()) {
          TablePlacement to = cp.placementOf(fk.referencedTable());
          if (tp.kind() == PlacementKind.LOCAL || to.kind() == PlacementKind.LOCAL) {
            continue; // the coordinator holds local tables and their foreign keys
          }
          if (tp.kind() == PlacementKind.REFERENCE) {
            steps.add(DdlStep.of(wn, section, TableDdl.addForeignKey(t.name(), fk, fk.referencedTable()),
                TableDdl.constraintProbe(t.name(), TableDdl.foreignKeyName(t.name(), fk))));
            continue;
          }
          for (int r : remaindersOf(i, modulus)) {
            String p = partitionName(t.name(), r);
            String ref = to.kind() == PlacementKind.REFERENCE ? to.table() : partitionName(to.table(), r);
            steps.add(DdlStep.of(wn, section, TableDdl.addForeignKey(p, fk, ref),
                TableDdl.constraintProbe(p, TableDdl.foreignKeyName(t.name(), fk))));
          }
        }
      }
    }

    List<String> repairs = cp.repairs().stream().map(Violation::repairMessage).toList();
    List<String> notes = new ArrayList<>(scriptNotes);
    script.ifPresent(sc -> notes.addAll(sc.notes));
    notes.add("each distributed table has " + modulus + " hash partitions, remainder r on worker r+1");
    notes.add("keys and foreign keys of distributed tables are enforced on each worker's partitions; rows reach"
        + " them only through the coordinator");
    notes.add("INSERT ... ON CONFLICT (columns) on a distributed table fails through the coordinator (PostgreSQL"
        + " cannot build a unique index over foreign partitions): upsert on the worker that holds the row, or"
        + " UPDATE and then INSERT");
    if (mode == Mode.EXISTING) {
      notes.add("the original tables stay in schema " + BEFORE_SCHEMA + " with their rows until you drop it;"
          + " column defaults and sequences stay with them");
    }
    for (Table t : references) {
      if (cp.constraintsOf(t.name()).primaryKey().isEmpty()) {
        notes.add("reference table " + t.name() + " has no primary key: an update or delete on the coordinator"
            + " changes every identical row of the workers' copies");
      }
    }
    return new DdlPlan(Target.POSTGRES_FDW, mode, cp.placement(), workers, steps, repairs, notes,
        script.map(sc -> sc.warnings).orElse(List.of()));
  }

  private static List<String> distributedTables(CheckedPlacement cp) {
    return cp.placement().tables().stream().filter(tp -> tp.kind() == PlacementKind.DISTRIBUTED)
        .map(TablePlacement::table).toList();
  }

  /** Remainders held by worker {@code i} (1-based). */
  static List<Integer> remaindersOf(int worker, int modulus) {
    List<Integer> out = new ArrayList<>();
    for (int r = 0; r < modulus; r++) {
      if (workerOf(r, modulus) == worker) {
        out.add(r);
      }
    }
    return out;
  }

  static int workerOf(int remainder, int workers) {
    return remainder % workers + 1;
  }

  private static DdlStep userMapping(String server, EmitOptions options) {
    List<String> opts = new ArrayList<>();
    List<String> shown = new ArrayList<>();
    options.workerUser().ifPresent(u -> {
      opts.add("user " + Sql.literal(u));
      shown.add("user " + Sql.literal(u));
    });
    options.workerPassword().ifPresent(p -> {
      opts.add("password " + Sql.literal(p));
      shown.add("password '********'");
    });
    String head = "CREATE USER MAPPING FOR CURRENT_USER SERVER " + server;
    String sql = head + (opts.isEmpty() ? "" : " OPTIONS (" + String.join(", ", opts) + ")") + ";";
    String shownSql = head + (shown.isEmpty() ? "" : " OPTIONS (" + String.join(", ", shown) + ")") + ";";
    String probe = "SELECT EXISTS (SELECT 1 FROM pg_user_mappings WHERE srvname = " + Sql.literal(server)
        + " AND usename = current_user)";
    String comment = options.workerPassword().isPresent() ? ""
        : "no password: the workers must trust this coordinator, or set " + EmitOptions.WORKER_PASSWORD_ENV;
    return new DdlStep(Node.COORDINATOR, "foreign servers", sql, shownSql, probe, comment);
  }

  static String syncFunctionName(String table) {
    return Sql.ident(Sql.shortName("shardplan_copy_" + table));
  }

  private static String syncFunction(Table t, TableConstraints k, int workers) {
    List<String> keyCols = k.primaryKey().isEmpty()
        ? t.columns().stream().map(Column::name).toList() : k.primaryKey();
    String match = keyCols.stream().map(c -> Sql.ident(c) + " IS NOT DISTINCT FROM OLD." + Sql.ident(c))
        .collect(Collectors.joining(" AND "));
    String set = t.columns().stream().map(c -> Sql.ident(c.name()) + " = NEW." + Sql.ident(c.name()))
        .collect(Collectors.joining(", "));
    StringBuilder del = new StringBuilder();
    StringBuilder upd = new StringBuilder();
    StringBuilder ins = new StringBuilder();
    for (int i = 1; i <= workers; i++) {
      String copy = serverName(i) + "." + Sql.ident(t.name());
      del.append("    DELETE FROM ").append(copy).append(" WHERE ").append(match).append(";\n");
      upd.append("    UPDATE ").append(copy).append(" SET ").append(set).append(" WHERE ").append(match).append(";\n");
      ins.append("    INSERT INTO ").append(copy).append(" SELECT NEW.*;\n");
    }
    return "CREATE FUNCTION " + syncFunctionName(t.name()) + "() RETURNS trigger LANGUAGE plpgsql AS $$\n"
        + "BEGIN\n"
        + "  IF TG_OP = 'DELETE' THEN\n" + del
        + "  ELSIF TG_OP = 'UPDATE' THEN\n" + upd
        + "  ELSE\n" + ins
        + "  END IF;\n"
        + "  RETURN NULL;\n"
        + "END $$;";
  }

  static String partitionedProbe(String table) {
    return "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = to_regclass("
        + Sql.regclass(table) + "))";
  }

  private static String allPartitionedProbe(List<String> tables) {
    return "SELECT count(*) = " + tables.size() + " FROM pg_partitioned_table WHERE partrelid::oid IN"
        + " (SELECT to_regclass(n)::oid FROM unnest(ARRAY[" + tables.stream().map(Sql::regclass)
        .collect(Collectors.joining(", ")) + "]) AS n)";
  }

  /** Drops every foreign key from or to one of {@code tables} on the coordinator. */
  private static String dropForeignKeysBlock(List<String> tables) {
    String arr = "ARRAY[" + tables.stream().map(Sql::regclass).collect(Collectors.joining(", ")) + "]";
    return "DO $$\n"
        + "DECLARE\n"
        + "  r record;\n"
        + "BEGIN\n"
        + "  FOR r IN SELECT conrelid::regclass AS tbl, conname FROM pg_constraint\n"
        + "           WHERE contype = 'f' AND (conrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arr
        + ") AS n)\n"
        + "                                 OR confrelid::oid IN (SELECT to_regclass(n)::oid FROM unnest(" + arr
        + ") AS n))\n"
        + "  LOOP\n"
        + "    EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.tbl, r.conname);\n"
        + "  END LOOP;\n"
        + "END $$;";
  }

  private static String repairComment(CheckedPlacement cp, String table) {
    return cp.repairs().stream().filter(v -> v.table().equals(table))
        .map(v -> "repair: " + v.detail() + " — " + v.repair() + " (" + v.rule().text() + ")")
        .collect(Collectors.joining("\n"));
  }

  private static String join(String a, String b) {
    if (a.isEmpty()) {
      return b;
    }
    return b.isEmpty() ? a : a + "\n" + b;
  }
}
