package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/**
 * The JSON of {@code shardplan analyze} on a small hand-written workload, against a reviewed
 * golden file. {@code -Dgolden.update=true} rewrites it; on a mismatch the actual output is
 * written under {@code target/golden-actual/} for review.
 */
class AnalyzeGoldenTest {
  private static final Path RESOURCES = Paths.get("src/test/resources");

  @Test
  void jsonOfAHandWrittenWorkload() throws Exception {
    CommandLine cl = Shardplan.commandLine();
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    cl.setOut(new PrintWriter(out));
    cl.setErr(new PrintWriter(err));
    int exit = cl.execute("analyze", "--schema", RESOURCES.resolve("analyze/schema.sql").toString(),
        RESOURCES.resolve("analyze/workload.sql").toString(), "--format", "json", "--max-skipped-percent", "50");
    assertThat(exit).as(err.toString()).isZero();
    String actual = out.toString().replace("\r\n", "\n");
    assertThat(actual).doesNotContain("dollar-quoted note").doesNotContain("golden'");
    Path golden = RESOURCES.resolve("golden/analyze-workload.json");
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : "";
    if (!expected.equals(actual)) {
      Path dump = Paths.get("target/golden-actual/analyze-workload.json");
      Files.createDirectories(dump.getParent());
      Files.writeString(dump, actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file %s (actual written to target/golden-actual/)", golden).isEqualTo(expected);
  }
}
