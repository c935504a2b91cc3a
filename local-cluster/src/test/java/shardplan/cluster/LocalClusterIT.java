package shardplan.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LocalClusterIT {

  static Path tempDir() throws Exception {
    Path d = Files.createTempDirectory("shardplan-cluster", PosixFilePermissions.asFileAttribute(
        PosixFilePermissions.fromString("rwxr-xr-x")));
    return d;
  }

  @Test
  void threeNodesStartAnswerAndStopByFolder() throws Exception {
    Path dir = tempDir();
    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(3, dir).withSettings(Map.of("log_statement", "'all'")))) {
      assertThat(cluster.nodes()).hasSize(3);
      assertThat(cluster.nodes().stream().map(PostgresInstance::port).distinct()).hasSize(3);
      for (PostgresInstance n : cluster.nodes()) {
        try (Connection c = n.connect(LocalCluster.DATABASE); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SHOW log_statement")) {
          rs.next();
          assertThat(rs.getString(1)).isEqualTo("all");
        }
      }
      assertThat(LocalCluster.down(dir)).isEqualTo(3);
      assertThat(Files.exists(cluster.coordinator().dataDir().resolve("postmaster.pid"))).isFalse();
    }
  }

  @Test
  void downWithoutClusterSaysSo() throws Exception {
    Path dir = tempDir();
    assertThatThrownBy(() -> LocalCluster.down(dir)).hasMessageContaining("no cluster here");
  }

  @Test
  void citusRequestedButAbsentFailsClearly() throws Exception {
    PostgresBinaries bin = PostgresBinaries.require();
    org.junit.jupiter.api.Assumptions.assumeFalse(bin.hasCitus(), "Citus is installed here");
    assertThatThrownBy(() -> LocalCluster.up(ClusterSpec.of(2, tempDir()).withCitus(true)))
        .hasMessageContaining("Citus extension is not installed");
  }
}
