package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;

/** The live-schema import against a real PostgreSQL, checked against the DDL reader on the same DDL. */
class JdbcSchemaReaderIT {
  private static Path dir;
  private static LocalCluster cluster;
  private static PostgresInstance pg;

  @BeforeAll
  static void start() throws IOException {
    dir = Files.createTempDirectory("shardplan-catalog", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, dir));
    pg = cluster.coordinator();
  }

  @AfterAll
  static void stop() throws IOException {
    if (cluster != null) {
      cluster.close();
    }
    if (dir != null) {
      try (var paths = Files.walk(dir)) {
        for (Path p : paths.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  /** Creates {@code database} and runs {@code ddl} in it with psql, the way a DBA loads a schema. */
  private static void load(String database, String ddl) throws Exception {
    pg.createDatabase(database);
    Path file = Files.createTempFile("schema", ".sql");
    try {
      Files.writeString(file, ddl);
      Process p = new ProcessBuilder("psql", "-X", "-q", "-v", "ON_ERROR_STOP=1", "-h", pg.host(),
          "-p", Integer.toString(pg.port()), "-U", pg.user(), "-d", database, "-f", file.toString())
          .redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
      assertThat(p.exitValue()).as("psql output: %s", out).isZero();
    } finally {
      Files.deleteIfExists(file);
    }
  }

  /** The database's schema as {@code pg_dump --schema-only} writes it. */
  private static String pgDump(String database) throws Exception {
    Process p = new ProcessBuilder("pg_dump", "--schema-only", "-h", pg.host(), "-p", Integer.toString(pg.port()),
        "-U", pg.user(), database).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as("pg_dump: %s", err).isZero();
    return out;
  }

  /** The live schema, its DDL and the server's own dump of it describe the same tables. */
  private static Schema assertLiveDdlAndDumpAgree(String database, String ddl) throws Exception {
    load(database, ddl);
    Schema live = JdbcSchemaReader.read(pg.jdbcUrl(database), props());
    SchemaReadResult fromDdl = DdlSchemaReader.parse(ddl, database + ".sql");
    SchemaReadResult fromDump = DdlSchemaReader.parse(pgDump(database), database + "-dump.sql");
    assertThat(fromDdl.warnings()).isEmpty();
    assertThat(fromDump.warnings()).isEmpty();
    assertThat(SchemaComparison.differences(fromDdl.schema(), live)).as("DDL vs live").isEmpty();
    assertThat(SchemaComparison.differences(fromDump.schema(), live)).as("pg_dump vs live").isEmpty();
    return live;
  }

  private static String resourceText(String name) throws IOException {
    return Files.readString(DdlSchemaReaderTest.resource(name));
  }

  private static void execute(String database, String... sql) throws SQLException {
    try (Connection c = pg.connect(database); Statement st = c.createStatement()) {
      for (String s : sql) {
        st.execute(s);
      }
    }
  }

  private static Table table(Schema s, String name) {
    return s.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + s.byName().keySet()));
  }

  @Test
  void liveTpccLikeSchemaHasTheSameTablesColumnsAndKeysAsItsDdl() throws Exception {
    Schema live = assertLiveDdlAndDumpAgree("tpcc_like", resourceText("tpcc-like-schema.sql"));
    assertThat(live.tables()).extracting(Table::name).containsExactly(
        "customer", "district", "history", "item", "new_order", "oorder", "order_line", "stock", "warehouse",
        "reporting.DailySales");
    assertThat(table(live, "oorder").uniqueKeys()).containsExactly(List.of("o_w_id", "o_d_id", "o_c_id", "o_id"));
    assertThat(table(live, "history").foreignKeys()).extracting(fk -> fk.name()).containsExactlyInAnyOrder(
        "history_h_c_w_id_h_c_d_id_h_c_id_fkey", "history_h_w_id_h_d_id_fkey");
  }

  @Test
  void statisticsComeFromTheServerAfterInsertsAndAnalyze() throws Exception {
    String ddl = resourceText("tpcc-like-schema.sql");
    load("tpcc_stats", ddl);
    execute("tpcc_stats",
        "INSERT INTO warehouse (w_id, w_name) SELECT g, 'w' || g FROM generate_series(1, 3) g",
        "INSERT INTO district (d_id, d_w_id, d_name) SELECT d, w, 'd' FROM generate_series(1, 10) d, generate_series(1, 3) w",
        "UPDATE district SET d_next_o_id = 1 WHERE d_w_id = 1",
        "DELETE FROM district WHERE d_w_id = 3 AND d_id > 8",
        "INSERT INTO customer (c_id, c_d_id, c_w_id, c_last) SELECT c, 1, 1, 'L' || (c % 4) FROM generate_series(1, 100) c",
        "INSERT INTO item (i_name, i_price) SELECT 'i' || g, g FROM generate_series(1, 5) g",
        "INSERT INTO stock (s_i_id, s_w_id) SELECT i, w FROM generate_series(1, 5) i, generate_series(1, 3) w",
        "INSERT INTO oorder (o_id, o_d_id, o_w_id, o_c_id) VALUES (1, 1, 1, 1), (2, 1, 1, 2)",
        "INSERT INTO order_line (ol_o_id, ol_d_id, ol_w_id, ol_number, ol_i_id, ol_supply_w_id) "
            + "SELECT o, 1, 1, n, 1 + n % 5, 1 FROM generate_series(1, 2) o, generate_series(1, 15) n",
        "ANALYZE",
        "CREATE TABLE never_analyzed (id int PRIMARY KEY)",
        "INSERT INTO never_analyzed SELECT generate_series(1, 12)",
        "SELECT pg_stat_force_next_flush()");
    Schema live = JdbcSchemaReader.read(pg.jdbcUrl("tpcc_stats"), props());

    TableStatistics district = table(live, "district").statistics();
    assertThat(district.estimatedRows()).isEqualTo(28);
    assertThat(district.inserts()).isEqualTo(30);
    assertThat(district.updates()).isEqualTo(10);
    assertThat(district.deletes()).isEqualTo(2);
    assertThat(district.estimatedBytes()).isPositive();

    TableStatistics orderLine = table(live, "order_line").statistics();
    assertThat(orderLine.estimatedRows()).as("summed over the partitions").isEqualTo(30);
    assertThat(orderLine.inserts()).isEqualTo(30);
    assertThat(orderLine.estimatedBytes()).isPositive();

    Table customer = table(live, "customer");
    assertThat(customer.statistics().estimatedRows()).isEqualTo(100);
    assertThat(customer.distinctValues()).containsEntry("c_id", -1.0).containsEntry("c_w_id", 1.0)
        .containsEntry("c_last", 4.0);
    assertThat(table(live, "order_line").distinctValues()).as("the inherited statistics of the partitioned table")
        .containsEntry("ol_o_id", 2.0).containsEntry("ol_w_id", 1.0);
    assertThat(table(live, "new_order").statistics().inserts()).isZero();
    assertThat(table(live, "new_order").statistics().estimatedRows()).isZero();
    assertThat(table(live, "never_analyzed").statistics().estimatedRows())
        .as("n_live_tup where reltuples is unknown").isEqualTo(12);
    assertThat(table(live, "never_analyzed").distinctValues()).isEmpty();
  }

  @Test
  void realPgDumpSourceReadsTheSameLiveAsFromItsDump() throws Exception {
    String ddl = resourceText("pg15-schema-source.sql");
    load("pgdump_source", ddl);
    Schema live = JdbcSchemaReader.read(pg.jdbcUrl("pgdump_source"), props());
    Schema fromDump = DdlSchemaReader.read(DdlSchemaReaderTest.resource("pg15-schema-only.sql")).schema();
    assertThat(SchemaComparison.differences(fromDump, live)).isEmpty();
    assertThat(live.tables()).extracting(Table::name).containsExactlyElementsOf(
        fromDump.tables().stream().map(Table::name).toList());
  }

  @Test
  void workloadsTpccSchemaReadsTheSameLiveAsFromItsDdl() throws Exception {
    String ddl;
    try (InputStream in = getClass().getResourceAsStream("/shardplan/workloads/tpcc/schema.sql")) {
      Assumptions.assumeTrue(in != null, "the workloads module with its TPC-C schema is not installed");
      ddl = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    assertLiveDdlAndDumpAgree("tpcc_workload", ddl);
  }

  @Test
  void inheritedColumnsComeFirstAndMergeAsInPostgres() throws Exception {
    Schema live = assertLiveDdlAndDumpAgree("inheritance", """
        CREATE TABLE base (id int PRIMARY KEY, created timestamp NOT NULL DEFAULT now());
        CREATE TABLE child (extra text, created timestamp) INHERITS (base);
        CREATE TABLE other (note text NOT NULL, id int);
        CREATE TABLE multi (own int, id int NOT NULL) INHERITS (base, other);
        """);
    assertThat(table(live, "multi").columns()).extracting(c -> c.name() + (c.notNull() ? "!" : ""))
        .containsExactly("id!", "created!", "note!", "own");
    assertThat(table(live, "child").primaryKey()).isEmpty();
  }

  @Test
  void unusualColumnsReadTheSameLiveFromDdlAndFromDump() throws Exception {
    Schema live = assertLiveDdlAndDumpAgree("unusual", """
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE DOMAIN code AS varchar(8) NOT NULL;
        CREATE SCHEMA "Odd Schema";
        CREATE TABLE "Odd Schema"."Odd Table" (
          "Weird Column" int GENERATED ALWAYS AS IDENTITY (START WITH 10) PRIMARY KEY,
          plain char,
          flags bit varying(5),
          ch "char",
          span interval,
          amount numeric,
          ratio float(10),
          big float,
          label text COLLATE "C" NOT NULL,
          m mood DEFAULT 'ok',
          c code,
          doubled int GENERATED ALWAYS AS ("Weird Column" * 2) STORED,
          grid int[][],
          stamps timestamp(0) with time zone[],
          small smallserial,
          UNIQUE NULLS NOT DISTINCT (label, m)
        );
        CREATE TABLE child (
          id bigserial PRIMARY KEY,
          parent int NOT NULL,
          CONSTRAINT child_parent FOREIGN KEY (parent) REFERENCES "Odd Schema"."Odd Table" DEFERRABLE INITIALLY DEFERRED
        );
        ALTER TABLE child ADD CONSTRAINT child_parent_check CHECK (parent > 0) NOT VALID;
        """);
    assertThat(table(live, "Odd Schema.Odd Table").primaryKey()).containsExactly("Weird Column");
    assertThat(table(live, "child").foreignKeys()).singleElement()
        .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("Odd Schema.Odd Table"));
  }

  @Test
  void scriptSearchPathPlacesTablesWhereTheServerDoes() throws Exception {
    Schema live = assertLiveDdlAndDumpAgree("script_path", DdlSchemaReaderTest.SEARCH_PATH_SCRIPT);
    assertThat(live.tables()).extracting(Table::name).containsExactly("app.a", "app.b", "c", "p");
  }

  @Test
  void searchPathFirstSchemaIsUnqualified() throws Exception {
    load("search_path", "CREATE SCHEMA app; CREATE TABLE app.a (id int PRIMARY KEY); "
        + "CREATE TABLE public.b (id int REFERENCES app.a);");
    Properties p = props();
    p.setProperty("options", "-c search_path=app,public");
    Schema live = JdbcSchemaReader.read(pg.jdbcUrl("search_path"), p);
    assertThat(live.tables()).extracting(Table::name).containsExactly("a", "public.b");
    assertThat(table(live, "public.b").foreignKeys()).singleElement()
        .satisfies(fk -> assertThat(fk.referencedTable()).isEqualTo("a"));
  }

  @Test
  void credentialsComeFromTheEnvironmentOrPgpassAndAreNeverShown() throws Exception {
    pg.createDatabase("secured");
    execute("secured", "CREATE ROLE reader LOGIN PASSWORD 'S3cret-pw'", "CREATE TABLE t (id int PRIMARY KEY)",
        "GRANT SELECT ON t TO reader");
    requirePasswordFor("reader");
    String url = "jdbc:postgresql://" + pg.host() + ":" + pg.port() + "/secured";

    Properties wrong = new Properties();
    wrong.setProperty("user", "reader");
    wrong.setProperty("password", "not-the-pw");
    assertThatThrownBy(() -> JdbcSchemaReader.read(url, wrong))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageStartingWith("cannot connect to " + url + ": ")
        .hasMessageContaining("password authentication failed")
        .hasMessageNotContaining("not-the-pw")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> JdbcSchemaReader.read(url + "?user=reader&password=not-the-pw", null))
        .hasMessageContaining("password=***")
        .hasMessageNotContaining("not-the-pw");

    Map<String, String> env = Map.of("PGHOST", pg.host(), "PGPORT", Integer.toString(pg.port()),
        "PGDATABASE", "secured", "PGUSER", "reader", "PGPASSWORD", "S3cret-pw");
    Schema viaEnv = JdbcSchemaReader.read(ConnectionSettings.resolve("jdbc:postgresql:", null, env));
    assertThat(viaEnv.tables()).extracting(Table::name).containsExactly("t");

    Path pgpass = Files.createTempFile("pgpass", "", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rw-------")));
    Files.writeString(pgpass, pg.host() + ":" + pg.port() + ":secured:reader:S3cret-pw\n");
    String old = System.getProperty("org.postgresql.pgpassfile");
    System.setProperty("org.postgresql.pgpassfile", pgpass.toString());
    try {
      Schema viaPgpass = JdbcSchemaReader.read(ConnectionSettings.resolve(url, null, Map.of("PGUSER", "reader")));
      assertThat(viaPgpass.tables()).extracting(Table::name).containsExactly("t");
    } finally {
      if (old == null) {
        System.clearProperty("org.postgresql.pgpassfile");
      } else {
        System.setProperty("org.postgresql.pgpassfile", old);
      }
      Files.deleteIfExists(pgpass);
    }
  }

  @Test
  void refusedConnectionIsOneClearLine() {
    int closedPort = closedPort();
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere?password=top-secret";
    assertThatThrownBy(() -> JdbcSchemaReader.read(url, props()))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageStartingWith("cannot connect to jdbc:postgresql://127.0.0.1:" + closedPort + "/nowhere?password=***: ")
        .hasMessageContaining("refused")
        .hasMessageNotContaining("top-secret")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void unknownDatabaseIsOneClearLine() {
    assertThatThrownBy(() -> JdbcSchemaReader.read(pg.jdbcUrl("no_such_db"), props()))
        .isInstanceOf(SchemaReadException.class)
        .hasMessageContaining("database \"no_such_db\" does not exist");
  }

  private static Properties props() {
    Properties p = new Properties();
    p.setProperty("user", pg.user());
    return p;
  }

  /** Puts a password rule for {@code role} ahead of the trust rules of the test server's pg_hba.conf. */
  private static void requirePasswordFor(String role) throws Exception {
    Path hba = pg.dataDir().resolve("pg_hba.conf");
    String text = Files.readString(hba);
    Files.writeString(hba, "host all " + role + " 127.0.0.1/32 scram-sha-256\n" + text);
    execute("postgres", "SELECT pg_reload_conf()");
    // the reload is asynchronous: wait until a connection without password is refused
    Properties p = new Properties();
    p.setProperty("user", role);
    for (int i = 0; i < 100; i++) {
      try (Connection c = java.sql.DriverManager.getConnection(pg.jdbcUrl("postgres"), p)) {
        Thread.sleep(100);
      } catch (SQLException e) {
        return;
      }
    }
    throw new AssertionError("the server did not reload pg_hba.conf");
  }

  private static int closedPort() {
    try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
