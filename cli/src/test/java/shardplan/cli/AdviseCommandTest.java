package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

class AdviseCommandTest {
  @TempDir static Path dir;
  static GenerationResult tpcc;

  @BeforeAll
  static void generate() throws Exception {
    tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(4).withTransactions(600)
        .withSmall(true).withWriteData(false), dir.resolve("tpcc"));
  }



  static String[] advise(String... more) {
    List<String> a = new ArrayList<>(List.of("advise", "--schema", tpcc.schema().toString(), tpcc.log().toString()));
    a.addAll(List.of(more));
    return a.toArray(new String[0]);
  }

  @Test
  void jsonListsEverySchemaTableOnceWithMetricsBaselinesAndInputAndOutWritesTheSame() throws Exception {
    Path outDir = dir.resolve("advice");
    CliRun r = CliRun.of(advise("--nodes", "4", "--expected", tpcc.expectedFile().toString(), "--out", outDir.toString()));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    JsonNode root = new ObjectMapper().readTree(r.out());
    List<String> fields = new ArrayList<>();
    root.fieldNames().forEachRemaining(fields::add);
    assertThat(fields).containsSubsequence("nodes", "shardCount", "tables", "metrics", "baselines", "alternatives",
        "rejectedColumns", "droppedForeignKeys", "hotRows", "lookupTables", "input");
    assertThat(root.get("nodes").asInt()).isEqualTo(4);
    // 32 by default, or fewer (a multiple of the nodes) where the warehouse id has fewer values and scores better.
    assertThat(root.get("shardCount").asInt()).matches(c -> c == 32 || (c % 4 == 0 && c < 32), "32 or a multiple of 4");
    Set<String> names = new HashSet<>();
    for (JsonNode t : root.get("tables")) {
      assertThat(names.add(t.get("name").asText())).isTrue();
      assertThat(t.get("reason").asText()).isNotBlank();
      String kind = t.get("placement").asText();
      assertThat(kind).isIn("reference", "distributed");
      if (kind.equals("distributed")) {
        assertThat(t.get("column").asText()).isNotBlank();
        assertThat(t.get("colocationGroup").asInt()).isPositive();
      }
    }
    assertThat(names).containsExactlyInAnyOrder("warehouse", "district", "customer", "history", "new_order",
        "orders", "order_line", "item", "stock");
    List<String> baselines = new ArrayList<>();
    root.get("baselines").fieldNames().forEachRemaining(baselines::add);
    assertThat(baselines).containsExactly("hashPrimaryKey", "replicateAll", "expected");
    assertThat(root.get("input").get("statements").asLong()).isEqualTo(tpcc.expected().statements());
    assertThat(Files.readString(outDir.resolve("placement.json"))).isEqualTo(r.out());
  }

  @Test
  void textShowsATableRowAndReasonPerTableAndTheMetricsBesideTheBaselines() {
    CliRun r = CliRun.of(advise("--nodes", "2", "--format", "text", "--shard-count", "16", "--seed", "3"));
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Advice for 2 nodes, 16 shards per distributed table", "Why:", "  item: ",
        "\nadvice ", "\nhashPrimaryKey ", "\nreplicateAll ", "Notes:");
  }

  @Test
  void badOptionsFailWithOneLine() {
    CliRun noNodes = CliRun.of(advise());
    assertThat(noNodes.exit()).isEqualTo(Shardplan.USAGE);
    CliRun format = CliRun.of(advise("--nodes", "4", "--format", "xml"));
    assertThat(format.exit()).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(format.err()).startsWith("error: ").contains("--format");
    CliRun threshold = CliRun.of(advise("--nodes", "4", "--update-threshold", "2"));
    assertThat(threshold.exit()).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(threshold.err()).contains("--update-threshold");
    CliRun zero = CliRun.of(advise("--nodes", "0"));
    assertThat(zero.exit()).isEqualTo(Shardplan.BAD_INPUT);
  }
}
