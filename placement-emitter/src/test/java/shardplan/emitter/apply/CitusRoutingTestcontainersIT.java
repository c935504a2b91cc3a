package shardplan.emitter.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.testcontainers.containers.Network;
import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.postgresql.PostgreSQLContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The routing check of {@link CitusRoutingCheck} on the {@code citusdata/citus} image (13.1 or
 * later has {@code citus_stat_counters}): a coordinator and two workers on one Docker network,
 * one database per workload. Skipped when no Docker engine is reachable.
 */
@Testcontainers(disabledWithoutDocker = true)
class CitusRoutingTestcontainersIT {
  private static final DockerImageName CITUS = DockerImageName.parse("citusdata/citus:13.2")
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

  private static String url(PostgreSQLContainer c, String db) {
    return c.getJdbcUrl().replace("/shardplan", "/" + db);
  }

  private static Connection connect(PostgreSQLContainer c, String db) throws java.sql.SQLException {
    return DriverManager.getConnection(url(c, db), c.getUsername(), c.getPassword());
  }

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store"})
  void predictedRoutingEqualsCitusStatCounters(String workload) throws Exception {
    String db = "routing_" + workload;
    for (PostgreSQLContainer n : List.of(WORKER1, WORKER2, COORDINATOR)) {
      try (Connection c = connect(n, "shardplan"); Statement st = c.createStatement()) {
        st.execute("CREATE DATABASE " + db);
      }
      try (Connection c = connect(n, db); Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      }
    }
    try (Connection c = connect(COORDINATOR, db); Statement st = c.createStatement()) {
      st.execute("SELECT citus_set_coordinator_host('coordinator', 5432)");
      st.execute("SELECT citus_add_node('worker1', 5432)");
      st.execute("SELECT citus_add_node('worker2', 5432)");
      CitusRoutingCheck.enableStatCounters(c, db);
    }
    Path dir = Files.createTempDirectory("shardplan-citus-routing-tc");
    try {
      CitusRoutingCheck.check(workload, dir, () -> connect(COORDINATOR, db),
          new Connections(url(COORDINATOR, db), Map.of("PGUSER", COORDINATOR.getUsername(),
              "PGPASSWORD", COORDINATOR.getPassword())), 2);
    } finally {
      TpccDatabase.deleteTree(dir);
    }
  }
}
