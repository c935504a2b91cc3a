package shardplan.partitioner.multilevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.booleans;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import org.junit.jupiter.api.Test;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Properties of the whole multilevel partitioner on random graphs (QuickTheories; a failure prints
 * the seed that reproduces it).
 */
class MultilevelPartitionerPropertiesTest {

  /** A random graph's shape: average degree and whether vertices and edges carry weights. */
  private record Shape(int degree, boolean weighted) {
  }

  @Test
  void everyVertexIsInExactlyOnePartAndTheReportedCutIsTheRealCut() {
    qt().withExamples(60)
        .forAll(integers().between(0, 400), integers().between(1, 12),
            integers().between(0, 10).zip(booleans().all(), Shape::new), longs().between(0, 1000))
        .checkAssert((n, k, shape, seed) -> {
          WeightedGraph g = TestGraphs.random(n, shape.degree(), shape.weighted(), seed);
          Partition p = new MultilevelPartitioner(PartitionerConfig.DEFAULT.withSeed(seed))
              .partition(g, k);
          assertThat(p.parts()).hasSize(n);
          assertThat(java.util.Arrays.stream(p.parts()).allMatch(part -> part >= 0 && part < k))
              .isTrue();
          assertThat(p.k()).isEqualTo(k);
          assertThat(p.edgeCut()).isEqualTo(g.edgeCut(p.parts()));
          assertThat(p.partWeights()).isEqualTo(g.partWeights(p.parts(), k));
          assertThat(p.isValid(g)).isTrue();
        });
  }

  @Test
  void unitWeightPartitionsRespectTheBalanceLimit() {
    qt().withExamples(60)
        .forAll(integers().between(1, 600), integers().between(2, 16), integers().between(0, 12),
            longs().between(0, 1000))
        .checkAssert((n, k, degree, seed) -> {
          WeightedGraph g = TestGraphs.random(n, degree, false, seed);
          PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed);
          Partition p = new MultilevelPartitioner(config).partition(g, k);
          long limit = config.maxPartWeight(g.totalVertexWeight(), g.maxVertexWeight(), k);
          assertThat(p.maxPartWeight()).isLessThanOrEqualTo(limit);
        });
  }

  /**
   * At many parts the initial recursive bisection leaves its splits up to one average coarse
   * vertex off balance (as METIS's does); the k-way refinement must restore the limit.
   */
  @Test
  void manyPartsRespectTheBalanceLimit() {
    qt().withExamples(12)
        .forAll(integers().between(2_000, 5_000), integers().between(5, 8), integers().between(3, 8),
            longs().between(0, 1000))
        .checkAssert((n, log2k, degree, seed) -> {
          int k = 1 << log2k;
          WeightedGraph g = TestGraphs.random(n, degree, false, seed);
          PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed);
          Partition p = new MultilevelPartitioner(config).partition(g, k);
          long limit = config.maxPartWeight(g.totalVertexWeight(), g.maxVertexWeight(), k);
          assertThat(p.maxPartWeight()).isLessThanOrEqualTo(limit);
          assertThat(p.isValid(g)).isTrue();
        });
  }

  @Test
  void disconnectedEqualClustersAreSeparatedWithoutCut() {
    qt().withExamples(30)
        .forAll(integers().between(2, 8), integers().between(5, 60), longs().between(0, 1000))
        .checkAssert((k, size, seed) -> {
          WeightedGraph g = TestGraphs.clusters(k, size, seed);
          Partition p = new MultilevelPartitioner(PartitionerConfig.DEFAULT.withSeed(seed))
              .partition(g, k);
          assertThat(p.edgeCut()).isZero();
          assertThat(p.partWeights()).containsOnly((long) size);
        });
  }

  @Test
  void disjointClustersAreNotCutWhenKDividesTheirNumber() {
    qt().withExamples(30)
        .forAll(integers().between(2, 8), integers().between(2, 4), integers().between(5, 40),
            longs().between(0, 1000))
        .checkAssert((k, perPart, size, seed) -> {
          WeightedGraph g = TestGraphs.clusters(k * perPart, size, seed);
          Partition p = new MultilevelPartitioner(PartitionerConfig.DEFAULT.withSeed(seed))
              .partition(g, k);
          assertThat(p.edgeCut()).isZero();
          assertThat(p.partWeights()).containsOnly((long) perPart * size);
        });
  }

  @Test
  void weightedPartitionsStayWithinTheLimitWhenNoVertexIsHeavy() {
    qt().withExamples(20)
        .forAll(integers().between(1000, 2000), integers().between(2, 16), integers().between(2, 10),
            longs().between(0, 1000))
        .checkAssert((n, k, degree, seed) -> {
          WeightedGraph g = TestGraphs.random(n, degree, true, seed);
          PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed);
          Partition p = new MultilevelPartitioner(config).partition(g, k);
          long limit = config.maxPartWeight(g.totalVertexWeight(), g.maxVertexWeight(), k);
          assertThat(p.maxPartWeight()).isLessThanOrEqualTo(limit);
          assertThat(p.isValid(g)).isTrue();
        });
  }

  @Test
  void theSameSeedGivesTheSamePartition() {
    qt().withExamples(20)
        .forAll(integers().between(50, 800), integers().between(2, 9), longs().between(0, 1000))
        .checkAssert((n, k, seed) -> {
          WeightedGraph g = TestGraphs.random(n, 6, true, seed);
          PartitionerConfig config = PartitionerConfig.DEFAULT.withSeed(seed).withTrials(2);
          Partition first = new MultilevelPartitioner(config).partition(g, k);
          Partition second = new MultilevelPartitioner(config).partition(g, k);
          assertThat(second.parts()).isEqualTo(first.parts());
          assertThat(second).isEqualTo(first);
        });
  }
}
