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
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.model.TableCounts;

class AnalyzeCommandTest {
  @TempDir
  static Path dir;
  static GenerationResult tpcc;

  @BeforeAll
  static void generate() throws Exception {
    tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withTransactions(300).withSessions(3)
        .withSmall(true).withWriteData(false).withFormat(LogFormat.CSVLOG).withProtocol(Protocol.SIMPLE),
        dir.resolve("tpcc"));
  }

  @Test
  void jsonListsEverySchemaTableWithTheGeneratorsCommittedCounts() throws Exception {
    CliRun r = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString(), "--format", "json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("statements").asLong()).isEqualTo(tpcc.expected().statements());
    assertThat(root.get("transactions").asLong()).isEqualTo(tpcc.expected().transactions());
    List<String> names = new ArrayList<>();
    for (JsonNode t : root.get("tables")) {
      String name = t.get("name").asText();
      names.add(name);
      TableCounts c = tpcc.expected().counts().get(name);
      assertThat(t.get("reads").asLong()).as(name).isEqualTo(c.reads());
      assertThat(t.get("inserts").asLong()).as(name).isEqualTo(c.inserts());
      assertThat(t.get("updates").asLong()).as(name).isEqualTo(c.updates());
      assertThat(t.get("deletes").asLong()).as(name).isEqualTo(c.deletes());
      long writes = c.inserts() + c.updates() + c.deletes();
      long all = writes + c.reads();
      assertThat(t.get("updateRatio").asDouble()).isCloseTo(all == 0 ? 0 : (double) writes / all,
          org.assertj.core.data.Offset.offset(0.0001));
    }
    assertThat(names).containsExactlyElementsOf(tpcc.expected().counts().keySet());
    assertThat(root.get("joins")).hasSize(tpcc.expected().joins().size());
    assertThat(root.get("skipped").has("catalog_or_utility")).isTrue();
  }

  @Test
  void noLiteralValueFromTheLogUnlessAsked() throws Exception {
    // the simple-protocol log inlines customer names such as 'BARBARBAR' in its statements
    String log = Files.readString(tpcc.log());
    String literal = "BARBARBAR";
    assertThat(log).contains(literal);
    for (String format : List.of("json", "text")) {
      CliRun r = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString(), "--format", format);
      assertThat(r.exit()).isZero();
      assertThat(r.out()).doesNotContain(literal).doesNotContain("'");
    }
    CliRun shown = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString(), "--format", "json",
        "--show-values");
    assertThat(shown.out()).contains("sampleTransactions");
  }

  @Test
  void textSummaryAndOutFile() throws Exception {
    Path out = dir.resolve("out/summary.json");
    CliRun r = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString(), "--format", "json",
        "--out", out.toString());
    assertThat(r.exit()).isZero();
    assertThat(new ObjectMapper().readTree(Files.readString(out)).get("tables")).isNotEmpty();
    CliRun text = CliRun.of("analyze", "--schema", tpcc.schema().toString(), tpcc.log().toString());
    assertThat(text.out()).contains("Statements:", "Tables", "order_line", "Join edges", "statements/s");
  }

  @Test
  void tooManyUnusableStatementsFailWithOneLine() throws Exception {
    Path bad = dir.resolve("bad.sql");
    Files.writeString(bad, "SELECT * FROM warehouse WHERE w_id = 1;\nSELEC oops;\nSELECT * FROM nowhere;\n");
    CliRun r = CliRun.of("analyze", "--schema", tpcc.schema().toString(), bad.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).startsWith("error: ").contains("--max-skipped-percent").contains("unparseable_sql");
    assertThat(r.err().lines().count()).isEqualTo(1);
    CliRun allowed = CliRun.of("analyze", "--schema", tpcc.schema().toString(), bad.toString(), "--max-skipped-percent", "70");
    assertThat(allowed.exit()).as(allowed.err()).isZero();
  }

  @Test
  void missingFilesAndUnreadableSchemasAreOneLineErrors() throws Exception {
    CliRun missing = CliRun.of("analyze", "--schema", tpcc.schema().toString(), dir.resolve("nope.csv").toString());
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("error: ").contains("nope.csv");
    Path notSchema = dir.resolve("not-a-schema.sql");
    Files.writeString(notSchema, "hello world\n");
    CliRun schema = CliRun.of("analyze", "--schema", notSchema.toString(), tpcc.log().toString());
    assertThat(schema.exit()).isEqualTo(1);
    assertThat(schema.err()).startsWith("error: ");
    assertThat(schema.err().lines().count()).isEqualTo(1);
    CliRun none = CliRun.of("analyze", tpcc.log().toString());
    assertThat(none.exit()).isEqualTo(1);
    assertThat(none.err()).contains("--schema");
  }
}
