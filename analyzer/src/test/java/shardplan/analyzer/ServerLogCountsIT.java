package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.DriverManager;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.replay.DataLoader;
import shardplan.workloads.replay.ReplayDriver;
import shardplan.workloads.replay.ReplayResult;

/**
 * A workload executed on a real PostgreSQL 15 with {@code log_statement = 'all'} and
 * {@code log_destination = 'csvlog'}: the analyzer's counts on the log the server wrote equal
 * its counts on the generator's own log. Logging is switched on only after the data is loaded,
 * so the server's log holds the replay alone (plus the driver's session set-up, which is not
 * workload).
 */
class ServerLogCountsIT {
  private static final Workload TPCC = Workloads.byName("tpcc");

  @TempDir
  static Path dir;
  static LocalCluster cluster;
  static PostgresInstance pg;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("logging_collector", "on");
    settings.put("log_destination", "'csvlog'");
    settings.put("log_statement", "'none'");
    settings.put("log_filename", "'postgresql.log'");
    Path data = Files.createTempDirectory("analyzer-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, data).withSettings(settings));
    pg = cluster.coordinator();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void serverWrittenLogGivesTheGeneratorsCounts(Protocol protocol) throws Exception {
    String db = "tpcc_" + protocol.label();
    WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(250).withSessions(3)
        .withSeed(7).withFormat(LogFormat.CSVLOG).withProtocol(protocol);
    GenerationResult g = WorkloadGenerator.generate(TPCC, o, dir.resolve(db));
    pg.createDatabase(db);
    try (var c = pg.connect(db)) {
      DataLoader.load(c, g.dir(), TPCC.tables());
    }
    Path serverLog = pg.dataDir().resolve("log").resolve("postgresql.csv");
    long before = Files.exists(serverLog) ? Files.size(serverLog) : 0;
    setLogStatement("all");
    Properties props = new Properties();
    props.setProperty("user", pg.user());
    if (protocol == Protocol.SIMPLE) {
      props.setProperty("preferQueryMode", "simple");
    }
    ReplayResult r;
    try {
      r = ReplayDriver.replay(() -> DriverManager.getConnection(pg.jdbcUrl(db), props),
          WorkloadGenerator.transactions(TPCC, o), protocol);
    } finally {
      setLogStatement("none");
    }
    assertThat(r.failures()).isEmpty();
    Thread.sleep(1000); // the logging collector writes asynchronously
    Path replayLog = dir.resolve(db + "-server.csv");
    byte[] all = Files.readAllBytes(serverLog);
    Files.write(replayLog, java.util.Arrays.copyOfRange(all, (int) before, all.length));

    Schema schema = Analyzer.readSchema(g.schema());
    WorkloadProfile generated = Analyzer.analyze(schema, List.of(g.log()), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);
    WorkloadProfile server = Analyzer.analyze(schema, List.of(replayLog), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);

    assertThat(server.statements()).isEqualTo(generated.statements()).isEqualTo(g.expected().statements());
    assertThat(server.transactions()).isEqualTo(generated.transactions());
    assertThat(server.abortedTransactions()).isEqualTo(generated.abortedTransactions());
    assertThat(server.tables()).extracting(TableUsage::committed)
        .isEqualTo(generated.tables().stream().map(TableUsage::committed).toList());
    assertThat(server.tables()).extracting(TableUsage::aborted)
        .isEqualTo(generated.tables().stream().map(TableUsage::aborted).toList());
    assertThat(server.joins()).isEqualTo(generated.joins());
    assertThat(Analyzer.unusablePercent(server)).isZero();
  }

  private static void setLogStatement(String value) throws Exception {
    try (var c = pg.connect(LocalCluster.DATABASE); var st = c.createStatement()) {
      st.execute("ALTER SYSTEM SET log_statement = '" + value + "'");
      st.execute("SELECT pg_reload_conf()");
    }
    Thread.sleep(300);
  }
}
