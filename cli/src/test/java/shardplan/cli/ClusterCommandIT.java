package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/** cluster up, apply (dry run, then for real, then again), cluster down, through the command line. */
class ClusterCommandIT {
  @Test
  void upApplyDown() throws Exception {
    Path dir = Files.createTempDirectory("shardplan-cli-cluster",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    GenerationResult tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(2)
        .withTransactions(20).withSmall(true).withWriteData(false), dir.resolve("tpcc"));
    Path clusterDir = dir.resolve("cluster");
    CliRun up = CliRun.of("cluster", "up", "--nodes", "3", "--dir", clusterDir.toString());
    try {
      assertThat(up.exit()).as(up.err()).isZero();
      Matcher url = Pattern.compile("coordinator: (\\S+)").matcher(up.out());
      Matcher workers = Pattern.compile("workers: +(\\S+)").matcher(up.out());
      assertThat(url.find()).as(up.out()).isTrue();
      assertThat(workers.find()).as(up.out()).isTrue();
      String[] apply = {"apply", "--target", "postgres-fdw", "--jdbc-url", url.group(1), "--workers", workers.group(1),
          "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString()};
      CliRun dry = CliRun.of(apply);
      assertThat(dry.exit()).as(dry.err()).isZero();
      assertThat(dry.out()).contains("would run", "dry run: nothing changed");
      String[] yes = java.util.Arrays.copyOf(apply, apply.length + 1);
      yes[apply.length] = "--yes";
      CliRun real = CliRun.of(yes);
      assertThat(real.exit()).as(real.err() + real.out()).isZero();
      assertThat(real.out()).contains("read back: the cluster holds the placement asked for (9 tables)");
      CliRun again = CliRun.of(yes);
      assertThat(again.exit()).as(again.err()).isZero();
      assertThat(again.out()).contains("statements: 0 ran");
    } finally {
      CliRun down = CliRun.of("cluster", "down", "--dir", clusterDir.toString());
      assertThat(down.exit()).as(down.err()).isZero();
      assertThat(down.out()).contains("stopped 3 node(s)");
      deleteTree(dir);
    }
  }

  @Test
  void citusClusterUpApplyExistingDown() throws Exception {
    org.junit.jupiter.api.Assumptions.assumeTrue(PostgresBinaries.require().hasCitus(),
        "the Citus extension is not installed for this machine's PostgreSQL");
    Path dir = Files.createTempDirectory("shardplan-cli-citus",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    GenerationResult tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(2)
        .withTransactions(20).withSmall(true), dir.resolve("tpcc"));
    Path clusterDir = dir.resolve("cluster");
    CliRun up = CliRun.of("cluster", "up", "--nodes", "3", "--citus", "--dir",
        clusterDir.toString());
    try {
      assertThat(up.exit()).as(up.err()).isZero();
      Matcher url = Pattern.compile("coordinator: (\\S+)").matcher(up.out());
      assertThat(url.find()).as(up.out()).isTrue();
      try (var c = java.sql.DriverManager.getConnection(url.group(1));
           var st = c.createStatement()) {
        st.execute(Files.readString(tpcc.schema()));
        var copy = c.unwrap(org.postgresql.PGConnection.class).getCopyAPI();
        for (String t : shardplan.workloads.Workloads.byName("tpcc").tables()) {
          try (var r = Files.newBufferedReader(tpcc.dataDir().resolve(t + ".csv"))) {
            copy.copyIn("COPY " + t + " FROM STDIN WITH (FORMAT csv)", r);
          }
        }
      }
      CliRun real = CliRun.of("apply", "--target", "citus", "--jdbc-url", url.group(1),
          "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(), "--mode", "existing",
          "--shard-count", "8", "--yes");
      assertThat(real.exit()).as(real.err() + real.out()).isZero();
      assertThat(real.out()).contains("every table has the same row count and checksum as before",
          "read back: the cluster holds the placement asked for (9 tables)");
    } finally {
      CliRun down = CliRun.of("cluster", "down", "--dir", clusterDir.toString());
      assertThat(down.exit()).as(down.err()).isZero();
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // best effort
    }
  }

  @Test
  void citusWithoutTheExtensionIsOneLine() {
    org.junit.jupiter.api.Assumptions.assumeFalse(PostgresBinaries.require().hasCitus(),
        "Citus is installed here; this checks the message when it is not");
    CliRun r = CliRun.of("cluster", "up", "--nodes", "2", "--citus", "--dir",
        "/tmp/never-created-" + LocalCluster.DATABASE);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: --citus: the Citus extension is not installed").doesNotContain("\n");
  }
}
