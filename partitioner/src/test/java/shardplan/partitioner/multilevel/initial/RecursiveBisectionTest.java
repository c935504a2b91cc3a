package shardplan.partitioner.multilevel.initial;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class RecursiveBisectionTest {

  @Test
  void growingBisectionSeparatesTwoCliquesJoinedByOneEdge() {
    WeightedGraph.Builder b = new WeightedGraph.Builder(20);
    for (int i = 0; i < 10; i++) {
      for (int j = i + 1; j < 10; j++) {
        b.addEdge(i, j, 1);
        b.addEdge(10 + i, 10 + j, 1);
      }
    }
    b.addEdge(3, 17, 1);
    WeightedGraph g = b.build();
    int[] side = GraphGrowingBisection.bisect(g, 10, 10, 10, 4, new SplittableRandom(7));
    assertThat(g.edgeCut(side)).isEqualTo(1);
  }

  @Test
  void multilevelBisectionCutsAGridNearlyStraight() {
    WeightedGraph g = TestGraphs.grid(40, 40);
    int[] side = MultilevelBisection.bisect(g, 800, 824, 824, 4, new SplittableRandom(3));
    assertThat(g.edgeCut(side)).isLessThanOrEqualTo(50); // the optimum is 40; allow 25 %
    long[] pw = g.partWeights(side, 2);
    assertThat(pw[0]).isLessThanOrEqualTo(824);
    assertThat(pw[1]).isLessThanOrEqualTo(824);
  }

  @Test
  void recursiveBisectionUsesEveryPartOnce() {
    qt().withExamples(40)
        .forAll(integers().between(2, 12), integers().between(20, 300), longs().between(0, 1000))
        .checkAssert((k, n, seed) -> {
          WeightedGraph g = TestGraphs.random(n, 6, false, seed);
          int cuts = 1 + (int) (seed % 4);
          int[] parts =
              RecursiveBisection.partition(g, k, 0.03, 2, cuts, new SplittableRandom(seed));
          long[] pw = g.partWeights(parts, k);
          for (long w : pw) {
            assertThat(w).isPositive();
          }
        });
  }

  @Test
  void unevenSplitsFollowTheirTargets() {
    WeightedGraph g = TestGraphs.grid(30, 30);
    int[] parts = RecursiveBisection.partition(g, 3, 0.03, 2, 4, new SplittableRandom(5));
    for (long w : g.partWeights(parts, 3)) {
      assertThat(w).isBetween(270L, 330L);
    }
  }
}
