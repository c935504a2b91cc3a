package shardplan.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.log.LogOptions;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.replay.model.CitusRouting;
import shardplan.replay.model.NodesReached;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.run.LogReplayer;
import shardplan.replay.run.ServerConnections;

/**
 * A replay on a Citus coordinator reports what citus_stat_counters counted during it. Runs where
 * the Citus extension is installed for the machine's PostgreSQL; skipped, with the reason,
 * elsewhere.
 */
class ReplayCitusIT {
  @Test
  void theReplayReportsCitusOwnSingleAndMultiShardCounts() throws Exception {
    Path dir = CitusTests.folderIfCitus("shardplan-replay-citus");
    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(true))) {
      PostgresInstance c = cluster.coordinator();
      try (Connection conn = c.connect(LocalCluster.DATABASE); Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE account (id int PRIMARY KEY, email text, balance int)");
        st.execute("SELECT create_distributed_table('account', 'id')");
        st.execute("CREATE TABLE country (code text PRIMARY KEY, name text)");
        st.execute("SELECT create_reference_table('country')");
      }
      Path log = dir.resolve("app.sql");
      Files.writeString(log, String.join("\n",
          "INSERT INTO account VALUES (1, 'a@example.org', 10);",
          "INSERT INTO account VALUES (2, 'b@example.org', 20);",
          "SELECT balance FROM account WHERE id = 1;",
          "BEGIN;",
          "UPDATE account SET balance = balance - 1 WHERE id = 1;",
          "UPDATE account SET balance = balance + 1 WHERE id = 2;",
          "COMMIT;",
          "SELECT id FROM account WHERE email = 'b@example.org';",
          "UPDATE account SET balance = 0 WHERE email = 'nobody@example.org';",
          "SELECT name FROM country WHERE code = 'NL';",
          ""), StandardCharsets.UTF_8);
      ReplayReport r = LogReplayer.replay(List.of(log),
          new ServerConnections(c.jdbcUrl(LocalCluster.DATABASE) + "?user=" + c.user(), "shardplan replay test"),
          new LogReplayer.Options(2, Long.MAX_VALUE, LogOptions.DEFAULT, true));
      assertThat(r.errors()).isEmpty();
      assertThat(r.statements()).isEqualTo(8);
      // by the distribution column: 5 router statements and the reference read; by email: 2 fan-outs
      assertThat(r.citus()).contains(new CitusRouting(6, 2));
      // the two fan-outs reach both workers; the transfer block does when accounts 1 and 2 live on
      // different workers, as Citus's own shard metadata says
      int transferWorkers;
      try (Connection conn = c.connect(LocalCluster.DATABASE); Statement st = conn.createStatement();
           java.sql.ResultSet rs = st.executeQuery("SELECT count(DISTINCT groupid) FROM pg_dist_placement"
               + " WHERE shardid IN (get_shard_id_for_distribution_column('account', 1),"
               + " get_shard_id_for_distribution_column('account', 2))")) {
        rs.next();
        transferWorkers = rs.getInt(1);
      }
      assertThat(r.nodesReached()).contains(new NodesReached(7, 2 + (transferWorkers > 1 ? 1 : 0)));
    }
  }
}
