package shardplan.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.log.LogOptions;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.replay.json.ReplayJson;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.model.TemplateReplay;
import shardplan.replay.run.LogReplayer;
import shardplan.replay.run.ServerConnections;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.replay.DataLoader;

/**
 * Replays of generated and hand-written logs on a real PostgreSQL: every logged statement is sent
 * in its session and transaction, in every log format; what the server refuses is counted by
 * SQLSTATE and aborts its transaction; empty tables replay.
 */
class LogReplayIT {
  @TempDir
  static Path tmp;
  static LocalCluster cluster;
  static PostgresInstance pg;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("shardplan-replay-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, dir));
    pg = cluster.coordinator();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static ServerConnections server(String db) {
    return new ServerConnections(pg.jdbcUrl(db) + "?user=" + pg.user(), "shardplan replay test");
  }

  private static LogReplayer.Options options(int clients) {
    return new LogReplayer.Options(clients, Long.MAX_VALUE, LogOptions.DEFAULT);
  }

  /** A database with the workload's tables, without foreign keys, and no rows. */
  private static void emptyTables(Workload w, String db) throws Exception {
    pg.createDatabase(db);
    try (Connection c = pg.connect(db); Statement st = c.createStatement()) {
      DataLoader.createSchema(c, w.schemaSql());
      st.execute("DO $$ DECLARE r record; BEGIN FOR r IN SELECT conrelid::regclass AS t, conname FROM pg_constraint"
          + " WHERE contype = 'f' LOOP EXECUTE format('ALTER TABLE %s DROP CONSTRAINT %I', r.t, r.conname);"
          + " END LOOP; END $$");
    }
  }

  private static void assertReplayed(ReplayReport r, GenerationResult gen) {
    assertThat(r.transactions()).isEqualTo(gen.expected().transactions());
    assertThat(r.statements() + r.notRun()).isEqualTo(gen.expected().statements());
    // sessions run concurrently: a log's interleaving may make a key collide or a deadlock; nothing else
    assertThat(r.errors().keySet()).as(r.templates().stream().filter(t -> t.failed() > 0).map(t -> t.template() + " " + t.errors()).toList().toString()).isSubsetOf(Set.of("23505", "40P01"));
    assertThat(r.failedTransactions()).isLessThanOrEqualTo(gen.expected().transactions() / 50);
    assertThat(r.latency().count()).isEqualTo(r.statements() - r.failedStatements());
    assertThat(r.templates()).isNotEmpty();
    assertThat(r.templates().stream().mapToLong(TemplateReplay::statements).sum()).isEqualTo(r.statements());
  }

  @Test
  void aGeneratedTpccLogReplaysEveryStatementOnLoadedTables() throws Exception {
    Workload w = Workloads.byName("tpcc");
    WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(400).withSeed(5);
    GenerationResult gen = WorkloadGenerator.generate(w, o, tmp.resolve("tpcc"));
    pg.createDatabase("loaded");
    try (Connection c = pg.connect("loaded")) {
      DataLoader.load(c, gen.dir(), w.tables());
    }
    ReplayReport r = LogReplayer.replay(List.of(gen.log()), server("loaded"), options(4));
    assertReplayed(r, gen);
    assertThat(r.committed()).isGreaterThanOrEqualTo(gen.expected().committedTransactions() - r.failedTransactions());
    assertThat(r.citus()).isEmpty();
    String json = ReplayJson.write(r);
    assertThat(json).contains("\"transactionsPerSecond\"", "\"latencyMs\"", "\"p99\"", "$1");
    assertThat(json).as("templates only, never a logged value").doesNotContain("BARBARBAR", "OUGHTABLE");
  }

  @Test
  void everyLogFormatReplaysOnEmptyTables() throws Exception {
    Workload w = Workloads.byName("store");
    int k = 0;
    for (LogFormat f : List.of(LogFormat.JSONLOG, LogFormat.STDERR, LogFormat.SQL)) {
      String db = "empty" + k++;
      emptyTables(w, db);
      WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(50).withTransactions(150).withSeed(7)
          .withFormat(f).withProtocol(f == LogFormat.STDERR ? Protocol.SIMPLE : Protocol.EXTENDED).withWriteData(false);
      GenerationResult gen = WorkloadGenerator.generate(w, o, tmp.resolve("store-" + f));
      ReplayReport r = LogReplayer.replay(List.of(gen.log()), server(db), options(3));
      assertThat(r.skipped()).as(f.toString()).noneMatch(s -> s.reason().equals("unterminated_transaction"));
      if (f == LogFormat.SQL) {
        // one session: statements and transactions in order, nothing refused
        assertThat(r.errors()).as(f.toString()).isEmpty();
      }
      assertReplayed(r, gen);
    }
  }

  @Test
  void aLogNamingTablesTheServerLacksCountsTheErrorsAndAbortsTheirTransactions() throws Exception {
    pg.createDatabase("missing");
    try (Connection c = pg.connect("missing"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE present (id int PRIMARY KEY, v text)");
    }
    Path log = tmp.resolve("missing.sql");
    Files.writeString(log, String.join("\n",
        "CREATE TABLE elsewhere (id int);",
        "INSERT INTO present VALUES (1, 'a');",
        "SELECT v FROM absent WHERE id = 1;",
        "BEGIN;",
        "UPDATE present SET v = 'b' WHERE id = 1;",
        "SELECT v FROM absent WHERE id = 2;",
        "UPDATE present SET v = 'c' WHERE id = 1;",
        "COMMIT;",
        "SELECT v FROM present WHERE id = 42;",
        "VACUUM present;",
        ""), StandardCharsets.UTF_8);
    ReplayReport r = LogReplayer.replay(List.of(log), server("missing"), options(2));
    assertThat(r.errors()).isEqualTo(Map.of("42P01", 2L));
    assertThat(r.transactions()).isEqualTo(4);
    assertThat(r.statements()).isEqualTo(5);
    assertThat(r.failedStatements()).isEqualTo(2);
    assertThat(r.notRun()).as("the UPDATE after the failure in the block").isEqualTo(1);
    assertThat(r.committed()).isEqualTo(2);
    assertThat(r.rolledBack()).isEqualTo(2);
    assertThat(r.skipped()).extracting(s -> s.reason()).containsExactlyInAnyOrder("ddl", "utility");
    assertThat(r.anythingRan()).isTrue();
    try (Connection c = pg.connect("missing"); Statement st = c.createStatement();
         var rs = st.executeQuery("SELECT v FROM present WHERE id = 1")) {
      rs.next();
      assertThat(rs.getString(1)).as("the aborted block's update was rolled back").isEqualTo("a");
    }
  }

  @Test
  void aBlockTheLogShowsAbortedIsRolledBackEvenWhereTheReplaySucceeds() throws Exception {
    pg.createDatabase("aborted");
    try (Connection c = pg.connect("aborted"); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (id int PRIMARY KEY, v int)");
      st.execute("INSERT INTO t VALUES (1, 0)");
    }
    Path log = tmp.resolve("aborted.csv");
    String head = "2026-01-01 00:00:00.000 UTC,\"app\",\"aborted\",77,\"127.0.0.1:1\",1.1,1,\"idle\","
        + "2026-01-01 00:00:00 UTC,3/1,0,";
    Files.writeString(log, String.join("\n",
        head + "LOG,00000,\"statement: BEGIN\",,,,,,,,,\"\",\"client backend\",,0",
        head + "LOG,00000,\"execute <unnamed>: UPDATE t SET v = v + 1 WHERE id = $1\",\"parameters: $1 = '1'\",,,,,,,,\"\",\"client backend\",,0",
        head + "LOG,00000,\"execute <unnamed>: INSERT INTO t VALUES ($1, $2)\",\"parameters: $1 = '2', $2 = '0'\",,,,,,,,\"\",\"client backend\",,0",
        head + "ERROR,23505,\"duplicate key value violates unique constraint \"\"t_pkey\"\"\",,,,,,,,,\"\",\"client backend\",,0",
        head + "LOG,00000,\"statement: UPDATE t SET v = 9 WHERE id = 1\",,,,,,,,,\"\",\"client backend\",,0",
        head + "ERROR,25P02,\"current transaction is aborted, commands ignored until end of transaction block\",,,,,,,,,\"\",\"client backend\",,0",
        head + "LOG,00000,\"statement: COMMIT\",,,,,,,,,\"\",\"client backend\",,0",
        ""), StandardCharsets.UTF_8);
    ReplayReport r = LogReplayer.replay(List.of(log), server("aborted"), options(1));
    assertThat(r.errors()).isEmpty();
    assertThat(r.statements()).isEqualTo(2);
    assertThat(r.rolledBack()).isEqualTo(1);
    assertThat(r.skipped()).extracting(s -> s.reason()).containsExactly("after_logged_error");
    try (Connection c = pg.connect("aborted"); Statement st = c.createStatement();
         var rs = st.executeQuery("SELECT count(*), sum(v) FROM t")) {
      rs.next();
      assertThat(rs.getLong(1)).isEqualTo(1);
      assertThat(rs.getLong(2)).isZero();
    }
  }
}
