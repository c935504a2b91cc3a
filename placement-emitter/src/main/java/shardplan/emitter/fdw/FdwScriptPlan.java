package shardplan.emitter.fdw;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import shardplan.analyzer.model.Table;
import shardplan.emitter.check.CheckedPlacement;
import shardplan.emitter.citus.CitusEmitter;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Node;
import shardplan.emitter.sql.ParsedScript;
import shardplan.emitter.sql.SchemaSteps;
import shardplan.emitter.sql.ScriptStatement;
import shardplan.emitter.sql.ScriptStatement.Kind;
import shardplan.emitter.sql.Sql;
import shardplan.emitter.sql.TableDdl;
import shardplan.partitioner.model.PlacementKind;

/**
 * New tables for postgres_fdw from the user's script, nothing lost.
 *
 * <ul>
 *   <li>Every worker runs the script as written: each table there is the partition (or the
 *       reference copy) it holds, with the same indexes, constraints, defaults and checks, and
 *       the types, functions and extensions they need. Its foreign keys run last, and its own
 *       triggers are disabled there: the coordinator fires them, once.</li>
 *   <li>The coordinator runs the script as written except where a partitioned table with foreign
 *       partitions cannot hold it; each such change is commented in place: a distributed
 *       table's {@code CREATE TABLE} gets {@code PARTITION BY HASH}, and its primary key, unique
 *       and exclusion constraints, unique indexes and foreign keys are left to the workers.
 *       Sequences, defaults, identity, generated columns, checks, triggers, views and the
 *       non-unique indexes stay on the coordinator, so inserts through it keep working.</li>
 * </ul>
 */
final class FdwScriptPlan {
  private static final Pattern INLINE_KEYS = Pattern.compile("(?is).*\\b(PRIMARY\\s+KEY|UNIQUE|REFERENCES|EXCLUDE)\\b.*");

  private FdwScriptPlan() {
  }

  /**
   * The script's steps, or empty when a distributed table's keys are written inside its
   * {@code CREATE TABLE}, or something follows its column list (the coordinator's partitioned
   * table could not be created from it; the model's tables are used then, with a note).
   */
  static Optional<Steps> plan(CheckedPlacement cp, ParsedScript script, int workers) {
    Set<String> placed = new LinkedHashSet<>();
    cp.schema().tables().forEach(t -> placed.add(t.name()));
    for (ScriptStatement st : script.statements()) {
      if (st.kind() == Kind.CREATE_TABLE && isDistributed(cp, st.table())
          && (INLINE_KEYS.matcher(st.text()).matches() || !endsWithColumnList(st.text()))) {
        return Optional.empty();
      }
    }
    List<String> names = List.copyOf(placed);
    Set<String> triggerTables = new TreeSet<>();
    List<ScriptStatement> workerScript = new ArrayList<>();
    List<ScriptStatement> foreignKeys = new ArrayList<>();
    StringBuilder coordSql = new StringBuilder();
    StringBuilder coordShown = new StringBuilder();
    int changed = 0;
    for (ScriptStatement st : script.statements()) {
      if (st.kind() == Kind.CREATE_TRIGGER && placed.contains(st.table())) {
        triggerTables.add(st.table());
      }
      boolean fk = st.kind() == Kind.ADD_CONSTRAINT && st.constraint().equals("FOREIGN KEY")
          && placed.contains(st.table());
      if (fk) {
        foreignKeys.add(st);
      } else {
        workerScript.add(st);
      }
      String change = coordinatorChange(cp, st, fk);
      if (change == null) {
        append(coordSql, coordShown, st.sql());
      } else if (change.startsWith("+")) {
        changed++;
        String text = st.text() + "\nPARTITION BY HASH (" + Sql.ident(cp.placementOf(st.table()).column()) + ");";
        append(coordSql, coordShown, "-- shardplan: " + change.substring(1) + "\n" + text);
      } else {
        changed++;
        String out = "-- shardplan: left out on the coordinator (line " + st.line() + "): " + change + "\n"
            + st.sql().lines().map(l -> "-- " + l).reduce((a, b) -> a + "\n" + b).orElse("");
        append(coordSql, coordShown, out);
      }
    }
    Steps out = new Steps();
    String probe = "SELECT " + names.stream().map(t -> "to_regclass(" + Sql.regclass(t) + ") IS NOT NULL")
        .reduce((a, b) -> a + " AND " + b).orElse("true");
    String reset = "\n\n-- the script's session settings (search_path and others) end here\nRESET ALL;";
    out.coordinator.add(new DdlStep(Node.COORDINATOR, "the schema as written", "BEGIN;\n" + coordSql + "\nCOMMIT;"
        + reset, coordShown + reset, probe, "the schema as given (" + script.source() + "), run as one transaction: "
        + script.statements().size() + " statements, " + changed + " of them changed or left out for the"
        + " coordinator's partitioned tables, each marked below with a shardplan comment"));
    List<String> locals = names.stream().filter(t -> cp.placementOf(t).kind() == PlacementKind.LOCAL).toList();
    List<String> onWorkers = names.stream().filter(t -> !locals.contains(t)).toList();
    for (int i = 1; i <= workers; i++) {
      Node w = Node.worker(i);
      String section = "the schema as written";
      out.workers.add(SchemaSteps.asWritten(w, section, script, workerScript, onWorkers, foreignKeys.isEmpty() ? ""
          : "; its " + foreignKeys.size() + " foreign keys follow once the tables are in place"
          + "; each table here holds this worker's partition of a distributed table or a copy of a reference table"));
      for (String t : locals) {
        out.workers.add(DdlStep.of(w, "local tables", "DROP TABLE " + Sql.table(t) + " CASCADE;",
            "SELECT to_regclass(" + Sql.regclass(t) + ") IS NULL")
            .withComment(t.equals(locals.get(0)) ? "local tables stay on the coordinator: the script made them here"
                + " too, with what depends on them here" : ""));
      }
      for (Table t : cp.schema().tables()) {
        out.workers.addAll(CitusEmitter.widenKeys(cp, t, w, "widen keys to include the distribution column"));
      }
      for (String[] identity : alwaysIdentities(script, placed)) {
        String t = identity[0];
        String col = identity[1];
        out.workers.add(DdlStep.of(w, "identity columns", "ALTER TABLE " + Sql.table(t) + " ALTER COLUMN "
                + Sql.ident(col) + " SET GENERATED BY DEFAULT;",
                "SELECT EXISTS (SELECT 1 FROM pg_attribute WHERE attrelid = to_regclass(" + Sql.regclass(t)
                    + ") AND attname = " + Sql.literal(col) + " AND attidentity = 'd')")
            .withComment("the coordinator draws " + t + "." + col + " from its own identity sequence (GENERATED ALWAYS"
                + " there); the copy here must accept the values it sends"));
      }
      for (String t : triggerTables) {
        out.workers.add(DdlStep.of(w, "triggers", "ALTER TABLE " + Sql.table(t) + " DISABLE TRIGGER USER;",
                "SELECT NOT EXISTS (SELECT 1 FROM pg_trigger WHERE tgrelid = to_regclass(" + Sql.regclass(t)
                    + ") AND NOT tgisinternal AND tgenabled <> 'D')")
            .withComment("the coordinator fires the triggers of " + t + "; its copy here must not fire them again"));
      }
      for (ScriptStatement st : foreignKeys) {
        if (touchesLocal(cp, st)) {
          continue;
        }
        boolean kept = cp.constraintsOf(st.table()).foreignKeys().stream()
            .anyMatch(k -> TableDdl.foreignKeyName(st.table(), k).equals(st.name()));
        if (kept) {
          out.workerKeys.add(DdlStep.of(w, "foreign keys", st.sql(), TableDdl.constraintProbe(st.table(), st.name()))
              .withComment(i == 1 ? "as written (" + script.source() + " line " + st.line() + "), between the tables"
                  + " of this worker" : ""));
        } else {
          out.workerKeys.add(SchemaSteps.leftOut(w, "foreign keys", st, leftOutReason(cp, st)));
        }
      }
    }
    out.notes.addAll(script.notes());
    out.warnings.addAll(script.warnings());
    out.notes.add("each worker holds the whole schema as written; a distributed table there holds the worker's"
        + " partition, under the table's own name");
    return Optional.of(out);
  }

  private static final Pattern ADD_ALWAYS_IDENTITY = Pattern.compile(
      "(?is).*\\bALTER\\s+COLUMN\\s+(\"(?:[^\"]|\"\")+\"|[\\w$]+)\\s+ADD\\s+GENERATED\\s+ALWAYS\\s+AS\\s+IDENTITY\\b.*");

  /** {table, column} of every {@code GENERATED ALWAYS AS IDENTITY} column pg_dump adds to a placed table. */
  static List<String[]> alwaysIdentities(ParsedScript script, Set<String> placed) {
    List<String[]> out = new ArrayList<>();
    for (ScriptStatement st : script.statements()) {
      if (!placed.contains(st.table())) {
        continue;
      }
      java.util.regex.Matcher m = ADD_ALWAYS_IDENTITY.matcher(st.text());
      if (st.text().stripLeading().regionMatches(true, 0, "ALTER", 0, 5) && m.matches()) {
        String c = m.group(1);
        String col = c.startsWith("\"") ? c.substring(1, c.length() - 1).replace("\"\"", "\"")
            : c.toLowerCase(java.util.Locale.ROOT);
        out.add(new String[] {st.table(), col});
      }
    }
    return out;
  }

  /** Null to keep the statement; {@code +why} to partition it; else why it is left out on the coordinator. */
  private static String coordinatorChange(CheckedPlacement cp, ScriptStatement st, boolean foreignKey) {
    switch (st.kind()) {
      case CREATE_TABLE -> {
        return isDistributed(cp, st.table()) ? "+hash-partitioned by " + cp.placementOf(st.table()).column()
            + " (placement); its partitions are foreign tables on the workers" : null;
      }
      case ADD_CONSTRAINT -> {
        if (foreignKey) {
          boolean referencesDistributed = cp.constraintsOf(st.table()).foreignKeys().stream()
              .filter(k -> TableDdl.foreignKeyName(st.table(), k).equals(st.name()))
              .anyMatch(k -> isDistributed(cp, k.referencedTable()));
          if (isDistributed(cp, st.table()) || referencesDistributed) {
            return "a foreign key of a distributed table; the workers enforce it between their partitions";
          }
          boolean kept = cp.constraintsOf(st.table()).foreignKeys().stream()
              .anyMatch(k -> TableDdl.foreignKeyName(st.table(), k).equals(st.name()));
          return kept ? null : leftOutReason(cp, st);
        }
        if (isDistributed(cp, st.table()) && !st.constraint().equals("CHECK")) {
          return "PostgreSQL cannot build the index of a " + st.constraint() + " constraint over foreign partitions; each worker"
              + " enforces it on its partition";
        }
        return null;
      }
      case CREATE_INDEX -> {
        if (isDistributed(cp, st.table()) && st.constraint().equals("UNIQUE")) {
          return "PostgreSQL cannot build a unique index over foreign partitions; each worker has it on its partition";
        }
        return null;
      }
      default -> {
        return null;
      }
    }
  }

  private static String leftOutReason(CheckedPlacement cp, ScriptStatement st) {
    return CitusEmitter.droppedReason(cp, st);
  }

  /** Whether nothing follows the column list of a CREATE TABLE (no INHERITS, WITH, PARTITION BY, ...). */
  static boolean endsWithColumnList(String text) {
    String t = text.stripTrailing();
    int open = t.indexOf('(');
    if (open < 0 || !t.endsWith(")")) {
      return false;
    }
    int depth = 0;
    char quote = 0;
    for (int i = open; i < t.length(); i++) {
      char ch = t.charAt(i);
      if (quote != 0) {
        if (ch == quote) {
          quote = 0;
        }
        continue;
      }
      if (ch == '\'' || ch == '"') {
        quote = ch;
      } else if (ch == '(') {
        depth++;
      } else if (ch == ')') {
        depth--;
        if (depth == 0) {
          return i == t.length() - 1;
        }
      }
    }
    return false;
  }

  /** Whether the foreign key added by {@code st} starts or ends at a local table (which the workers do not hold). */
  private static boolean touchesLocal(CheckedPlacement cp, ScriptStatement st) {
    if (isLocal(cp, st.table())) {
      return true;
    }
    return cp.schema().table(st.table()).map(t -> t.foreignKeys().stream()
        .filter(k -> TableDdl.foreignKeyName(st.table(), k).equals(st.name()))
        .anyMatch(k -> isLocal(cp, k.referencedTable()))).orElse(false);
  }

  private static boolean isLocal(CheckedPlacement cp, String table) {
    return cp.schema().table(table).isPresent() && cp.placementOf(table).kind() == PlacementKind.LOCAL;
  }

  private static boolean isDistributed(CheckedPlacement cp, String table) {
    return cp.schema().table(table).isPresent()
        && cp.placementOf(table).kind() == PlacementKind.DISTRIBUTED;
  }

  private static void append(StringBuilder sql, StringBuilder shown, String text) {
    if (sql.length() > 0) {
      sql.append("\n\n");
      shown.append("\n\n");
    }
    sql.append(text);
    shown.append(text);
  }

  /** What the script gives each node. */
  static final class Steps {
    final List<DdlStep> coordinator = new ArrayList<>();
    final List<DdlStep> workers = new ArrayList<>();
    final List<DdlStep> workerKeys = new ArrayList<>();
    final List<String> notes = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();
  }

}
