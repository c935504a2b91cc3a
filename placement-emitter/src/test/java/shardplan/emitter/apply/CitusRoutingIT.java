package shardplan.emitter.apply;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.cluster.PostgresInstance;

/**
 * The routing model against a locally installed Citus (a coordinator and two workers started by
 * {@link LocalCluster}), for TPC-C and the online store: predicted single-shard and multi-shard
 * statements equal {@code citus_stat_counters} within 1 % ({@link CitusRoutingCheck}). Skipped,
 * saying why, when the Citus extension is not installed for this machine's PostgreSQL.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CitusRoutingIT {
  private LocalCluster cluster;
  private Path dir;

  @BeforeAll
  void up() throws Exception {
    Assumptions.assumeTrue(PostgresBinaries.locate().map(PostgresBinaries::hasCitus).orElse(false),
        "the Citus extension is not installed for this machine's PostgreSQL (no citus.so in its pkglibdir)");
    dir = Files.createTempDirectory("shardplan-citus-routing",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(true));
  }

  @AfterAll
  void down() {
    if (cluster != null) {
      cluster.close();
    }
    TpccDatabase.deleteTree(dir);
  }

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store"})
  void predictedRoutingEqualsCitusStatCounters(String workload) throws Exception {
    String db = "routing_" + workload;
    for (PostgresInstance n : cluster.nodes()) {
      n.createDatabase(db);
      try (Connection conn = n.connect(db); Statement st = conn.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      }
    }
    try (Connection conn = cluster.coordinator().connect(db); Statement st = conn.createStatement()) {
      st.execute("SELECT citus_set_coordinator_host('127.0.0.1', " + cluster.coordinator().port() + ")");
      for (PostgresInstance w : cluster.workers()) {
        st.execute("SELECT citus_add_node('127.0.0.1', " + w.port() + ")");
      }
      CitusRoutingCheck.enableStatCounters(conn, db);
    }
    CitusRoutingCheck.check(workload, dir, () -> cluster.coordinator().connect(db),
        new Connections(cluster.coordinator().jdbcUrl(db) + "?user=" + cluster.coordinator().user(), Map.of()),
        cluster.workers().size());
  }
}
