package shardplan.partitioner.multilevel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import shardplan.partitioner.multilevel.GraphPartitioner.Partition;
import shardplan.partitioner.multilevel.graph.TestGraphs;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class MultilevelPartitionerTest {

  @Test
  void gridIsCutNearlyStraightForTwoParts() {
    WeightedGraph g = TestGraphs.grid(30, 30);
    Partition p = new MultilevelPartitioner().partition(g, 2);
    assertThat(p.edgeCut()).isLessThanOrEqualTo(37); // the optimum is 30; allow 25 %
    assertThat(p.imbalance()).isLessThanOrEqualTo(1.03);
  }

  @Test
  void onePartHoldsEverything() {
    WeightedGraph g = TestGraphs.random(100, 4, true, 1);
    Partition p = new MultilevelPartitioner().partition(g, 1);
    assertThat(p.parts()).containsOnly(0);
    assertThat(p.edgeCut()).isZero();
    assertThat(p.imbalance()).isEqualTo(1.0);
  }

  @Test
  void moreTrialsNeverGiveAWorseCutThanTheFirst() {
    WeightedGraph g = TestGraphs.random(2000, 8, false, 5);
    Partition one = new MultilevelPartitioner(PartitionerConfig.DEFAULT).partition(g, 8);
    Partition four =
        new MultilevelPartitioner(PartitionerConfig.DEFAULT.withTrials(4)).partition(g, 8);
    assertThat(four.edgeCut()).isLessThanOrEqualTo(one.edgeCut());
  }

  @Test
  void aVertexHeavierThanTheLimitGetsAPartAndTheRestStaysBalanced() {
    WeightedGraph.Builder b = new WeightedGraph.Builder(41);
    for (int v = 1; v < 41; v++) {
      b.addEdge(v, v % 40 + 1, 1);
      b.addEdge(0, v, 1);
    }
    b.setVertexWeight(0, 100);
    WeightedGraph g = b.build();
    Partition p = new MultilevelPartitioner().partition(g, 4);
    assertThat(p.isValid(g)).isTrue();
    long limit = PartitionerConfig.DEFAULT.maxPartWeight(g.totalVertexWeight(), 100, 4);
    assertThat(limit).isEqualTo(100);
    assertThat(p.maxPartWeight()).isLessThanOrEqualTo(limit);
  }

  @Test
  void balanceLimitIsRoundedLikeMetis() {
    PartitionerConfig c = PartitionerConfig.DEFAULT;
    assertThat(c.maxPartWeight(1000, 1, 4)).isEqualTo(257); // floor(1.03 * 250)
    assertThat(c.maxPartWeight(10, 1, 4)).isEqualTo(3); // never below ceil(10 / 4)
    assertThat(c.withImbalance(0.0).maxPartWeight(1000, 1, 3)).isEqualTo(334);
  }

  @Test
  void rejectsBadArguments() {
    assertThatThrownBy(() -> new MultilevelPartitioner().partition(TestGraphs.grid(2, 2), 0))
        .hasMessageContaining("k must be at least 1");
    assertThatThrownBy(() -> PartitionerConfig.DEFAULT.withTrials(0))
        .hasMessageContaining("trials");
    assertThatThrownBy(() -> PartitionerConfig.DEFAULT.withImbalance(-0.1))
        .hasMessageContaining("imbalance");
  }
}
