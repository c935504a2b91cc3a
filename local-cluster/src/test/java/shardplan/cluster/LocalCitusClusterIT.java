package shardplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs only where the Citus extension is installed for the machine's PostgreSQL. */
class LocalCitusClusterIT {

  @Test
  void coordinatorRegistersEveryWorker() throws Exception {
    Assumptions.assumeTrue(PostgresBinaries.require().hasCitus(),
        "Citus is not installed for the PostgreSQL server on this machine");
    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(3, LocalClusterIT.tempDir()).withCitus(true));
         Connection c = cluster.coordinator().connect(LocalCluster.DATABASE);
         Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM citus_get_active_worker_nodes()")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(2);
      }
      st.execute("CREATE TABLE t (id int PRIMARY KEY, v text)");
      st.execute("SELECT create_distributed_table('t', 'id', shard_count => 4)");
      st.execute("INSERT INTO t SELECT g, g::text FROM generate_series(1, 100) g");
      try (ResultSet rs = st.executeQuery(
          "SELECT count(DISTINCT nodeport) FROM citus_shards WHERE table_name = 't'::regclass")) {
        rs.next();
        assertThat(rs.getInt(1)).isGreaterThanOrEqualTo(2);
      }
    }
  }
}
