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
}
