package shardplan.emitter.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.routing.RoutingModel;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.replay.ConnectionSource;
import shardplan.workloads.replay.ReplayDriver;
import shardplan.workloads.replay.ReplayResult;

/**
 * The routing model checked against Citus itself, shared by the local-cluster and the
 * Testcontainers tests: apply a workload's expert placement to an empty Citus database, load its
 * rows, replay the transactions its generated log holds (each statement with its parameters, in
 * its transaction, on its session's connection), and compare the single-shard and multi-shard
 * statement counts the model predicts from the log with what {@code citus_stat_counters}
 * counted meanwhile, within 1 %.
 *
 * <p>Citus counts one execution of a Citus plan after it succeeded: one task is
 * {@code query_execution_single_shard} (router statements, reference reads and writes), several
 * tasks {@code query_execution_multi_shard}; BEGIN/COMMIT and plain PostgreSQL tables are not
 * counted ({@link StatementRouting#citusSingleShardStatements()}).
 */
final class CitusRoutingCheck {
  static final int SHARDS = 8;
  /** Enough statements that 1 % is a few dozen, few enough that the replay takes seconds. */
  private static final Map<String, Integer> TRANSACTIONS = Map.of("tpcc", 100, "store", 300);

  private CitusRoutingCheck() {
  }

  /** The options of the check's run of {@code workload}. */
  static WorkloadOptions options(String workload) {
    return WorkloadOptions.DEFAULT.withTransactions(TRANSACTIONS.get(workload))
        .withScale("tpcc".equals(workload) ? 2 : WorkloadOptions.DEFAULT.scale())
        .withSmall(true).withSessions(4).withSeed(7);
  }

  /** Turns Citus's statement counters on for every later session of {@code db} (as a superuser). */
  static void enableStatCounters(Connection coordinator, String db) throws Exception {
    try (Statement st = coordinator.createStatement()) {
      st.execute("ALTER DATABASE \"" + db + "\" SET citus.enable_stat_counters = on");
    }
  }

  /**
   * Runs the check on a Citus database whose workers are registered and whose stat counters are
   * on ({@link #enableStatCounters}).
   *
   * @param coordinator new connections to the database on the coordinator
   * @param connections the same, for the applier
   * @param workers worker nodes holding shards
   */
  static StatementRouting check(String workload, Path dir, ConnectionSource coordinator, Connections connections,
                                int workers) throws Exception {
    WorkloadOptions options = options(workload);
    long t0 = System.nanoTime();
    TpccDatabase db = new TpccDatabase(workload, options, dir.resolve(workload + "-data"));
    Placement placement = db.expertPlacement(workers, SHARDS);
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(PlacementEmitter.plan(db.schema, placement, EmitOptions.citus(Mode.NEW)),
        db.schema, connections, new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    try (Connection c = coordinator.open()) {
      db.load(c);
    }

    long t1 = System.nanoTime();
    GenerationResult g = WorkloadGenerator.generate(workload, options.withWriteData(false),
        dir.resolve(workload + "-log"));
    WorkloadProfile profile = Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()),
        AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    StatementRouting predicted = RoutingModel.of(profile).evaluate(placement);

    long t2 = System.nanoTime();
    long[] before = counters(coordinator);
    ReplayResult replay = ReplayDriver.replay(coordinator,
        WorkloadGenerator.transactions(Workloads.byName(workload), options));
    long[] after = counters(coordinator);
    long t3 = System.nanoTime();
    long single = after[0] - before[0];
    long multi = after[1] - before[1];
    System.out.printf("%s: load and place %d ms, generate and analyse %d ms, replay %d ms%n", workload,
        (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, (t3 - t2) / 1_000_000);
    System.out.printf("%s: predicted single-shard %d (single %d + reference reads %d + reference writes %d),"
            + " multi-shard %d, local %d, unsupported %d, uncertain %d; citus_stat_counters single-shard %d,"
            + " multi-shard %d; %d statements replayed%n", workload, predicted.citusSingleShardStatements(),
        predicted.singleShardStatements(), predicted.referenceReadStatements(), predicted.referenceWriteStatements(),
        predicted.multiShardStatements(), predicted.localStatements(), predicted.unsupportedStatements(),
        predicted.uncertainStatements(), single, multi, replay.statements());

    assertThat(replay.failedStatements()).as("failed statements are not counted by Citus: " + replay.failures())
        .isZero();
    assertThat(predicted.unsupportedStatements()).isZero();
    assertThat(predicted.uncertainStatements()).isZero();
    assertThat(predicted.statements()).as("every replayed statement touches a table").isEqualTo(replay.statements());
    assertWithinOnePercent("single-shard", predicted.citusSingleShardStatements(), single);
    assertWithinOnePercent("multi-shard", predicted.citusMultiShardStatements(), multi);
    return predicted;
  }

  private static void assertWithinOnePercent(String what, long predicted, long measured) {
    assertThat((double) predicted).as(what + " statements: predicted " + predicted + ", Citus counted " + measured)
        .isCloseTo(measured, org.assertj.core.data.Offset.offset(0.01 * measured));
  }

  /** {@code query_execution_single_shard} and {@code query_execution_multi_shard} of the database. */
  private static long[] counters(ConnectionSource coordinator) throws Exception {
    try (Connection c = coordinator.open(); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT query_execution_single_shard, query_execution_multi_shard"
             + " FROM citus_stat_counters WHERE name = current_database()")) {
      return rs.next() ? new long[] {rs.getLong(1), rs.getLong(2)} : new long[] {0, 0};
    }
  }
}
