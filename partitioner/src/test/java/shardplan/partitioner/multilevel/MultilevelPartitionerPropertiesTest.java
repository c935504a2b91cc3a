package shardplan.partitioner.multilevel;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class MultilevelPartitionerPropertiesTest {

  @Property(tries = 60)
  void everyVertexIsInExactlyOnePartAndTheReportedCutIsTheRealCut(
      @ForAll @IntRange(min = 0, max = 400) int n,
      @ForAll @IntRange(min = 1, max = 12) int k,
      @ForAll @IntRange(min = 0, max = 10) int degree,
      @ForAll boolean weighted,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, weighted, seed);
    Partition p = new MultilevelPartitioner(PartitionerConfig.DEFAULT.withSeed(seed))
        .partition(g, k);
    assertThat(p.parts()).hasSize(n);
    assertThat(java.util.Arrays.stream(p.parts()).allMatch(part -> part >= 0 && part < k)).isTrue();
    assertThat(p.k()).isEqualTo(k);
    assertThat(p.edgeCut()).isEqualTo(g.edgeCut(p.parts()));
    assertThat(p.partWeights()).isEqualTo(g.partWeights(p.parts(), k));
    assertThat(p.isValid(g)).isTrue();
  }

  @Property(tries = 60)
  void unitWeightPartitionsRespectTheBalanceLimit(
      @ForAll @IntRange(min = 1, max = 600) int n,
      @ForAll @IntRange(min = 2, max = 16) int k,
      @ForAll @IntRange(min = 0, max = 12) int degree,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, false, seed);
    PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed);
    Partition p = new MultilevelPartitioner(config).partition(g, k);
    long limit = config.maxPartWeight(g.totalVertexWeight(), g.maxVertexWeight(), k);
    assertThat(p.maxPartWeight()).isLessThanOrEqualTo(limit);
  }

  @Property(tries = 30)
  void disconnectedEqualClustersAreSeparatedWithoutCut(
      @ForAll @IntRange(min = 2, max = 8) int k,
      @ForAll @IntRange(min = 5, max = 60) int size,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    WeightedGraph g = TestGraphs.clusters(k, size, seed);
    Partition p = new MultilevelPartitioner(PartitionerConfig.DEFAULT.withSeed(seed))
        .partition(g, k);
    assertThat(p.edgeCut()).isZero();
    assertThat(p.partWeights()).containsOnly((long) size);
  }

  @Property(tries = 20)
  void theSameSeedGivesTheSamePartition(
      @ForAll @IntRange(min = 50, max = 800) int n,
      @ForAll @IntRange(min = 2, max = 9) int k,
      @ForAll @LongRange(min = 0, max = 1000) long seed) {
    WeightedGraph g = TestGraphs.random(n, 6, true, seed);
    PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed).withTrials(2);
    Partition first = new MultilevelPartitioner(config).partition(g, k);
    Partition second = new MultilevelPartitioner(config).partition(g, k);
    assertThat(second.parts()).isEqualTo(first.parts());
    assertThat(second).isEqualTo(first);
  }
}
