package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

class ApplyCommandTest {
  @TempDir static Path dir;
  static GenerationResult tpcc;

  @BeforeAll
  static void generate() throws Exception {
    tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(2).withTransactions(20)
        .withSmall(true).withWriteData(false), dir.resolve("tpcc"));
  }

  @Test
  void aClusterThatIsDownIsOneLineAndExitOne() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    CliRun r = CliRun.of("apply", "--target", "citus", "--jdbc-url",
        "jdbc:postgresql://127.0.0.1:" + port + "/shop?user=x&password=hunter2", "--schema", tpcc.schema().toString(),
        "--placement", tpcc.expectedFile().toString(), "--yes");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().lines().filter(l -> l.startsWith("error: ")).toList()).singleElement().asString()
        .startsWith("error: cannot connect to the coordinator at 127.0.0.1:" + port
            + "/shop: the server is not reachable (is the cluster up?)");
    assertThat(r.err()).doesNotContain("hunter2");
    assertThat(r.out()).doesNotContain("hunter2");
  }

  @Test
  void postgresFdwWithoutWorkersIsOneLine() {
    CliRun r = CliRun.of("apply", "--target", "postgres-fdw", "--jdbc-url",
        "jdbc:postgresql://127.0.0.1:1/shop", "--schema", tpcc.schema().toString(),
        "--placement", tpcc.expectedFile().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("error: --target postgres-fdw needs --workers host:port,...");
  }

  @Test
  void aUrlThatIsNotPostgresIsOneLineWithoutThePassword() {
    CliRun r = CliRun.of("apply", "--target", "citus", "--jdbc-url",
        "jdbc:mysql://h/db?password=hunter2", "--schema", tpcc.schema().toString(),
        "--placement", tpcc.expectedFile().toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("must start with jdbc:postgresql://").doesNotContain("hunter2");
  }

  @Test
  void waitRetriesAServerThatIsNotUpForABoundedTimeThenFailsInOneLine() throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    long start = System.nanoTime();
    CliRun r = CliRun.of("apply", "--target", "citus", "--jdbc-url", "jdbc:postgresql://127.0.0.1:" + port + "/shop",
        "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(), "--yes",
        "--wait", "2s", "--format", "json");
    double seconds = (System.nanoTime() - start) / 1e9;
    assertThat(r.exit()).isEqualTo(1);
    assertThat(seconds).isGreaterThanOrEqualTo(1.5);
    assertThat(r.err()).contains("waiting up to 2 s for the coordinator at 127.0.0.1:" + port + "/shop");
    String error = r.err().lines().filter(l -> l.startsWith("error: ")).findFirst().orElseThrow();
    assertThat(error).startsWith("error: cannot connect to the coordinator at 127.0.0.1:" + port
        + "/shop: the server is not reachable").containsPattern("\\(after \\d+ attempts in \\d+\\.\\d s\\)$");
    com.fasterxml.jackson.databind.JsonNode json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(r.out());
    assertThat(json.get("ok").asBoolean()).isFalse();
    assertThat(json.get("executed").asBoolean()).isFalse();
    assertThat(json.get("failure").asText()).isEqualTo(error.substring("error: ".length()));
  }

  @Test
  void badWaitAndFormatAreOneLine() {
    CliRun w = CliRun.of("apply", "--target", "citus", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/shop",
        "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(), "--wait", "soon");
    assertThat(w.exit()).isEqualTo(1);
    assertThat(w.err().strip()).isEqualTo("error: --wait soon: not a duration (use e.g. 60s, 2m, 500ms)");
    CliRun f = CliRun.of("apply", "--target", "citus", "--jdbc-url", "jdbc:postgresql://127.0.0.1:1/shop",
        "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(), "--format", "xml");
    assertThat(f.exit()).isEqualTo(1);
    assertThat(f.err().strip()).isEqualTo("error: unknown --format 'xml' (use text or json)");
  }
}
