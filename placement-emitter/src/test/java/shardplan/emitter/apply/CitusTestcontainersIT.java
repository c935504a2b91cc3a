package shardplan.emitter.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.workloads.WorkloadOptions;

/**
 * The Citus target on the {@code citusdata/citus} image: a coordinator and two workers on one
 * Docker network. Skipped when no Docker engine is reachable.
 */
@Testcontainers(disabledWithoutDocker = true)
class CitusTestcontainersIT {
  private static final DockerImageName CITUS = DockerImageName.parse("citusdata/citus:13.0")
      .asCompatibleSubstituteFor("postgres");
  private static final Network NETWORK = Network.newNetwork();

  @Container
  private static final PostgreSQLContainer WORKER1 = node("worker1");
  @Container
  private static final PostgreSQLContainer WORKER2 = node("worker2");
  @Container
  private static final PostgreSQLContainer COORDINATOR = node("coordinator");

  private static PostgreSQLContainer node(String alias) {
    return new PostgreSQLContainer(CITUS)
        .withNetwork(NETWORK)
        .withNetworkAliases(alias)
        .withDatabaseName("shardplan")
        .withUsername("postgres")
        .withPassword("postgres")
        .withEnv("POSTGRES_HOST_AUTH_METHOD", "trust");
  }

  private static Connection coordinator() throws Exception {
    return DriverManager.getConnection(COORDINATOR.getJdbcUrl(), COORDINATOR.getUsername(),
        COORDINATOR.getPassword());
  }

  @Test
  void existingTpccTablesAreDistributedWithEveryRowKept() throws Exception {
    Path data = Files.createTempDirectory("shardplan-citus-tc");
    TpccDatabase tpcc = new TpccDatabase("tpcc", WorkloadOptions.DEFAULT.withScale(2).withSmall(true).withSeed(3),
        data);
    try (Connection c = coordinator(); Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      st.execute("SELECT citus_set_coordinator_host('coordinator', 5432)");
      st.execute("SELECT citus_add_node('worker1', 5432)");
      st.execute("SELECT citus_add_node('worker2', 5432)");
      tpcc.createSchema(c);
      tpcc.load(c);
    }
    DdlPlan plan = PlacementEmitter.plan(tpcc.schema, tpcc.expertPlacement(3, 8), EmitOptions.citus(Mode.EXISTING));
    Connections conns = new Connections(COORDINATOR.getJdbcUrl(),
        Map.of("PGUSER", COORDINATOR.getUsername(), "PGPASSWORD", COORDINATOR.getPassword()));
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(plan, tpcc.schema, conns, new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("every table has the same row count and checksum as before",
        "read back: the cluster holds the placement asked for");
    assertThat(log.toString()).doesNotContain(COORDINATOR.getPassword() + "'");
    ApplyReport again = new Applier(plan, tpcc.schema, conns, new PrintWriter(new StringWriter())).run(true);
    assertThat(again.ran()).isZero();
    TpccDatabase.deleteTree(data);
  }
}
