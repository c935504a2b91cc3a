package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.reports.model.Measured;

class MeasuredFileTest {
  @TempDir Path dir;

  @Test
  void readsABenchJsonWithOneRunPerPlacement() throws Exception {
    Path f = dir.resolve("bench.json");
    Files.writeString(f, """
        {"workload":"tpcc","scale":4,"nodes":3,"target":"postgres-fdw","placements":[
         {"name":"advised","throughputTps":812.5,"p50Ms":3.1,"p95Ms":9.8,"p99Ms":15.2,"errors":0,
          "predictedDistributedTransactionFraction":0.07,"measuredDistributedTransactionFraction":0.08,
          "predictedMultiShardStatements":10,"measuredMultiShardStatements":11},
         {"name":"hashPrimaryKey","throughputTps":301.0,"p50Ms":8.2,"p95Ms":25.5,"p99Ms":40.1,"errors":3}]}
        """);
    Measured m = MeasuredFile.read(f);
    assertThat(m.kind()).isEqualTo("bench");
    assertThat(m.description()).isEqualTo("tpcc, scale 4, 3 nodes, postgres-fdw");
    assertThat(m.placements()).hasSize(2);
    assertThat(m.placements().get(0).measuredMultiShard()).isEqualTo(11);
    assertThat(m.placements().get(1).predictedDistributedFraction()).isNaN();
  }

  @Test
  void readsAReplayJsonAsOneRun() throws Exception {
    Path f = dir.resolve("replay.json");
    Files.writeString(f, """
        {"target":"jdbc:postgresql://127.0.0.1:5432/app","transactions":100,"statements":900,
         "errors":{"23505":2,"40001":1},"transactionsPerSecond":250.5,
         "latencyMs":{"count":900,"p50":1.5,"p95":4.0,"p99":9.0,"max":20.0},
         "citus":{"singleShardStatements":800,"multiShardStatements":100}}
        """);
    Measured m = MeasuredFile.read(f);
    assertThat(m.kind()).isEqualTo("replay");
    Measured.Run r = m.placements().get(0);
    assertThat(r.throughputTps()).isEqualTo(250.5);
    assertThat(r.p95Ms()).isEqualTo(4.0);
    assertThat(r.errors()).isEqualTo(3);
    assertThat(r.measuredMultiShard()).isEqualTo(100);
    assertThat(m.description()).doesNotContain("jdbc");
  }

  @Test
  void otherJsonFailsWithOneLine() throws Exception {
    Path f = dir.resolve("x.json");
    Files.writeString(f, "{\"nodes\": 4}");
    assertThatThrownBy(() -> MeasuredFile.read(f)).hasMessageContaining("not a bench.json");
    Files.writeString(f, "{nodes");
    assertThatThrownBy(() -> MeasuredFile.read(f)).hasMessageContaining("not JSON");
  }
}
