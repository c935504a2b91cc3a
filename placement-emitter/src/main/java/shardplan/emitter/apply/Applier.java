package shardplan.emitter.apply;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.ScriptRenderer;
import shardplan.emitter.fdw.FdwEmitter;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Node;
import shardplan.emitter.model.Target;
import shardplan.emitter.readback.CitusReadback;
import shardplan.emitter.readback.FdwReadback;
import shardplan.emitter.readback.ObservedTable;
import shardplan.emitter.readback.PlacementDiff;
import shardplan.emitter.sql.Sql;
import shardplan.partitioner.model.PlacementKind;

/**
 * Runs a plan on a cluster, statement by statement, and checks the result.
 *
 * <ul>
 *   <li>Each statement first runs its probe; what is already in place is skipped, so a run
 *       that stopped at an error can be repeated after the fix.</li>
 *   <li>Without {@code execute} nothing is changed: the probes (read-only) say what would run.</li>
 *   <li>The first failing statement stops the run: the statement and the server's message are
 *       reported, with how many statements ran before it.</li>
 *   <li>After the run the placement is read back from the catalogs and compared; in
 *       {@code existing} mode every table's row count and checksum are taken before and after,
 *       and any change is an error. On postgres-fdw every worker's copy of a reference table
 *       must match the coordinator's.</li>
 * </ul>
 */
public final class Applier {
  private final DdlPlan plan;
  private final Schema schema;
  private final Connections connections;
  private final PrintWriter out;

  public Applier(DdlPlan plan, Schema schema, Connections connections, PrintWriter out) {
    this.plan = Objects.requireNonNull(plan, "plan");
    this.schema = Objects.requireNonNull(schema, "schema");
    this.connections = Objects.requireNonNull(connections, "connections");
    this.out = Objects.requireNonNull(out, "out");
  }

  /**
   * Applies the plan ({@code execute}) or says what applying it would do.
   *
   * @throws ApplyException on the first failed statement, an unreachable server, a placement
   *                        read back that differs, or rows that changed
   */
  public ApplyReport run(boolean execute) {
    Map<Node, Connection> conns = new LinkedHashMap<>();
    try {
      conns.put(Node.COORDINATOR, connections.coordinator());
      for (int i = 1; i <= plan.workers().size(); i++) {
        conns.put(Node.worker(i), connections.worker(plan.workers().get(i - 1)));
      }
      return run(execute, conns);
    } finally {
      for (Connection c : conns.values()) {
        try {
          c.close();
        } catch (SQLException ignored) {
          // closing is best effort
        }
      }
    }
  }

  private ApplyReport run(boolean execute, Map<Node, Connection> conns) {
    Connection coordinator = conns.get(Node.COORDINATOR);
    out.println("apply: " + plan.target().option() + ", " + plan.mode().name().toLowerCase(java.util.Locale.ROOT)
        + " tables, " + plan.steps().size() + " statements, coordinator " + connections.coordinatorLabel()
        + (plan.workers().isEmpty() ? "" : ", " + plan.workers().size() + " workers"));
    for (String r : plan.repairs()) {
      out.println("repair: " + r);
    }
    for (String w : plan.warnings()) {
      out.println("warning: " + w);
    }
    preflight(coordinator);
    Map<String, TableFingerprint> before = null;
    if (plan.mode() == Mode.EXISTING && execute) {
      before = fingerprintsBefore(coordinator);
      long rows = before.values().stream().mapToLong(TableFingerprint::rows).sum();
      out.println("rows before: " + rows + " in " + before.size() + " tables (count and checksum per table kept)");
    }
    long started = System.nanoTime();
    int ran = 0;
    int skipped = 0;
    int pending = 0;
    int n = plan.steps().size();
    List<ApplyReport.StatementOutcome> outcomes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      DdlStep s = plan.steps().get(i);
      Connection c = conns.get(s.node());
      String node = ScriptRenderer.nodeLabel(plan, s.node());
      String where = "[" + (i + 1) + "/" + n + "] " + node + ", " + s.section()
          + ": " + firstLine(s.shown());
      if (inPlace(c, s)) {
        skipped++;
        outcomes.add(new ApplyReport.StatementOutcome(i + 1, node, s.section(), s.shown(), ApplyReport.Status.SKIPPED,
            null));
        out.println(where + "  -- in place, skipped");
        continue;
      }
      if (!execute) {
        pending++;
        outcomes.add(new ApplyReport.StatementOutcome(i + 1, node, s.section(), s.shown(),
            ApplyReport.Status.WOULD_RUN, null));
        out.println(where + "  -- would run");
        continue;
      }
      try (Statement st = c.createStatement()) {
        st.execute(s.sql());
      } catch (SQLException e) {
        out.println("failed statement (" + node + "):");
        out.println(s.shown());
        out.flush();
        String why = Connections.firstLine(e.getMessage());
        outcomes.add(new ApplyReport.StatementOutcome(i + 1, node, s.section(), s.shown(), ApplyReport.Status.FAILED,
            why));
        String line = "statement " + (i + 1) + " of " + n + " failed on " + node + ": " + why
            + " (" + ran + " ran and " + skipped + " were in place before it; nothing after it ran;"
            + " fix the cause and re-run: what is in place is skipped)";
        throw new ApplyException(line, e, new ApplyReport(true, ran, skipped, 0, List.of(), List.of(), outcomes,
            List.of(), line));
      }
      ran++;
      outcomes.add(new ApplyReport.StatementOutcome(i + 1, node, s.section(), s.shown(), ApplyReport.Status.RAN, null));
      out.println(where + "  -- done");
      out.flush();
    }
    if (!execute) {
      out.println("dry run: nothing changed; " + pending + " statements would run, " + skipped
          + " are in place. Add --yes to apply.");
      out.flush();
      return new ApplyReport(false, 0, skipped, pending, List.of(), List.of(), outcomes, List.of(), null);
    }
    out.println("statements: " + ran + " ran, " + skipped + " were in place ("
        + String.format(java.util.Locale.ROOT, "%.1f", (System.nanoTime() - started) / 1e9) + " s)");
    List<String> differences = readBack(conns);
    if (differences.isEmpty()) {
      out.println("read back: the cluster holds the placement asked for (" + plan.placement().tables().size()
          + " tables)");
    } else {
      out.println("read back: " + differences.size() + " difference(s) from the placement asked for:");
      differences.forEach(d -> out.println("  " + d));
    }
    List<String> rowChanges = new ArrayList<>();
    List<ApplyReport.RowCheck> rowChecks = new ArrayList<>();
    if (before != null) {
      Map<String, TableFingerprint> after = TableFingerprint.ofAll(coordinator, schema);
      rowChanges.addAll(TableFingerprint.differences(before, after));
      for (Map.Entry<String, TableFingerprint> e : before.entrySet()) {
        TableFingerprint a = after.get(e.getKey());
        rowChecks.add(new ApplyReport.RowCheck(e.getKey(), "before/after", e.getValue().rows(),
            a == null ? -1 : a.rows(), a != null && a.checksum().equals(e.getValue().checksum())));
      }
      if (rowChanges.isEmpty()) {
        out.println("rows after: every table has the same row count and checksum as before");
      }
    }
    if (plan.target() == Target.POSTGRES_FDW) {
      rowChanges.addAll(referenceCopyDifferences(conns, rowChecks));
    }
    if (!rowChanges.isEmpty()) {
      out.println("rows: " + rowChanges.size() + " table(s) changed:");
      rowChanges.forEach(d -> out.println("  " + d));
    }
    out.flush();
    String failure = null;
    if (!rowChanges.isEmpty()) {
      failure = "rows changed during the move: " + rowChanges.get(0)
          + (rowChanges.size() > 1 ? " (and " + (rowChanges.size() - 1) + " more)" : "");
    } else if (!differences.isEmpty()) {
      failure = "the placement read back differs from the one asked for: " + differences.get(0)
          + (differences.size() > 1 ? " (and " + (differences.size() - 1) + " more)" : "");
    }
    ApplyReport report = new ApplyReport(true, ran, skipped, 0, differences, rowChanges, outcomes, rowChecks, failure);
    if (failure != null) {
      throw new ApplyException(failure, null, report);
    }
    return report;
  }

  /**
   * Row fingerprints of the tables as they were: on postgres-fdw a run that stopped after
   * moving a table aside has its rows in {@link FdwEmitter#BEFORE_SCHEMA} until they are copied.
   */
  private Map<String, TableFingerprint> fingerprintsBefore(Connection coordinator) {
    Map<String, TableFingerprint> out = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      String relation = Sql.table(t.name());
      if (plan.target() == Target.POSTGRES_FDW) {
        String moved = FdwEmitter.BEFORE_SCHEMA + "." + Sql.table(t.name());
        boolean partitioned = query(coordinator, "SELECT EXISTS (SELECT 1 FROM pg_partitioned_table WHERE partrelid = "
            + "to_regclass(" + Sql.regclass(t.name()) + "))").equals("t");
        if (partitioned && query(coordinator, "SELECT to_regclass(" + Sql.literal(moved) + ") IS NOT NULL").equals("t")
            && !holdsRows(coordinator, relation)) {
          relation = moved;
        }
      }
      try {
        out.put(t.name(), TableFingerprint.of(coordinator, t, relation));
      } catch (SQLException e) {
        throw new ApplyException("cannot count the rows of " + t.name() + ": " + Connections.firstLine(e.getMessage()),
            e);
      }
    }
    return out;
  }

  /** Whether a relation can be read and has a row (a partition whose worker table is missing cannot). */
  private static boolean holdsRows(Connection c, String relation) {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM " + relation
        + ")")) {
      return rs.next() && rs.getBoolean(1);
    } catch (SQLException e) {
      return false;
    }
  }

  private void preflight(Connection coordinator) {
    if (plan.target() == Target.CITUS) {
      if (query(coordinator, "SELECT count(*) FROM pg_extension WHERE extname = 'citus'").equals("0")) {
        throw new ApplyException("the coordinator at " + connections.coordinatorLabel() + " has no citus extension"
            + " (CREATE EXTENSION citus there, or use --target postgres-fdw)");
      }
    }
    if (plan.mode() == Mode.NEW) {
      for (Table t : schema.tables()) {
        String reg = "to_regclass(" + Sql.regclass(t.name()) + ")";
        boolean clash;
        if (plan.placement().table(t.name()).orElseThrow().kind() == PlacementKind.LOCAL) {
          clash = false; // a local table keeps its rows where they are
        } else if (plan.target() == Target.CITUS) {
          clash = query(coordinator, "SELECT " + reg + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_dist_partition"
              + " WHERE logicalrelid = " + reg + ")").equals("t") && holdsRows(coordinator, Sql.table(t.name()));
        } else {
          clash = plan.placement().table(t.name()).orElseThrow().kind() == PlacementKind.DISTRIBUTED
              && query(coordinator, "SELECT " + reg + " IS NOT NULL AND NOT EXISTS (SELECT 1 FROM pg_partitioned_table"
              + " WHERE partrelid = " + reg + ")").equals("t");
        }
        if (clash) {
          throw new ApplyException("new mode: table " + t.name() + " already exists on the coordinator as an ordinary"
              + " table" + (plan.target() == Target.CITUS ? " with rows" : "") + "; use --mode existing to move it"
              + " with its rows (nothing was changed)");
        }
      }
    }
    if (plan.mode() == Mode.EXISTING) {
      for (Table t : schema.tables()) {
        if (query(coordinator, "SELECT to_regclass(" + Sql.regclass(t.name()) + ") IS NOT NULL").equals("f")) {
          throw new ApplyException("existing mode: table " + t.name() + " does not exist on the coordinator"
              + " (use --mode new to create the tables)");
        }
      }
    }
  }

  private List<String> readBack(Map<Node, Connection> conns) {
    Map<String, ObservedTable> observed;
    int shards;
    if (plan.target() == Target.CITUS) {
      observed = CitusReadback.read(conns.get(Node.COORDINATOR), schema);
      shards = plan.placement().shardCount();
    } else {
      List<Connection> workers = new ArrayList<>();
      for (int i = 1; i <= plan.workers().size(); i++) {
        workers.add(conns.get(Node.worker(i)));
      }
      observed = FdwReadback.read(conns.get(Node.COORDINATOR), workers, schema);
      shards = plan.workers().size();
    }
    return PlacementDiff.compare(plan.placement(), observed, shards, plan.target() == Target.CITUS);
  }

  private List<String> referenceCopyDifferences(Map<Node, Connection> conns, List<ApplyReport.RowCheck> checks) {
    List<String> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      if (plan.placement().table(t.name()).orElseThrow().kind() != PlacementKind.REFERENCE) {
        continue;
      }
      try {
        TableFingerprint main = TableFingerprint.of(conns.get(Node.COORDINATOR), t, Sql.table(t.name()));
        for (int i = 1; i <= plan.workers().size(); i++) {
          TableFingerprint copy = TableFingerprint.of(conns.get(Node.worker(i)), t, Sql.table(t.name()));
          checks.add(new ApplyReport.RowCheck(t.name(), "worker " + i + " copy", main.rows(), copy.rows(),
              copy.checksum().equals(main.checksum())));
          if (!copy.equals(main)) {
            out.add(t.name() + ": the copy on worker " + i + " has " + copy.rows() + " rows"
                + (copy.rows() == main.rows() ? " with another checksum" : "") + ", the coordinator " + main.rows());
          }
        }
      } catch (SQLException e) {
        out.add(t.name() + ": cannot compare the workers' copies: " + Connections.firstLine(e.getMessage()));
      }
    }
    return out;
  }

  /** Whether the step's probe says it is in place; a probe that cannot run means it is not. */
  private static boolean inPlace(Connection c, DdlStep s) {
    if (s.doneProbe() == null) {
      return false;
    }
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(s.doneProbe())) {
      return rs.next() && rs.getBoolean(1);
    } catch (SQLException e) {
      return false;
    }
  }

  private static String query(Connection c, String sql) {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      String v = rs.getString(1);
      return v == null ? "" : v;
    } catch (SQLException e) {
      throw new ApplyException("cannot query the coordinator: " + Connections.firstLine(e.getMessage()), e);
    }
  }

  private static String firstLine(String sql) {
    String line = sql.lines().findFirst().orElse("");
    return sql.contains("\n") ? line + " ..." : line;
  }
}
