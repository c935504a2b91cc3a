package shardplan.partitioner.multilevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.partitioner.bench.BenchmarkGraphs;
import shardplan.partitioner.bench.MetisComparison.MetisRun;
import shardplan.partitioner.bench.MetisComparison;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Partitions small graphs with our partitioner and with METIS's gpmetis at the same balance limit
 * and compares the cuts. Skipped when gpmetis (Debian package metis) is not installed.
 */
class GpmetisComparisonTest {

  @TempDir Path dir;

  @BeforeAll
  static void needsGpmetis() {
    assumeTrue(MetisComparison.gpmetisAvailable(),
        "gpmetis is not installed (Debian package metis); skipping the METIS comparison");
  }

  private void compare(WeightedGraph g, int k, double allowedRatio) throws Exception {
    Path file = dir.resolve("g.graph");
    g.writeMetis(file);
    MetisRun metis = MetisComparison.runMetis(file, k, g);
    Partition ours = new MultilevelPartitioner().partition(g, k);
    assertThat(ours.isValid(g)).isTrue();
    assertThat(ours.imbalance()).isLessThanOrEqualTo(1.03 + 1e-9);
    assertThat(metis.imbalance()).isLessThanOrEqualTo(1.031);
    assertThat((double) ours.edgeCut()).isLessThanOrEqualTo(allowedRatio * metis.cut());
  }

  @Test
  void tpccRowGraphCutIsCloseToMetis() throws Exception {
    compare(BenchmarkGraphs.tpcc(4, 30, 1000, 20_000, 7), 4, 1.10);
  }

  @Test
  void gridCutIsCloseToMetis() throws Exception {
    compare(TestGraphs.grid(60, 60), 4, 1.35);
  }
}
