package shardplan.partitioner.multilevel.refine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import shardplan.partitioner.multilevel.PartitionerConfig;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class RefinerTest {

  /** A balanced random partition: vertex i of a random order goes to part i mod k. */
  private static int[] balancedRandomParts(int n, int k, SplittableRandom r) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = order[i];
      order[i] = order[j];
      order[j] = t;
    }
    int[] parts = new int[n];
    for (int i = 0; i < n; i++) {
      parts[order[i]] = i % k;
    }
    return parts;
  }

  @Test
  void kWayRefinementNeverIncreasesTheCutOfABalancedPartition() {
    qt().withExamples(60)
        .forAll(integers().between(2, 400), integers().between(2, 10), integers().between(0, 10),
            longs().between(0, 1000))
        .checkAssert(RefinerTest::kWayRefinementNeverIncreasesTheCutOfABalancedPartition);
  }

  private static void kWayRefinementNeverIncreasesTheCutOfABalancedPartition(
      int n, int k, int degree, long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, false, seed);
    SplittableRandom r = new SplittableRandom(seed);
    int[] parts = balancedRandomParts(n, k, r);
    long before = g.edgeCut(parts);
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(g.totalVertexWeight(), 1, k);
    long after = GreedyKWayRefiner.refine(g, parts, k, limit, 10, r);
    assertThat(after).isEqualTo(g.edgeCut(parts)).isLessThanOrEqualTo(before);
    assertThat(Arrays.stream(g.partWeights(parts, k)).max().orElse(0))
        .isLessThanOrEqualTo(limit);
  }

  @Test
  void kWayRefinementOfBlockPartitionsOfGridsNeverIncreasesTheCut() {
    qt().withExamples(60)
        .forAll(integers().between(2, 40), integers().between(2, 40), integers().between(2, 8),
            longs().between(0, 1000))
        .checkAssert(RefinerTest::kWayRefinementOfBlockPartitionsOfGridsNeverIncreasesTheCut);
  }

  private static void kWayRefinementOfBlockPartitionsOfGridsNeverIncreasesTheCut(
      int rows, int cols, int k, long seed) {
    // Contiguous blocks start with a small boundary that grows as vertices move.
    WeightedGraph g = TestGraphs.grid(rows, cols);
    int n = g.vertexCount();
    int[] parts = new int[n];
    for (int v = 0; v < n; v++) {
      parts[v] = (int) ((long) v * k / n);
    }
    long before = g.edgeCut(parts);
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(n, 1, k);
    long after = GreedyKWayRefiner.refine(g, parts, k, limit, 10, new SplittableRandom(seed));
    assertThat(after).isEqualTo(g.edgeCut(parts)).isLessThanOrEqualTo(before);
  }

  @Test
  void kWayFmNeverIncreasesTheCutAndKeepsTheLimits() {
    qt().withExamples(60)
        .forAll(integers().between(2, 400), integers().between(2, 10), integers().between(0, 10),
            longs().between(0, 1000))
        .checkAssert(RefinerTest::kWayFmNeverIncreasesTheCutAndKeepsTheLimits);
  }

  private static void kWayFmNeverIncreasesTheCutAndKeepsTheLimits(
      int n, int k, int degree, long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, false, seed);
    SplittableRandom r = new SplittableRandom(seed);
    int[] parts = balancedRandomParts(n, k, r);
    long before = g.edgeCut(parts);
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(n, 1, k);
    long after = KWayFmRefiner.refine(g, parts, k, limit, 3, r);
    assertThat(after).isEqualTo(g.edgeCut(parts)).isLessThanOrEqualTo(before);
    assertThat(Arrays.stream(g.partWeights(parts, k)).max().orElse(0))
        .isLessThanOrEqualTo(limit);
  }

  @Test
  void kWayFmImprovesOnGreedyRefinementOfAGrid() {
    WeightedGraph g = TestGraphs.grid(30, 30);
    int[] parts = new int[900];
    SplittableRandom r = new SplittableRandom(4);
    for (int v = 0; v < 900; v++) {
      parts[v] = r.nextInt(4);
    }
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(900, 1, 4);
    long greedy = GreedyKWayRefiner.refine(g, parts, 4, limit, 10, r);
    long fm = KWayFmRefiner.refine(g, parts, 4, limit, 3, r);
    assertThat(fm).isLessThan(greedy); // greedy stops in a local minimum that FM climbs out of
  }

  @Test
  void fmNeverIncreasesTheCutOfABalancedBisection() {
    qt().withExamples(60)
        .forAll(integers().between(2, 400), integers().between(0, 10), longs().between(0, 1000))
        .checkAssert(RefinerTest::fmNeverIncreasesTheCutOfABalancedBisection);
  }

  private static void fmNeverIncreasesTheCutOfABalancedBisection(int n, int degree, long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, false, seed);
    SplittableRandom r = new SplittableRandom(seed);
    int[] parts = balancedRandomParts(n, 2, r);
    long before = g.edgeCut(parts);
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(n, 1, 2);
    long after = FmBisectionRefiner.refine(g, parts, limit, limit, 5, r);
    assertThat(after).isEqualTo(g.edgeCut(parts)).isLessThanOrEqualTo(before);
    long[] pw = g.partWeights(parts, 2);
    assertThat(pw[0]).isLessThanOrEqualTo(limit);
    assertThat(pw[1]).isLessThanOrEqualTo(limit);
  }

  @Test
  void kWayRefinementRestoresBalanceForUnitWeights() {
    qt().withExamples(40)
        .forAll(integers().between(1, 400), integers().between(2, 10), longs().between(0, 1000))
        .checkAssert(RefinerTest::kWayRefinementRestoresBalanceForUnitWeights);
  }

  private static void kWayRefinementRestoresBalanceForUnitWeights(int n, int k, long seed) {
    WeightedGraph g = TestGraphs.random(n, 4, false, seed);
    int[] parts = new int[n]; // everything in part 0
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(n, 1, k);
    GreedyKWayRefiner.refine(g, parts, k, limit, 10, new SplittableRandom(seed));
    assertThat(Arrays.stream(g.partWeights(parts, k)).max().orElse(0))
        .isLessThanOrEqualTo(limit);
  }

  @Test
  void fmFindsTheStraightCutOfAPerturbedGrid() {
    WeightedGraph g = TestGraphs.grid(20, 20);
    int[] parts = new int[400];
    for (int v = 0; v < 400; v++) {
      parts[v] = (v % 20) < 10 ? 0 : 1;
    }
    parts[9] = 1; // a dent in the border
    parts[10] = 0;
    long cut = FmBisectionRefiner.refine(g, parts, 206, 206, 10, new SplittableRandom(1));
    assertThat(cut).isEqualTo(20);
  }

  @Test
  void gainHeapPollsInDescendingKeyOrderAndSupportsUpdates() {
    GainHeap h = new GainHeap(100);
    SplittableRandom r = new SplittableRandom(9);
    long[] keys = new long[100];
    for (int v = 0; v < 100; v++) {
      keys[v] = r.nextInt(50) - 25;
      h.put(v, keys[v]);
    }
    for (int v = 0; v < 100; v += 3) {
      keys[v] = r.nextInt(50) - 25;
      h.put(v, keys[v]);
    }
    h.remove(7);
    long previous = Long.MAX_VALUE;
    int count = 0;
    while (!h.isEmpty()) {
      long top = h.peekKey();
      int v = h.poll();
      assertThat(keys[v]).isEqualTo(top);
      assertThat(top).isLessThanOrEqualTo(previous);
      assertThat(v).isNotEqualTo(7);
      previous = top;
      count++;
    }
    assertThat(count).isEqualTo(99);
  }
}
