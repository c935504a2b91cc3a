package shardplan.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.log.LogOptions;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.routing.RoutingModel;
import shardplan.replay.model.CitusRouting;
import shardplan.replay.model.NodesReached;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.run.LogReplayer;
import shardplan.replay.run.ServerConnections;

/**
 * Statements undone by {@code ROLLBACK TO SAVEPOINT} ran on the cluster: the routing model's
 * prediction for a log with savepoints equals what a replay on Citus measures, statements and
 * nodes reached alike. Runs where the Citus extension is installed for the machine's PostgreSQL;
 * skipped, with the reason, elsewhere.
 */
class SavepointRoutingCitusIT {
  @Test
  void statementsUndoneBySavepointsAreRoutedAsCitusRanThem() throws Exception {
    Path dir = CitusTests.folderIfCitus("shardplan-savepoint-citus");
    Path schemaFile = dir.resolve("schema.sql");
    Files.writeString(schemaFile, "CREATE TABLE account (id int PRIMARY KEY, email text, balance int);\n"
        + "CREATE TABLE country (code text PRIMARY KEY, name text);\n", StandardCharsets.UTF_8);
    Path log = dir.resolve("app.sql");
    Files.writeString(log, String.join("\n",
        "INSERT INTO account VALUES (1, 'a@example.org', 10);",
        "INSERT INTO account VALUES (2, 'b@example.org', 20);",
        "BEGIN;",
        "UPDATE account SET balance = balance - 1 WHERE id = 1;",
        "SAVEPOINT s1;",
        "UPDATE account SET balance = balance + 1 WHERE id = 2;",
        "SELECT balance FROM account WHERE email = 'b@example.org';",
        "ROLLBACK TO SAVEPOINT s1;",
        "UPDATE account SET balance = balance + 1 WHERE id = 1;",
        "COMMIT;",
        "BEGIN;",
        "SAVEPOINT s2;",
        "UPDATE account SET balance = 0 WHERE email = 'a@example.org';",
        "ROLLBACK TO SAVEPOINT s2;",
        "SELECT name FROM country WHERE code = 'NL';",
        "COMMIT;",
        ""), StandardCharsets.UTF_8);
    Schema schema = Analyzer.readSchema(schemaFile);
    Placement placement = PlacementJson.readPlacement("{\"nodes\": 2, \"shardCount\": 32, \"tables\": ["
        + "{\"name\": \"account\", \"placement\": \"distributed\", \"column\": \"id\", \"colocationGroup\": 1},"
        + "{\"name\": \"country\", \"placement\": \"reference\"}]}", "test", schema, 2, 32);
    WorkloadProfile profile = Analyzer.analyze(schema, List.of(log), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    StatementRouting predicted = RoutingModel.of(profile).evaluate(placement);

    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(true))) {
      PostgresInstance c = cluster.coordinator();
      try (Connection conn = c.connect(LocalCluster.DATABASE); Statement st = conn.createStatement()) {
        st.execute("CREATE TABLE account (id int PRIMARY KEY, email text, balance int)");
        st.execute("SELECT create_distributed_table('account', 'id', shard_count => 32)");
        st.execute("CREATE TABLE country (code text PRIMARY KEY, name text)");
        st.execute("SELECT create_reference_table('country')");
      }
      ReplayReport r = LogReplayer.replay(List.of(log),
          new ServerConnections(c.jdbcUrl(LocalCluster.DATABASE) + "?user=" + c.user(), "shardplan replay test"),
          new LogReplayer.Options(1, Long.MAX_VALUE, LogOptions.DEFAULT, true));
      assertThat(r.errors()).isEmpty();
      // the three undone statements (one by id, two by email) are in both
      assertThat(r.citus()).contains(new CitusRouting(predicted.citusSingleShardStatements(),
          predicted.citusMultiShardStatements()));
      assertThat(predicted.citusMultiShardStatements()).isEqualTo(2);
      assertThat(r.nodesReached()).contains(new NodesReached(predicted.transactions(),
          predicted.distributedTransactions()));
    }
  }
}
