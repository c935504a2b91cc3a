package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * The pipeline of docs/ci.md exactly as a CI service runs it: a single {@code citusdata/citus}
 * container, the schema loaded, {@code check}, {@code apply --yes --wait --format json}, a smoke
 * query. Skipped when no Docker engine is reachable ({@link CiRecipeIT} runs the same steps on
 * local servers).
 */
@Testcontainers(disabledWithoutDocker = true)
class CiRecipeTestcontainersIT {
  @Container
  private static final PostgreSQLContainer CITUS = new PostgreSQLContainer(DockerImageName.parse("citusdata/citus:13.0")
      .asCompatibleSubstituteFor("postgres"))
      .withDatabaseName("postgres")
      .withUsername("postgres")
      .withPassword("ci");

  @TempDir
  Path dir;

  @Test
  void theRecipeRunsOnTheCitusImage() throws Exception {
    GenerationResult store = WorkloadGenerator.generate("store", WorkloadOptions.DEFAULT.withScale(2)
        .withTransactions(10).withSmall(true).withWriteData(false), dir.resolve("store"));
    String url = CITUS.getJdbcUrl() + (CITUS.getJdbcUrl().contains("?") ? "&" : "?") + "user=postgres&password=ci";
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      st.execute(Files.readString(store.schema()));
    }
    Path xml = dir.resolve("shardplan-check.xml");
    CliRun check = CliRun.of("check", "--jdbc-url", url, "--placement", store.expectedFile().toString(),
        "--target", "citus", "--format", "junit", "--out", xml.toString());
    assertThat(check.exit()).as(check.out() + check.err()).isZero();
    assertThat(Files.readString(xml)).contains("failures=\"0\"");
    CliRun apply = CliRun.of("apply", "--target", "citus", "--jdbc-url", url, "--schema", store.schema().toString(),
        "--placement", store.expectedFile().toString(), "--mode", "existing", "--yes", "--wait", "60s",
        "--format", "json");
    assertThat(apply.exit()).as(apply.err() + apply.out()).isZero();
    assertThat(apply.out()).doesNotContain("password=ci");
    JsonNode result = new ObjectMapper().readTree(apply.out());
    assertThat(result.get("ok").asBoolean()).isTrue();
    try (Connection c = DriverManager.getConnection(url); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE citus_table_type = 'distributed'),"
             + " count(*) FILTER (WHERE citus_table_type = 'reference') FROM citus_tables")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(8);
      assertThat(rs.getInt(2)).isEqualTo(4);
    }
  }
}
