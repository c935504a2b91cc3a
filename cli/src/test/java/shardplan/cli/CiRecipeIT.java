package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.cluster.PostgresInstance;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * The pipeline of docs/ci.md, step by step, on real PostgreSQL instances: load the schema,
 * {@code shardplan check}, {@code shardplan apply --yes --wait … --format json}, a smoke query. The
 * postgres_fdw pipeline runs wherever PostgreSQL does; the Citus one where the Citus extension
 * is installed ({@link CiRecipeTestcontainersIT} runs it on the citusdata/citus image).
 */
class CiRecipeIT {
  private Path dir;
  private LocalCluster cluster;

  private void up(boolean citus) throws Exception {
    dir = Files.createTempDirectory("shardplan-ci-recipe",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(citus));
  }

  @AfterEach
  void down() {
    if (cluster != null) {
      cluster.close();
    }
    if (dir != null) {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      } catch (java.io.IOException e) {
        // best effort
      }
    }
  }

  private GenerationResult store() throws Exception {
    return WorkloadGenerator.generate("store", WorkloadOptions.DEFAULT.withScale(2).withTransactions(10)
        .withSmall(true).withWriteData(false), dir.resolve("store"));
  }

  private static void loadSchema(String url, Path schema) throws Exception {
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute(Files.readString(schema));
    }
  }

  /**
   * The postgres_fdw twin of the recipe; the coordinator is stopped when apply starts and comes
   * back two seconds later, as a service container that is still starting, so {@code --wait}
   * does the waiting.
   */
  @Test
  void postgresFdwPipelineAsTheRecipeRunsIt() throws Exception {
    up(false);
    GenerationResult store = store();
    PostgresInstance coordinator = cluster.coordinator();
    String url = coordinator.jdbcUrl(LocalCluster.DATABASE) + "?user=" + coordinator.user();
    String workers = String.join(",", cluster.workers().stream().map(PostgresInstance::address).toList());
    loadSchema(url, store.schema());

    CliRun check = CliRun.of("check", "--jdbc-url", url, "--placement", store.expectedFile().toString(),
        "--target", "postgres-fdw");
    assertThat(check.exit()).as(check.out() + check.err()).isZero();

    coordinator.stop();
    java.io.StringWriter out = new java.io.StringWriter();
    java.io.StringWriter err = new java.io.StringWriter();
    picocli.CommandLine cl = Shardplan.commandLine();
    cl.setOut(new java.io.PrintWriter(out, true));
    cl.setErr(new java.io.PrintWriter(err, true));
    CompletableFuture<Integer> running = CompletableFuture.supplyAsync(() -> cl.execute("apply", "--target",
        "postgres-fdw", "--jdbc-url", url, "--workers", workers, "--schema", store.schema().toString(), "--placement",
        store.expectedFile().toString(), "--mode", "existing", "--yes", "--wait", "60s", "--format", "json"));
    long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
    while (!err.toString().contains("waiting up to") && !running.isDone() && System.nanoTime() < until) {
      TimeUnit.MILLISECONDS.sleep(100);
    }
    assertThat(running).as(err.toString()).isNotDone();
    PostgresInstance.start(PostgresBinaries.require(), coordinator.dataDir(), coordinator.port(), Map.of());
    CliRun apply = new CliRun(running.get(120, TimeUnit.SECONDS), out.toString(), err.toString());
    assertThat(apply.exit()).as(apply.err() + apply.out()).isZero();
    assertThat(apply.err()).contains("waiting up to 60 s for the coordinator at 127.0.0.1:" + coordinator.port());
    JsonNode result = new ObjectMapper().readTree(apply.out());
    assertThat(result.get("ok").asBoolean()).isTrue();
    assertThat(result.get("statements").get("ran").asInt()).isPositive();
    assertThat(result.get("statements").get("failed").asInt()).isZero();
    assertThat(result.get("readBackDifferences")).isEmpty();
    List<String> checked = new ArrayList<>();
    result.get("rowChecks").forEach(r -> {
      assertThat(r.get("ok").asBoolean()).as(r.toString()).isTrue();
      checked.add(r.get("table").asText() + " " + r.get("check").asText());
    });
    assertThat(checked).contains("customer before/after", "item worker 1 copy", "item worker 2 copy");

    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("INSERT INTO customer VALUES (42, 'u42', 'p', 'f', 'l', '1', 'e@x', now(), now(), now(), now(),"
          + " 0, 0, 0, now(), 'd')");
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM customer WHERE c_id = 42")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
    CliRun again = CliRun.of("apply", "--target", "postgres-fdw", "--jdbc-url", url, "--workers", workers,
        "--schema", store.schema().toString(), "--placement", store.expectedFile().toString(), "--mode", "existing",
        "--yes", "--format", "json");
    assertThat(again.exit()).as(again.err()).isZero();
    JsonNode second = new ObjectMapper().readTree(again.out());
    assertThat(second.get("statements").get("skipped").asInt()).isPositive();
    assertThat(second.get("statements").get("failed").asInt()).isZero();
  }

  /** A statement the server refuses stops apply with exit 1 and one line; the JSON says which and why. */
  @Test
  void aRefusedStatementIsExitOneWithOneLine() throws Exception {
    up(false);
    GenerationResult store = store();
    for (PostgresInstance n : cluster.nodes()) {
      try (Connection c = n.connect(LocalCluster.DATABASE); Statement st = c.createStatement()) {
        st.execute("CREATE ROLE ci_deployer LOGIN");
        st.execute("GRANT ALL ON SCHEMA public TO ci_deployer");
      }
    }
    String url = "jdbc:postgresql://" + cluster.coordinator().address() + "/" + LocalCluster.DATABASE
        + "?user=ci_deployer";
    String workers = String.join(",", cluster.workers().stream().map(PostgresInstance::address).toList());
    CliRun apply = CliRun.of("apply", "--target", "postgres-fdw", "--jdbc-url", url, "--workers", workers,
        "--schema", store.schema().toString(), "--placement", store.expectedFile().toString(), "--yes",
        "--format", "json");
    assertThat(apply.exit()).isEqualTo(1);
    List<String> errors = apply.err().lines().filter(l -> l.startsWith("error: ")).toList();
    assertThat(errors).singleElement().asString().startsWith("error: statement 1 of ")
        .contains("failed on coordinator", "permission denied");
    JsonNode result = new ObjectMapper().readTree(apply.out());
    assertThat(result.get("ok").asBoolean()).isFalse();
    assertThat(result.get("failure").asText()).isEqualTo(errors.get(0).substring("error: ".length()));
    JsonNode failed = result.get("steps").get(result.get("steps").size() - 1);
    assertThat(failed.get("status").asText()).isEqualTo("failed");
    assertThat(failed.get("error").asText()).contains("permission denied");
  }

  /** The Citus pipeline on this machine's Citus, when it is installed. */
  @Test
  void citusPipelineOnTheLocalCitus() throws Exception {
    Assumptions.assumeTrue(PostgresBinaries.locate().map(PostgresBinaries::hasCitus).orElse(false),
        "the Citus extension is not installed for this machine's PostgreSQL");
    up(true);
    GenerationResult store = store();
    String url = cluster.coordinator().jdbcUrl(LocalCluster.DATABASE) + "?user=" + cluster.coordinator().user();
    loadSchema(url, store.schema());
    CliRun check = CliRun.of("check", "--jdbc-url", url, "--placement", store.expectedFile().toString(),
        "--format", "junit", "--out", dir.resolve("check.xml").toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    CliRun apply = CliRun.of("apply", "--target", "citus", "--jdbc-url", url, "--schema", store.schema().toString(),
        "--placement", store.expectedFile().toString(), "--mode", "existing", "--shard-count", "8", "--yes",
        "--wait", "60s", "--format", "json");
    assertThat(apply.exit()).as(apply.err() + apply.out()).isZero();
    JsonNode result = new ObjectMapper().readTree(apply.out());
    assertThat(result.get("ok").asBoolean()).isTrue();
    assertThat(result.get("readBackDifferences")).isEmpty();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM citus_tables")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(12);
    }
  }
}
