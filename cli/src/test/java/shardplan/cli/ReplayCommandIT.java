package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;

/** {@code shardplan replay} on a real PostgreSQL: output, exit codes and one-line errors. */
class ReplayCommandIT {
  @TempDir
  static Path tmp;
  static LocalCluster cluster;
  static PostgresInstance pg;
  static String url;

  @BeforeAll
  static void start() throws Exception {
    Path dir = Files.createTempDirectory("shardplan-replay-cli",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, dir));
    pg = cluster.coordinator();
    try (Connection c = pg.connect(LocalCluster.DATABASE); Statement st = c.createStatement()) {
      st.execute("CREATE TABLE account (id int PRIMARY KEY, balance int)");
      st.execute("INSERT INTO account SELECT g, 100 FROM generate_series(1, 10) g");
    }
    url = pg.jdbcUrl(LocalCluster.DATABASE) + "?user=" + pg.user();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static Path log(String name, String... statements) throws Exception {
    Path p = tmp.resolve(name);
    Files.writeString(p, String.join("\n", statements) + "\n", StandardCharsets.UTF_8);
    return p;
  }

  @Test
  void aLogNamingTablesTheClusterLacksIsSummarisedWithErrorsBySqlstate() throws Exception {
    Path log = log("mixed.sql",
        "BEGIN;",
        "UPDATE account SET balance = balance - 5 WHERE id = 1;",
        "UPDATE account SET balance = balance + 5 WHERE id = 2;",
        "COMMIT;",
        "SELECT * FROM orders WHERE customer_id = 7;",
        "SELECT balance FROM account WHERE id = 999;");
    CliRun run = CliRun.of("replay", "--jdbc-url", url, log.toString());
    assertThat(run.exit()).as(run.err()).isZero();
    assertThat(run.out()).contains("transactions: 3 run", "errors by SQLSTATE:", "42P01", "p95",
        "SELECT * FROM orders WHERE customer_id = $1");
    assertThat(run.out()).doesNotContain("999");
    CliRun json = CliRun.of("replay", "--jdbc-url", url, "--format", "json", "--clients", "2", log.toString());
    assertThat(json.exit()).isZero();
    JsonNode n = new ObjectMapper().readTree(json.out());
    assertThat(n.get("errors").get("42P01").asLong()).isEqualTo(1);
    assertThat(n.get("statements").asLong()).isEqualTo(4);
    assertThat(n.get("transactions").asLong()).isEqualTo(3);
    assertThat(n.get("latencyMs").has("p99")).isTrue();
    assertThat(n.get("templates")).hasSize(4);
    assertThat(n.has("citus")).as("not a Citus coordinator").isFalse();
  }

  @Test
  void nothingThatCouldRunExitsWithOne() throws Exception {
    Path log = log("absent.sql", "SELECT * FROM orders WHERE id = 1;", "DELETE FROM lines WHERE id = 2;");
    CliRun run = CliRun.of("replay", "--jdbc-url", url, log.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).contains("42P01");
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: replay: nothing could run");
  }

  @Test
  void wrongCredentialsGiveOneLineWithoutThePassword() throws Exception {
    Path log = log("one.sql", "SELECT 1;");
    String bad = pg.jdbcUrl(LocalCluster.DATABASE) + "?user=nobody_here&password=s3cret-word";
    CliRun run = CliRun.of("replay", "--jdbc-url", bad, log.toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err().strip().lines()).hasSize(1);
    assertThat(run.err()).startsWith("error: cannot connect to 127.0.0.1:" + pg.port() + "/" + LocalCluster.DATABASE);
    assertThat(run.err() + run.out()).doesNotContain("s3cret-word");
  }

  @Test
  void aMissingLogIsOneLine() {
    CliRun run = CliRun.of("replay", "--jdbc-url", url, tmp.resolve("nope.csv").toString());
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.err()).startsWith("error: ").contains("nope.csv: no such file");
  }
}
