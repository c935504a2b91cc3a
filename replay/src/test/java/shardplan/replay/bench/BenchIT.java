package shardplan.replay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.log.LogOptions;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.model.Target;
import shardplan.partitioner.cost.Baselines;
import shardplan.replay.model.BenchPlacement;
import shardplan.replay.model.BenchReport;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.run.LogReplayer;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;

/**
 * {@code bench} on three PostgreSQL servers (a postgres_fdw coordinator and two workers), a run
 * of seconds that checks the mechanics; then a replay during which a worker is stopped.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BenchIT {
  private Path dir;
  private BenchCluster cluster;

  @BeforeAll
  void up() throws Exception {
    dir = Files.createTempDirectory("shardplan-bench-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = BenchCluster.start(dir.resolve("cluster"), 2, false);
  }

  @AfterAll
  void down() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static Bench.Options options(Path out, int measure, int transactions, Duration d) {
    return new Bench.Options("tpcc", 2, true, 2, Target.POSTGRES_FDW, List.of("advised", Baselines.HASH_PRIMARY_KEY),
        d, 2, 3, measure, transactions, out, null, List.of());
  }

  @Test
  @Order(1)
  void aShortFdwBenchMeasuresEveryPlacementAndWritesItsFiles() throws Exception {
    Path out = dir.resolve("out");
    StringWriter progress = new StringWriter();
    BenchReport r = new Bench(options(out, 60, 400, Duration.ofSeconds(2)), new PrintWriter(progress)).run(cluster);
    assertThat(r.placements()).extracting(BenchPlacement::name).containsExactly("advised", "hashPrimaryKey");
    for (BenchPlacement p : r.placements()) {
      assertThat(p.throughputTps()).as(p.name()).isPositive();
      assertThat(p.p50Ms()).isPositive().isLessThanOrEqualTo(p.p95Ms());
      assertThat(p.p95Ms()).isLessThanOrEqualTo(p.p99Ms());
      assertThat(p.measuredDistributedTransactionFraction()).as(p.name()).isNotNull();
      assertThat(p.predictedDistributedTransactionFraction()).isNotNull();
    }
    BenchPlacement advised = r.placements().get(0);
    BenchPlacement hashPk = r.placements().get(1);
    // the advice keeps a warehouse's rows together; hashing every table on its primary key spreads
    // the items of an order over the workers: measured, not only predicted
    assertThat(advised.measuredDistributedTransactionFraction())
        .isLessThan(hashPk.measuredDistributedTransactionFraction() - 0.2);
    assertThat(hashPk.predictedDistributedTransactionFraction())
        .isCloseTo(hashPk.measuredDistributedTransactionFraction(), org.assertj.core.data.Offset.offset(0.15));
    JsonNode json = new ObjectMapper().readTree(Files.readString(out.resolve("bench.json")));
    assertThat(json.get("target").asText()).isEqualTo("postgres-fdw");
    assertThat(json.get("placements").get(0).has("measuredMultiShardStatements")).isTrue();
    assertThat(json.get("placements").get(0).fieldNames()).toIterable().containsExactly("name", "throughputTps",
        "p50Ms", "p95Ms", "p99Ms", "errors", "predictedDistributedTransactionFraction",
        "measuredDistributedTransactionFraction", "predictedMultiShardStatements", "measuredMultiShardStatements");
    assertThat(Files.readString(out.resolve("bench.md"))).contains("| advised |", "| hashPrimaryKey |");
    assertThat(progress.toString()).contains("measurement pass", "throughput pass");
  }

  @Test
  @Order(2)
  void aWorkerStoppedMidReplayCountsTheFailuresAndTheReplayEndsCleanly() throws Exception {
    Workload w = Workloads.byName("tpcc");
    WorkloadOptions wo = WorkloadOptions.DEFAULT.withScale(2).withSmall(true).withSeed(9).withTransactions(3000)
        .withSessions(4);
    GenerationResult gen = WorkloadGenerator.generate(w, wo, dir.resolve("stopped"));
    Schema schema = Analyzer.readSchema(gen.schema());
    Bench bench = new Bench(options(dir.resolve("out2"), 10, 10, Duration.ofSeconds(1)), new PrintWriter(new StringWriter()));
    BenchNodes nodes = cluster.nodes();
    String db = "stopped";
    nodes.freshDatabase(db);
    bench.apply(nodes, db, schema, Baselines.expected(gen.expectedFile(), schema, 2, 32));
    bench.load(nodes, db, gen, w);
    AtomicReference<Object> result = new AtomicReference<>();
    Thread replay = new Thread(() -> {
      try {
        result.set(LogReplayer.replay(List.of(gen.log()), nodes.coordinator(db),
            new LogReplayer.Options(2, Long.MAX_VALUE, LogOptions.DEFAULT)));
      } catch (Throwable t) {
        result.set(t);
      }
    });
    replay.start();
    try (Connection c = nodes.coordinator(db).openOrExplain(); Statement st = c.createStatement()) {
      for (int i = 0; i < 200 && replay.isAlive(); i++) {
        try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_stat_activity WHERE application_name ="
            + " 'shardplan bench' AND datname = 'stopped' AND pid <> pg_backend_pid()")) {
          rs.next();
          if (rs.getInt(1) >= 2) {
            break;
          }
        }
        Thread.sleep(50);
      }
    }
    Thread.sleep(500);
    assertThat(replay.isAlive()).as("the replay is still running when the worker stops").isTrue();
    cluster.local().workers().get(1).stop();
    replay.join(300_000);
    assertThat(replay.isAlive()).isFalse();
    assertThat(result.get()).isInstanceOf(ReplayReport.class);
    ReplayReport r = (ReplayReport) result.get();
    assertThat(r.transactions()).isEqualTo(gen.expected().transactions());
    assertThat(r.failedTransactions()).isPositive();
    assertThat(r.errors()).isNotEmpty();
    assertThat(r.errors().keySet()).allMatch(s -> s.length() == 5);
    assertThat(r.anythingRan()).isTrue();
    assertThat(r.statements() - r.failedStatements()).as("statements that ran before the stop, or on the other worker")
        .isPositive();
  }
}
