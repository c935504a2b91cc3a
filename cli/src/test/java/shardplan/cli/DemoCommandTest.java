package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DemoCommandTest {
  @TempDir Path dir;

  @Test
  void demoWritesTheLogThePlacementBothScriptsAndTheReports() throws Exception {
    CliRun r = CliRun.of("demo", "--out", dir.toString(), "--scale", "4",
        "--transactions", "800", "--nodes", "2");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).contains("== generating", "== analysing", "== advising");
    Path advice = dir.resolve("advice");
    for (String f : AdviceFiles.NAMES) {
      assertThat(advice.resolve(f)).isNotEmptyFile();
    }
    assertThat(dir.resolve("tpcc/postgresql.csv")).isNotEmptyFile();
    JsonNode placement = new ObjectMapper().readTree(advice.resolve(AdviceFiles.PLACEMENT).toFile());
    assertThat(placement.get("nodes").asInt()).isEqualTo(2);
    assertThat(placement.get("tables")).hasSize(9);
    assertThat(placement.get("baselines").has("expected")).isTrue();
    assertThat(Files.readString(advice.resolve(AdviceFiles.CITUS))).contains("create_distributed_table");
    assertThat(Files.readString(advice.resolve(AdviceFiles.FDW))).contains("PARTITION BY HASH");
    assertThat(Files.readString(advice.resolve(AdviceFiles.REPORT_HTML))).contains("<svg");
    assertThat(r.out()).contains("Wrote:", "report.md");
  }

  @Test
  void unknownWorkloadIsOneLineAndExitOne() {
    CliRun r = CliRun.of("demo", "--workload", "nosuch", "--out", dir.toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: unknown workload 'nosuch'").doesNotContain("\n");
  }
}
