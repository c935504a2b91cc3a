package shardplan.replay.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.apply.Applier;
import shardplan.emitter.apply.ApplyReport;
import shardplan.emitter.apply.Connections;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.WorkerAddress;
import shardplan.partitioner.AdviceOptions;
import shardplan.partitioner.Advisor;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.routing.RoutingModel;
import shardplan.replay.json.BenchJson;
import shardplan.replay.model.BenchPlacement;
import shardplan.replay.model.BenchReport;
import shardplan.replay.model.CitusRouting;
import shardplan.replay.model.LatencySummary;
import shardplan.replay.run.ReplayException;
import shardplan.replay.run.ServerConnections;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Protocol;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.model.GeneratedTransaction;
import shardplan.workloads.model.ScheduledTransaction;
import shardplan.workloads.replay.DataLoader;
import shardplan.workloads.replay.ReplayDriver;
import shardplan.workloads.replay.ReplayResult;

/**
 * A built-in workload under several placements on one cluster, measured against the predictions.
 *
 * <ol>
 *   <li>The workload is generated with its seed: schema, initial rows, and a log of the first
 *       {@code measureTransactions} transactions. The log is analysed and advised on ({@code advised});
 *       the baselines are built from the schema. Each placement's distributed transaction fraction is
 *       predicted on the log's transactions (Citus: the cost model; postgres_fdw: {@link FdwRouting}).</li>
 *   <li>For each placement, on fresh databases of every server: the placement is applied (new
 *       mode), the same initial rows are copied in through the coordinator, and the tables analysed.</li>
 *   <li><b>Measurement pass</b>: the log's transactions run one at a time, each rolled back at
 *       its end, so that every one meets the freshly loaded state and the pass changes nothing. postgres_fdw: each starts with
 *       {@code postgres_fdw_disconnect_all()} and ends, before its rollback, with
 *       {@code postgres_fdw_get_connections()}: the servers it reached, exactly; it is distributed
 *       when it reached more than one. Citus: the pass runs with {@code citus.enable_stat_counters}
 *       on, and {@code citus_stat_counters} gives the multi-shard statements; with
 *       {@code citus.log_remote_commands} on, the coordinator names the worker of every command it
 *       issues ({@link CitusProbe}): the workers each transaction reached.</li>
 *   <li><b>Throughput pass</b>: the same generated transactions (same seed, so the log's come
 *       first) run concurrently, one thread per client session, for {@code duration}.</li>
 * </ol>
 * The measurement pass is kept out of the throughput pass: closing the connections to the workers
 * in every transaction would make it slow.
 */
public final class Bench {
  /**
   * What to bench.
   *
   * @param workload built-in workload name
   * @param scale its scale (0: the workload's default)
   * @param small the workload's reduced cardinalities (fast loads; same shape)
   * @param nodes worker nodes
   * @param target citus or postgres-fdw
   * @param placements names: advised, hashPrimaryKey, expected, replicateAll
   * @param duration length of each throughput pass
   * @param clients concurrent client sessions
   * @param seed workload seed
   * @param measureTransactions transactions of the log: advised on, predicted, measured
   * @param transactions transactions generated for the throughput pass (it ends early if they run out)
   * @param out folder for the workload, bench.json and bench.md
   * @param jdbcUrl an existing coordinator, or null to start a local cluster
   * @param workers the existing cluster's workers, with {@code jdbcUrl}
   */
  public record Options(String workload, int scale, boolean small, int nodes, Target target, List<String> placements,
                        Duration duration, int clients, long seed, int measureTransactions, int transactions,
                        Path out, String jdbcUrl, List<WorkerAddress> workers) {
    public Options {
      Objects.requireNonNull(workload, "workload");
      Objects.requireNonNull(target, "target");
      placements = List.copyOf(placements);
      if (placements.isEmpty()) {
        throw new IllegalArgumentException("--placements names no placement");
      }
      if (nodes < 1 || nodes > 62) {
        throw new IllegalArgumentException("--nodes must be between 1 and 62, was " + nodes);
      }
      if (clients < 1) {
        throw new IllegalArgumentException("--clients must be positive, was " + clients);
      }
      if (measureTransactions < 1 || transactions < measureTransactions) {
        throw new IllegalArgumentException("--measure-transactions must be positive and at most --transactions");
      }
      Objects.requireNonNull(duration, "duration");
      Objects.requireNonNull(out, "out");
      workers = workers == null ? List.of() : List.copyOf(workers);
    }
  }

  private final Options o;
  private final PrintWriter progress;

  public Bench(Options options, PrintWriter progress) {
    this.o = Objects.requireNonNull(options, "options");
    this.progress = Objects.requireNonNull(progress, "progress");
  }

  /** Runs the bench and writes {@code bench.json} and {@code bench.md} into the output folder. */
  public BenchReport run(BenchCluster cluster) throws IOException, SQLException, InterruptedException {
    Workload w = shardplan.workloads.Workloads.byName(o.workload());
    WorkloadOptions wo = WorkloadOptions.DEFAULT.withScale(o.scale()).withSmall(o.small()).withSeed(o.seed())
        .withSessions(o.clients()).withTransactions(o.measureTransactions());
    int scale = wo.scaleFor(w);
    Files.createDirectories(o.out());
    say("generating " + w.name() + " at scale " + scale + " (" + o.measureTransactions() + " logged transactions)");
    GenerationResult gen = WorkloadGenerator.generate(w, wo, o.out().resolve("workload"));
    Schema schema = Analyzer.readSchema(gen.schema());
    WorkloadProfile profile = Analyzer.analyze(schema, List.of(gen.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    Map<String, Placement> placements = placements(schema, profile, gen);
    String loadBefore = Machine.loadAverage();
    say("generating " + o.transactions() + " transactions for the throughput passes");
    List<ScheduledTransaction> all = WorkloadGenerator.transactions(w, wo.withTransactions(o.transactions()));
    List<ScheduledTransaction> logged = all.subList(0, o.measureTransactions());
    List<String> notes = new ArrayList<>();
    List<BenchPlacement> results = new ArrayList<>();
    List<Prepared> prepared = new ArrayList<>();
    RoutingModel routingModel = RoutingModel.of(profile);
    for (Map.Entry<String, Placement> e : placements.entrySet()) {
      String name = e.getKey();
      Placement p = e.getValue();
      Files.writeString(o.out().resolve("placement-" + name + ".json"), PlacementJson.writePlacement(p),
          StandardCharsets.UTF_8);
      double predicted;
      Long predictedMulti = null;
      if (o.target() == Target.POSTGRES_FDW) {
        FdwRouting.Prediction pr = FdwRouting.predict(p, schema, o.nodes(), profile.transactionStream());
        predicted = pr.fraction();
        pr.notes().forEach(n -> addNote(notes, name + ": " + n));
      } else {
        StatementRouting routing = routingModel.evaluate(p);
        predicted = routing.distributedTransactionFraction();
        predictedMulti = routing.citusMultiShardStatements();
        addNote(notes, name + ": the routing model predicts " + routing.citusSingleShardStatements()
            + " single-shard and " + routing.citusMultiShardStatements()
            + " multi-shard statements (as citus_stat_counters counts them) over the logged transactions");
      }
      String db = "shardplan_bench_" + name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
      BenchNodes nodes = cluster.nodes();
      say(name + ": fresh database " + db + ", applying the placement, loading the initial rows");
      nodes.freshDatabase(db);
      if (o.target() == Target.CITUS) {
        nodes.wireCitus(db);
      }
      apply(nodes, db, schema, p);
      load(nodes, db, gen, w);
      ServerConnections coord = nodes.coordinator(db);
      say(name + ": measurement pass over the " + logged.size() + " logged transactions");
      Double measuredFraction = null;
      Long measuredMulti = null;
      MeasuredTransactions cost = new MeasuredTransactions();
      ReplayResult mr;
      if (o.target() == Target.POSTGRES_FDW) {
        mr = ReplayDriver.probe(coord::open, logged, Protocol.EXTENDED, new FdwProbe(cost));
        measuredFraction = cost.fraction();
      } else {
        CitusProbe probe = new CitusProbe(cost);
        mr = ReplayDriver.probe(coord::open, logged, Protocol.EXTENDED, probe);
        measuredFraction = probe.fraction();
        measuredMulti = citusNotes(probe, name, notes);
      }
      if (mr.failedTransactions() > 0) {
        addNote(notes, name + ": " + mr.failedTransactions() + " logged transaction(s) failed in the measurement pass"
            + " and are not in the measured fraction; first: " + mr.failures().get(0));
      }
      if (!cost.distributedByType().isEmpty()) {
        addNote(notes, name + ": measured distributed transactions by type: " + cost.distributedByType());
      }
      prepared.add(new Prepared(name, db, coord, predicted, predictedMulti, measuredFraction, measuredMulti, cost));
    }
    // Throughput passes in two rounds, the second in reverse order (A B … B A), each on its half
    // of the generated transactions for half the duration: the machine's drift and the client's
    // warm-up weigh the same on every placement.
    BenchNodes nodes = cluster.nodes();
    int half = all.size() / 2;
    List<List<ScheduledTransaction>> rounds = List.of(all.subList(0, half), all.subList(half, all.size()));
    Duration each = o.duration().dividedBy(2);
    for (int r = 0; r < 2; r++) {
      List<Prepared> order = new ArrayList<>(prepared);
      if (r == 1) {
        java.util.Collections.reverse(order);
      }
      for (Prepared pp : order) {
        say(pp.name + ": throughput pass " + (r + 1) + " of 2, " + o.clients() + " clients, "
            + String.format(Locale.ROOT, "%.1f", each.toMillis() / 1000.0) + " s");
        ReplayResult tp = ReplayDriver.replayConcurrently(pp.coord::open, rounds.get(r), Protocol.EXTENDED, 3, each,
            (t, nanos, ok) -> pp.time(t, nanos, ok));
        pp.add(tp);
        if (tp.transactions() >= rounds.get(r).size()) {
          addNote(notes, pp.name + ": a throughput pass ran out of generated transactions after "
              + String.format(Locale.ROOT, "%.1f", tp.elapsed().toNanos() / 1e9) + " s; give more with --transactions");
        }
      }
    }
    for (Prepared pp : prepared) {
      for (String line : pp.cost.lines()) {
        addNote(notes, pp.name + ": throughput-pass latency of the logged transactions, by what the measurement"
            + " pass found: " + line);
      }
      LatencySummary ls = pp.latency();
      results.add(new BenchPlacement(pp.name, pp.seconds == 0 ? 0 : pp.transactions / pp.seconds, ls.p50Ms(),
          ls.p95Ms(), ls.p99Ms(), pp.failed, pp.predicted, pp.measuredFraction, pp.predictedMulti, pp.measuredMulti));
      nodes.dropDatabase(pp.db);
    }
    List<String> run = new ArrayList<>();
    run.add("each placement: " + o.duration().toSeconds() + " s of throughput passes with " + o.clients()
        + " client sessions on fresh databases, in two rounds (placements in order, then in reverse order); prediction and measurement over the first " + o.measureTransactions()
        + " transactions (seed " + o.seed() + (o.small() ? ", small cardinalities" : "") + ")");
    run.add(o.target() == Target.POSTGRES_FDW
        ? "distributed fraction measured per transaction with postgres_fdw_disconnect_all() at its start and"
            + " postgres_fdw_get_connections() before its end: the worker servers it reached"
        : "multi-shard statements measured by citus_stat_counters over the logged transactions; distributed"
            + " fraction measured per transaction with citus.log_remote_commands: the workers named by the"
            + " commands the coordinator issued for it");
    run.add(o.target() == Target.POSTGRES_FDW
        ? "predicted distributed fraction: each statement routed as the coordinator prunes PostgreSQL hash partitions"
            + " (one per worker); multi-shard statements are a Citus notion, not predicted or measured here"
        : "predicted: the routing model (statements routed as Citus's router planner does, shards of the bound values)");
    run.add("machine: " + Machine.describe() + "; server: " + serverVersion(cluster.nodes()));
    run.add("load average (1, 5, 15 min) before the first placement: " + loadBefore + "; after the last: "
        + Machine.loadAverage());
    BenchReport report = new BenchReport(w.name(), scale, o.nodes(), o.target().option(), results, run, notes);
    Files.writeString(o.out().resolve("bench.json"), BenchJson.json(report), StandardCharsets.UTF_8);
    Files.writeString(o.out().resolve("bench.md"), BenchJson.markdown(report), StandardCharsets.UTF_8);
    return report;
  }

  private static String serverVersion(BenchNodes nodes) {
    try (Connection c = nodes.coordinator(nodes.adminDatabase()).openOrExplain(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT current_setting('server_version'),"
             + " (SELECT extversion FROM pg_extension WHERE extname = 'citus')")) {
      rs.next();
      return "PostgreSQL " + rs.getString(1) + (rs.getString(2) == null ? "" : ", Citus " + rs.getString(2));
    } catch (SQLException | RuntimeException e) {
      return "version unknown";
    }
  }

  /** The Citus pass's own notes; returns the multi-shard statements Citus counted, or null. */
  private Long citusNotes(CitusProbe probe, String name, List<String> notes) {
    if (probe.unreadable() > 0) {
      addNote(notes, name + ": " + probe.unreadable() + " remote-command notice(s) named no readable server");
    }
    Optional<CitusRouting> counted = probe.counted();
    if (counted.isEmpty()) {
      addNote(notes, name + ": citus_stat_counters cannot be read (Citus 13.1 or later has it)");
    }
    counted.ifPresent(x -> addNote(notes, name + ": citus_stat_counters counted " + x.singleShardStatements()
        + " single-shard and " + x.multiShardStatements() + " multi-shard statements over the logged transactions"));
    return counted.map(CitusRouting::multiShardStatements).orElse(null);
  }

  private Map<String, Placement> placements(Schema schema, WorkloadProfile profile, GenerationResult gen) {
    Map<String, Placement> out = new LinkedHashMap<>();
    int shards = 32;
    for (String raw : o.placements()) {
      String name = raw.strip();
      Placement p = switch (name) {
        case "advised" -> {
          say("advising on the logged transactions for " + o.nodes() + " nodes");
          yield Advisor.advise(profile, AdviceOptions.DEFAULT.withNodes(o.nodes()).withDefaultShardCount(shards))
              .placement(); // the advisor may propose fewer shards where the key has fewer values
        }
        case Baselines.HASH_PRIMARY_KEY -> Baselines.hashPrimaryKey(schema, o.nodes(), shards);
        case Baselines.REPLICATE_ALL -> Baselines.replicateAll(schema, o.nodes(), shards);
        case Baselines.EXPECTED -> Baselines.expected(gen.expectedFile(), schema, o.nodes(), shards);
        default -> throw new IllegalArgumentException("--placements: unknown placement '" + name
            + "' (use advised, hashPrimaryKey, expected, replicateAll)");
      };
      out.put(name, p);
    }
    return out;
  }

  void apply(BenchNodes nodes, String db, Schema schema, Placement p) {
    Connections conns = new Connections(nodes.coordinatorUrl(db), System.getenv());
    EmitOptions eo = o.target() == Target.POSTGRES_FDW ? EmitOptions.fdw(Mode.NEW, nodes.workers(db))
        : EmitOptions.citus(Mode.NEW);
    DdlPlan plan = PlacementEmitter.plan(schema, p, eo);
    StringWriter log = new StringWriter();
    ApplyReport r = new Applier(plan, schema, conns, new PrintWriter(log)).run(true);
    if (!r.ok()) {
      throw new ReplayException("applying the placement to " + db + " failed: " + String.join("; ", r.differences()));
    }
  }

  void load(BenchNodes nodes, String db, GenerationResult gen, Workload w) throws SQLException, IOException {
    try (Connection c = nodes.coordinator(db).openOrExplain()) {
      // one transaction per table: Citus refuses to write a reference table in a transaction that
      // already wrote a distributed table in parallel
      for (String table : w.tables()) {
        DataLoader.copyData(c, gen.dataDir(), List.of(table));
      }
      try (Statement st = c.createStatement()) {
        st.execute("ANALYZE");
      }
    }
    if (o.target() == Target.POSTGRES_FDW) {
      for (WorkerAddress wa : nodes.workers(db)) {
        try (Connection c = nodes.worker(wa, db).openOrExplain(); Statement st = c.createStatement()) {
          st.execute("ANALYZE");
        }
      }
    }
  }

  private final long started = System.nanoTime();

  private void say(String line) {
    progress.println(String.format(Locale.ROOT, "bench [%5.1f s]: ", (System.nanoTime() - started) / 1e9) + line);
    progress.flush();
  }

  private static void addNote(List<String> notes, String n) {
    if (!notes.contains(n)) {
      notes.add(n);
    }
  }

  /** A placement loaded and measured, waiting for its throughput passes, and their sums. */
  private static final class Prepared {
    final String name;
    final String db;
    final ServerConnections coord;
    final double predicted;
    final Long predictedMulti;
    final Double measuredFraction;
    final Long measuredMulti;
    final MeasuredTransactions cost;
    long transactions;
    long failed;
    double seconds;
    private long[] nanos = new long[1024];
    private int n;

    Prepared(String name, String db, ServerConnections coord, double predicted, Long predictedMulti,
             Double measuredFraction, Long measuredMulti, MeasuredTransactions cost) {
      this.cost = cost;
      this.predictedMulti = predictedMulti;
      this.name = name;
      this.db = db;
      this.coord = coord;
      this.predicted = predicted;
      this.measuredFraction = measuredFraction;
      this.measuredMulti = measuredMulti;
    }

    synchronized void time(GeneratedTransaction t, long ns, boolean ok) {
      if (ok) {
        cost.timed(t, ns);
        if (n == nanos.length) {
          nanos = java.util.Arrays.copyOf(nanos, n * 2);
        }
        nanos[n++] = ns;
      }
    }

    void add(ReplayResult r) {
      transactions += r.transactions();
      failed += r.failedTransactions();
      seconds += r.elapsed().toNanos() / 1e9;
    }

    synchronized LatencySummary latency() {
      return LatencySummary.of(nanos, n);
    }
  }

  /** The per-transaction probe of the postgres_fdw measurement pass. */
  static final class FdwProbe implements ReplayDriver.TransactionProbe {
    private final MeasuredTransactions cost;

    FdwProbe(MeasuredTransactions cost) {
      this.cost = cost;
    }

    @Override
    public void begin(Connection c) throws SQLException {
      try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery("SELECT postgres_fdw_disconnect_all()")) {
        rs.next();
      }
    }

    @Override
    public void end(Connection c, ScheduledTransaction t) throws SQLException {
      int servers = 0;
      try (Statement st = c.createStatement();
           ResultSet rs = st.executeQuery("SELECT count(*) FROM postgres_fdw_get_connections()")) {
        if (rs.next()) {
          servers = rs.getInt(1);
        }
      }
      cost.measured(t.transaction(), servers > 1);
    }
  }

}
