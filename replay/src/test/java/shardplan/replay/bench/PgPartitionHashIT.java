package shardplan.replay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;

/** The partition of every value, as PostgreSQL's own hash partitioning puts it. */
class PgPartitionHashIT {
  @Test
  void everyValueLandsInThePartitionPostgresPutsItIn() throws Exception {
    Path dir = Files.createTempDirectory("shardplan-hash-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(1, dir));
         Connection c = cluster.coordinator().connect(LocalCluster.DATABASE); Statement st = c.createStatement()) {
      for (String type : new String[] {"integer", "bigint", "smallint"}) {
        for (int modulus : new int[] {2, 3, 4, 7}) {
          String t = "t_" + type + "_" + modulus;
          st.execute("CREATE TABLE " + t + " (v " + type + ") PARTITION BY HASH (v)");
          for (int r = 0; r < modulus; r++) {
            st.execute("CREATE TABLE " + t + "_" + r + " PARTITION OF " + t
                + " FOR VALUES WITH (MODULUS " + modulus + ", REMAINDER " + r + ")");
          }
          String values = type.equals("bigint")
              ? "SELECT g::bigint * 7919 * 1000003 FROM generate_series(-300, 300) g UNION ALL SELECT generate_series(-300, 300)"
              : "SELECT generate_series(-300, 300)";
          st.execute("INSERT INTO " + t + " " + values);
          PgPartitionHash.Partitioner p = PgPartitionHash.forType(type).orElseThrow();
          int checked = 0;
          try (ResultSet rs = st.executeQuery("SELECT v::text, substring(tableoid::regclass::text from '_([0-9]+)$')::int"
              + " FROM " + t)) {
            while (rs.next()) {
              assertThat(p.partition(rs.getString(1), modulus)).as(type + " " + rs.getString(1) + " mod " + modulus)
                  .isEqualTo(rs.getInt(2));
              checked++;
            }
          }
          assertThat(checked).isGreaterThan(600);
        }
      }
    }
  }
}
