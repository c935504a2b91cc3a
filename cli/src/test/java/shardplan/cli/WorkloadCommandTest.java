package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import shardplan.workloads.ExpectedJson;
import shardplan.workloads.model.Expected;

class WorkloadCommandTest {
  @TempDir
  Path dir;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine cl = Shardplan.commandLine();
    cl.setOut(new PrintWriter(out, true));
    cl.setErr(new PrintWriter(err, true));
    return cl.execute(args);
  }

  @Test
  void listShowsEveryWorkloadOnOneLine() {
    assertThat(run("workload", "list")).isZero();
    assertThat(out.toString().lines()).hasSize(3);
    assertThat(out.toString()).contains("tpcc ").contains("store ").contains("commerce ").contains("warehouses").contains("customers");
    assertThat(err.toString()).isEmpty();
  }

  @Test
  void generateWritesTheFolderAndSaysWhat() throws Exception {
    Path target = dir.resolve("tpcc");
    int code = run("workload", "generate", "tpcc", "--out", target.toString(), "--transactions", "300", "--scale", "2",
        "--small", "--sessions", "3", "--seed", "7", "--format", "stderr");
    assertThat(err.toString()).isEmpty();
    assertThat(code).isZero();
    assertThat(target.resolve("schema.sql")).exists();
    assertThat(target.resolve("data").resolve("load.sql")).exists();
    assertThat(target.resolve("postgresql.log")).exists();
    Expected e = ExpectedJson.read(target.resolve("expected.json"));
    assertThat(e.workload()).isEqualTo("tpcc");
    assertThat(e.scale()).isEqualTo(2);
    assertThat(e.seed()).isEqualTo(7);
    assertThat(e.format()).isEqualTo("stderr");
    assertThat(e.transactions()).isEqualTo(300);
    assertThat(out.toString()).contains("300 transactions").contains("3 sessions").contains("postgresql.log");
  }

  @Test
  void sameArgumentsWriteTheSameBytes() throws Exception {
    for (String d : new String[] {"a", "b"}) {
      assertThat(run("workload", "generate", "store", "--out", dir.resolve(d).toString(), "--transactions", "200",
          "--scale", "100", "--small", "--no-data", "--format", "jsonlog")).isZero();
    }
    assertThat(Files.mismatch(dir.resolve("a/postgresql.json"), dir.resolve("b/postgresql.json"))).isEqualTo(-1L);
    assertThat(dir.resolve("a/data")).doesNotExist();
  }

  @Test
  void unknownWorkloadIsAUsageErrorOnOneLine() {
    assertThat(run("workload", "generate", "tpch", "--out", dir.toString())).isEqualTo(Shardplan.USAGE);
    assertThat(err.toString().lines().findFirst().orElseThrow()).startsWith("error: ")
        .contains("unknown workload 'tpch'").contains("tpcc, store");
    assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
  }

  @Test
  void badFormatIsAUsageError() {
    assertThat(run("workload", "generate", "tpcc", "--out", dir.toString(), "--format", "xml"))
        .isEqualTo(Shardplan.USAGE);
    assertThat(err.toString()).startsWith("error: ").contains("unknown format 'xml'");
  }

  @Test
  void badFractionIsAUsageError() {
    assertThat(run("workload", "generate", "tpcc", "--out", dir.toString(), "--remote-payment-fraction", "1.5"))
        .isEqualTo(Shardplan.USAGE);
    assertThat(err.toString()).startsWith("error: ").contains("between 0 and 1");
  }

  @Test
  void missingOutIsAUsageError() {
    assertThat(run("workload", "generate", "tpcc")).isEqualTo(Shardplan.USAGE);
    assertThat(err.toString()).contains("--out");
  }

  @Test
  void outThatIsAFileIsBadInput() throws Exception {
    Path file = Files.writeString(dir.resolve("file"), "x");
    assertThat(run("workload", "generate", "tpcc", "--out", file.toString(), "--small")).isEqualTo(Shardplan.BAD_INPUT);
    assertThat(err.toString().lines()).hasSize(1);
    assertThat(err.toString()).startsWith("error: ").contains("not a folder");
  }

  @Test
  void helpHasExamples() {
    assertThat(run("workload", "generate", "--help")).isZero();
    assertThat(out.toString()).contains("Examples:").contains("--remote-order-line-fraction")
        .contains("csvlog, stderr, jsonlog or sql");
  }

  @Test
  void noProgressWhenStderrIsNotATerminal() {
    assertThat(run("workload", "generate", "tpcc", "--out", dir.resolve("p").toString(), "--transactions", "50",
        "--small", "--no-data")).isZero();
    assertThat(err.toString()).isEmpty();
  }
}
