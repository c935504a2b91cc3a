package shardplan.partitioner.multilevel.coarsen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class CoarsenerTest {

  @Test
  void matchingIsSymmetricAndRespectsTheWeightCap() {
    qt().withExamples(40)
        .forAll(integers().between(1, 500), integers().between(0, 12), longs().between(0, 1000))
        .checkAssert(CoarsenerTest::matchingIsSymmetricAndRespectsTheWeightCap);
  }

  private static void matchingIsSymmetricAndRespectsTheWeightCap(int n, int degree, long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, true, seed);
    int[] match = HeavyEdgeMatcher.match(g, 5, new SplittableRandom(seed));
    for (int v = 0; v < n; v++) {
      int u = match[v];
      assertThat(match[u]).isEqualTo(v);
      if (u != v) {
        assertThat(g.vertexWeight(u) + g.vertexWeight(v)).isLessThanOrEqualTo(5);
      }
    }
  }

  @Test
  void contractionKeepsVertexWeightAndProjectedCuts() {
    qt().withExamples(40)
        .forAll(integers().between(2, 400), integers().between(1, 10), integers().between(2, 6),
            longs().between(0, 1000))
        .checkAssert(CoarsenerTest::contractionKeepsVertexWeightAndProjectedCuts);
  }

  private static void contractionKeepsVertexWeightAndProjectedCuts(
      int n, int degree, int k, long seed) {
    WeightedGraph g = TestGraphs.random(n, degree, true, seed);
    SplittableRandom random = new SplittableRandom(seed);
    Contraction c = Coarsener.contract(g, HeavyEdgeMatcher.match(g, 100, random));
    WeightedGraph coarse = c.coarse();
    coarse.checkSymmetric();
    assertThat(coarse.totalVertexWeight()).isEqualTo(g.totalVertexWeight());
    int[] coarseParts = new int[coarse.vertexCount()];
    for (int v = 0; v < coarseParts.length; v++) {
      coarseParts[v] = random.nextInt(k);
    }
    int[] fineParts = c.project(coarseParts);
    assertThat(g.edgeCut(fineParts)).isEqualTo(coarse.edgeCut(coarseParts));
    assertThat(g.partWeights(fineParts, k)).isEqualTo(coarse.partWeights(coarseParts, k));
  }

  @Test
  void heavyEdgesAreContractedFirst() {
    // A path 0-1-2-3 whose middle edge is heavy: the matching must take it.
    WeightedGraph g = new WeightedGraph.Builder(4)
        .addEdge(0, 1, 1).addEdge(1, 2, 50).addEdge(2, 3, 1).build();
    for (long seed = 0; seed < 20; seed++) {
      int[] match = HeavyEdgeMatcher.match(g, 10, new SplittableRandom(seed));
      if (match[0] != 1 && match[3] != 2) { // 0 or 3 visited first may take its only neighbour
        assertThat(match[1]).isEqualTo(2);
      }
    }
    Contraction c = Coarsener.contract(g, new int[] {0, 2, 1, 3});
    assertThat(c.coarse().vertexCount()).isEqualTo(3);
    assertThat(c.coarse().vwgt()).containsExactly(1, 2, 1);
    assertThat(c.coarse().totalEdgeWeight()).isEqualTo(2);
  }

  @Test
  void coarseningStopsNearTheTargetAndShrinksEveryLevel() {
    WeightedGraph g = TestGraphs.grid(60, 60);
    List<Contraction> levels = Coarsener.coarsen(g, 100, new SplittableRandom(1));
    assertThat(levels).isNotEmpty();
    int previous = g.vertexCount();
    for (Contraction c : levels) {
      assertThat(c.coarse().vertexCount()).isLessThan(previous);
      previous = c.coarse().vertexCount();
    }
    assertThat(previous).isLessThanOrEqualTo(200);
  }

  @Test
  void twoHopMatchingCoarsensAStar() {
    // A star's leaves cannot match each other directly; two-hop matching pairs them.
    WeightedGraph.Builder b = new WeightedGraph.Builder(1001);
    for (int v = 1; v <= 1000; v++) {
      b.addEdge(0, v, 1);
    }
    WeightedGraph g = b.build();
    Contraction c = Coarsener.contract(g, HeavyEdgeMatcher.match(g, 4, new SplittableRandom(2)));
    assertThat(c.coarse().vertexCount()).isLessThanOrEqualTo(502);
  }

  @Test
  void rejectsAnAsymmetricMatching() {
    WeightedGraph g = TestGraphs.grid(2, 2);
    assertThatThrownBy(() -> Coarsener.contract(g, new int[] {1, 2, 2, 3}))
        .hasMessageContaining("not symmetric");
  }
}
