package shardplan.partitioner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.hash.CitusShardMap;
import shardplan.partitioner.hash.PgHash;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.StatementRoute;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.model.TemplateRouting;

/** Statements parsed by the analyzer from a real SQL file, routed as Citus's planner routes them. */
class RoutingModelTest {
  private static final String SCHEMA = """
      CREATE TABLE customers (id bigint PRIMARY KEY, phone text UNIQUE, region int);
      CREATE TABLE orders (customer_id bigint, id bigint, total int, PRIMARY KEY (customer_id, id));
      CREATE TABLE countries (code text PRIMARY KEY, name text);
      CREATE TABLE notes (id int PRIMARY KEY, body text);
      CREATE TABLE events (id bigint PRIMARY KEY, customer_id bigint);
      """;
  private static final int NODES = 2;
  private static final int SHARDS = 4;
  private static final CitusShardMap MAP = new CitusShardMap(SHARDS, NODES);

  @TempDir
  Path dir;

  private static Placement placement() {
    return new Placement(NODES, SHARDS, List.of(
        TablePlacement.distributed("customers", "id", 1, "t"),
        TablePlacement.distributed("orders", "customer_id", 1, "t"),
        TablePlacement.reference("countries", "t"),
        TablePlacement.distributed("events", "id", 2, "t"),
        TablePlacement.local("notes", "t")));
  }

  private WorkloadProfile analyze(String log) throws Exception {
    Path schema = Files.writeString(dir.resolve("schema.sql"), SCHEMA);
    Path input = Files.writeString(dir.resolve("log.sql"), log);
    return Analyzer.analyze(Analyzer.readSchema(schema), List.of(input), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);
  }

  private static int shard(long v) {
    return MAP.shardIndex(PgHash.hashInt8(v));
  }

  /** The route of the only statement of each template, keyed by a fragment of its text. */
  private static Map<String, TemplateRouting> byTemplate(StatementRouting r) {
    return r.templates().stream().collect(Collectors.toMap(TemplateRouting::sql, t -> t));
  }

  private static StatementRoute routeOf(StatementRouting r, String sqlFragment) {
    List<TemplateRouting> ts = r.templates().stream().filter(t -> t.sql().contains(sqlFragment)).toList();
    assertThat(ts).as(sqlFragment).hasSize(1);
    TemplateRouting t = ts.get(0);
    for (StatementRoute route : StatementRoute.values()) {
      if (t.count(route) == t.statements()) {
        return route;
      }
    }
    throw new AssertionError("mixed routes for " + sqlFragment + ": " + t);
  }

  @Test
  void classifiesEachStatementAsCitusPlansIt() throws Exception {
    // two ids on one shard and two on different shards
    long a = 1;
    long sameShard = 2;
    while (shard(sameShard) != shard(a)) {
      sameShard++;
    }
    long otherShard = 2;
    while (shard(otherShard) == shard(a)) {
      otherShard++;
    }
    WorkloadProfile p = analyze(String.join("\n",
        "SELECT * FROM customers WHERE id = 1;",
        "SELECT * FROM customers WHERE phone = '555';",
        "SELECT * FROM customers c JOIN orders o ON o.customer_id = c.id WHERE c.id = 7;",
        "SELECT count(*) FROM orders o JOIN customers c ON o.customer_id = c.id;",
        "SELECT * FROM customers c JOIN orders o ON o.id = c.id WHERE c.region = 1;",
        "UPDATE customers SET region = 2 WHERE phone = 'x';",
        "SELECT * FROM orders WHERE customer_id IN (" + a + ", " + sameShard + ");",
        "SELECT * FROM customers WHERE id IN (" + a + ", " + otherShard + ", " + a + ");",
        "INSERT INTO orders (customer_id, id, total) VALUES (" + a + ", 1, 10), (" + otherShard + ", 2, 20);",
        "INSERT INTO events (id, customer_id) VALUES (" + a + ", 1), (" + sameShard + ", 2);",
        "SELECT name FROM countries WHERE code = 'FR';",
        "UPDATE countries SET name = 'x' WHERE code = 'FR';",
        "SELECT * FROM customers c JOIN countries k ON k.code = c.phone WHERE c.id = 3;",
        "SELECT * FROM notes WHERE id = 1;",
        "SELECT * FROM customers c JOIN events e ON e.customer_id = c.id WHERE c.id = 5;",
        "SET search_path TO public;",
        "SELECT 1;"));
    StatementRouting r = RoutingModel.of(p).evaluate(placement());

    assertThat(routeOf(r, "FROM customers WHERE id = $1")).isEqualTo(StatementRoute.SINGLE_SHARD);
    assertThat(routeOf(r, "WHERE phone = $1")).isEqualTo(StatementRoute.MULTI_SHARD);
    assertThat(routeOf(r, "o.customer_id = c.id WHERE c.id = $1")).isEqualTo(StatementRoute.SINGLE_SHARD);
    assertThat(routeOf(r, "SELECT count(*) FROM orders o JOIN")).isEqualTo(StatementRoute.MULTI_SHARD);
    assertThat(routeOf(r, "o.id = c.id")).isEqualTo(StatementRoute.UNSUPPORTED);
    assertThat(routeOf(r, "UPDATE customers")).isEqualTo(StatementRoute.MULTI_SHARD);
    assertThat(routeOf(r, "FROM orders WHERE customer_id IN")).isEqualTo(StatementRoute.SINGLE_SHARD);
    assertThat(routeOf(r, "FROM customers WHERE id IN")).isEqualTo(StatementRoute.MULTI_SHARD);
    assertThat(routeOf(r, "INSERT INTO orders")).isEqualTo(StatementRoute.MULTI_SHARD);
    assertThat(routeOf(r, "INSERT INTO events")).isEqualTo(StatementRoute.SINGLE_SHARD);
    assertThat(routeOf(r, "SELECT name FROM countries")).isEqualTo(StatementRoute.REFERENCE_READ);
    assertThat(routeOf(r, "UPDATE countries")).isEqualTo(StatementRoute.REFERENCE_WRITE);
    assertThat(routeOf(r, "JOIN countries k")).isEqualTo(StatementRoute.SINGLE_SHARD);
    assertThat(routeOf(r, "FROM notes")).isEqualTo(StatementRoute.LOCAL);
    assertThat(routeOf(r, "JOIN events e")).isEqualTo(StatementRoute.UNSUPPORTED);

    assertThat(r.statements()).as("SET and SELECT 1 touch no table").isEqualTo(15);
    assertThat(r.singleShardStatements()).isEqualTo(5);
    assertThat(r.multiShardStatements()).isEqualTo(5);
    assertThat(r.referenceReadStatements()).isEqualTo(1);
    assertThat(r.referenceWriteStatements()).isEqualTo(1);
    assertThat(r.localStatements()).isEqualTo(1);
    assertThat(r.unsupportedStatements()).isEqualTo(2);
    assertThat(r.citusSingleShardStatements()).isEqualTo(7);
    TemplateRouting fanOut = byTemplate(r).get("SELECT * FROM customers WHERE phone = $1");
    assertThat(fanOut.shardsReached()).isEqualTo(SHARDS);
    assertThat(fanOut.nodesReached()).isEqualTo(NODES);
    assertThat(r.unsupportedTemplates()).allSatisfy(t -> assertThat(t.reason()).isNotBlank());
    // autocommit statements: each its own transaction; the fan-outs and the reference write
    // reach both nodes; the multi-row INSERT and the IN list over two shards reach the nodes of
    // their shards
    long expectedDistributed = 3 + 1 + (MAP.nodeOfShard(shard(a)) != MAP.nodeOfShard(shard(otherShard)) ? 2 : 0);
    assertThat(r.distributedTransactions()).isEqualTo(expectedDistributed);
  }

  @Test
  void aTransactionOfSingleShardStatementsOnTwoNodesIsDistributed() throws Exception {
    long a = 1;
    long other = 2;
    while (MAP.nodeOfShard(shard(other)) == MAP.nodeOfShard(shard(a))) {
      other++;
    }
    WorkloadProfile p = analyze(String.join("\n",
        "BEGIN;",
        "SELECT * FROM customers WHERE id = " + a + ";",
        "SELECT * FROM countries WHERE code = 'FR';",
        "UPDATE orders SET total = 1 WHERE customer_id = " + a + " AND id = 3;",
        "COMMIT;",
        "BEGIN;",
        "SELECT * FROM customers WHERE id = " + a + ";",
        "SELECT * FROM customers WHERE id = " + other + ";",
        "COMMIT;"));
    StatementRouting r = RoutingModel.of(p).evaluate(placement());
    assertThat(r.transactions()).isEqualTo(2);
    assertThat(r.singleShardStatements()).isEqualTo(4);
    assertThat(r.distributedTransactions()).isEqualTo(1);
    assertThat(r.distributedTransactionFraction()).isEqualTo(0.5);
  }

  @Test
  void oneNodeClusterHasNoDistributedTransactions() throws Exception {
    WorkloadProfile p = analyze("SELECT * FROM customers WHERE phone = '1';\nUPDATE countries SET name = 'y';\n");
    Placement one = new Placement(1, SHARDS, placement().tables());
    StatementRouting r = RoutingModel.of(p).evaluate(one);
    assertThat(r.multiShardStatements()).isEqualTo(1);
    assertThat(r.referenceWriteStatements()).isEqualTo(1);
    assertThat(r.distributedTransactions()).isZero();
  }
}
