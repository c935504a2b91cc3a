package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

class EvaluateCommandTest {
  @TempDir static Path dir;
  static GenerationResult tpcc;

  @BeforeAll
  static void generate() throws Exception {
    tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(4).withTransactions(400)
        .withSmall(true).withWriteData(false), dir.resolve("tpcc"));
  }



  static String[] evaluate(Path placement, String... more) {
    List<String> a = new ArrayList<>(List.of("evaluate", "--schema", tpcc.schema().toString(), tpcc.log().toString(),
        "--placement", placement.toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void jsonHasThePlacementItsMetricsAndTheBaselines() throws Exception {
    CliRun r = CliRun.of(evaluate(tpcc.expectedFile(), "--nodes", "4", "--format", "json",
        "--expected", tpcc.expectedFile().toString()));
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("nodes").asInt()).isEqualTo(4);
    assertThat(root.get("shardCount").asInt()).isEqualTo(32);
    assertThat(root.get("tables")).hasSize(9);
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence("nodes", "shardCount", "tables", "metrics", "baselines", "alternatives",
        "rejectedColumns", "droppedForeignKeys", "hotRows", "lookupTables", "input");
    List<String> baselines = new ArrayList<>();
    root.get("baselines").fieldNames().forEachRemaining(baselines::add);
    assertThat(baselines).containsExactly("hashPrimaryKey", "replicateAll", "expected");
    // the placement given is the expected one, so both evaluate alike
    assertThat(root.get("baselines").get("expected")).isEqualTo(root.get("metrics"));
    assertThat(root.get("metrics").get("transactions").asLong()).isEqualTo(tpcc.expected().transactions());
    assertThat(root.get("input").get("statements").asLong()).isEqualTo(tpcc.expected().statements());
    assertThat(root.get("metrics").get("distributedTransactionFraction").asDouble())
        .isLessThan(root.get("baselines").get("hashPrimaryKey").get("distributedTransactionFraction").asDouble());
  }

  @Test
  void textShowsEveryPlacementOnItsOwnLine() {
    CliRun r = CliRun.of(evaluate(tpcc.expectedFile(), "--shard-count", "16"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("on 4 nodes, 16 shards per distributed table", "distributed tx",
        "\nplacement ", "\nhashPrimaryKey ", "\nreplicateAll ", "reference: item", "colocation group 1: warehouse(w_id)");
  }

  @Test
  void unknownTableInThePlacementFailsWithOneLine() throws Exception {
    Path p = dir.resolve("bad.json");
    Files.writeString(p, "{\"tables\":[{\"name\":\"nope\",\"placement\":\"reference\"}]}");
    CliRun r = CliRun.of(evaluate(p));
    assertThat(r.exit()).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(r.err()).isEqualTo("error: bad.json: table nope is not in the schema" + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @Test
  void missingPlacementFileAndBadOptionsFailClearly() {
    CliRun missing = CliRun.of(evaluate(dir.resolve("absent.json")));
    assertThat(missing.exit()).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(missing.err()).startsWith("error: ").contains("absent.json");
    CliRun format = CliRun.of(evaluate(tpcc.expectedFile(), "--format", "xml"));
    assertThat(format.exit()).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(format.err()).contains("--format must be text or json");
    CliRun noPlacement = CliRun.of("evaluate", "--schema", tpcc.schema().toString(), tpcc.log().toString());
    assertThat(noPlacement.exit()).isEqualTo(Shardplan.USAGE);
  }

  @Test
  void aPgStatStatementsExportPredictsTheLogsRoutingFromCallsAlone() throws Exception {
    CliRun fromLog = CliRun.of(evaluate(tpcc.expectedFile(), "--nodes", "4", "--format", "json"));
    JsonNode logMetrics = new ObjectMapper().readTree(fromLog.out()).get("metrics");
    CliRun analysed = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString(),
        "--format", "json");
    StringBuilder csv = new StringBuilder("userid,dbid,queryid,query,calls,rows\n");
    long id = 1;
    for (JsonNode t : new ObjectMapper().readTree(analysed.out()).get("templateList")) {
      csv.append("10,5,").append(id++).append(",\"").append(t.get("sql").asText().replace("\"", "\"\""))
          .append("\",").append(t.get("committedCalls").asLong() + t.get("abortedCalls").asLong()).append(",1\n");
    }
    Path export = Files.writeString(dir.resolve("pgss.csv"), csv);
    CliRun r = CliRun.of("evaluate", "--schema", tpcc.schema().toString(), export.toString(),
        "--placement", tpcc.expectedFile().toString(), "--nodes", "4", "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode m = new ObjectMapper().readTree(r.out()).get("metrics");
    for (String name : List.of("statements", "singleShardStatements", "multiShardStatements",
        "referenceReadStatements", "referenceWriteStatements", "unsupportedStatements")) {
      assertThat(m.get(name).asLong()).as(name).isEqualTo(logMetrics.get(name).asLong());
    }
    assertThat(m.get("uncertainStatements").asLong()).isZero();
    CliRun text = CliRun.of("evaluate", "--schema", tpcc.schema().toString(), export.toString(),
        "--placement", tpcc.expectedFile().toString(), "--nodes", "4");
    assertThat(text.out()).contains("Statement routing on Citus", "pg_stat_statements export");
  }
}
