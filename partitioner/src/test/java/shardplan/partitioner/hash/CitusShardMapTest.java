package shardplan.partitioner.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import org.junit.jupiter.api.Test;

class CitusShardMapTest {

  @Test
  void thirtyTwoShardsHaveCitusRanges() {
    CitusShardMap m = new CitusShardMap(32, 4);
    assertThat(m.shardMinValue(0)).isEqualTo(-2147483648);
    assertThat(m.shardMaxValue(0)).isEqualTo(-2013265921);
    assertThat(m.shardMinValue(1)).isEqualTo(-2013265920);
    assertThat(m.shardMinValue(16)).isEqualTo(0);
    assertThat(m.shardMaxValue(15)).isEqualTo(-1);
    assertThat(m.shardMinValue(31)).isEqualTo(2013265920);
    assertThat(m.shardMaxValue(31)).isEqualTo(2147483647);
  }

  @Test
  void unevenShardCountGivesTheRemainderToTheLastShard() {
    CitusShardMap m = new CitusShardMap(3, 2);
    // 2^32 / 3 = 1431655765
    assertThat(m.shardMaxValue(0)).isEqualTo(-715827884);
    assertThat(m.shardMinValue(2)).isEqualTo(715827882);
    assertThat(m.shardMaxValue(2)).isEqualTo(Integer.MAX_VALUE);
    assertThat(m.shardIndex(Integer.MAX_VALUE)).isEqualTo(2);
  }

  @Test
  void shardsGoRoundRobinOnTheNodes() {
    CitusShardMap m = new CitusShardMap(8, 3);
    int[] nodes = new int[8];
    for (int i = 0; i < 8; i++) {
      nodes[i] = m.nodeOfShard(i);
    }
    assertThat(nodes).containsExactly(0, 1, 2, 0, 1, 2, 0, 1);
  }

  @Test
  void badSizesAreRefused() {
    assertThatThrownBy(() -> new CitusShardMap(0, 1)).hasMessageContaining("shard count");
    assertThatThrownBy(() -> new CitusShardMap(64001, 1)).hasMessageContaining("shard count");
    assertThatThrownBy(() -> new CitusShardMap(4, 0)).hasMessageContaining("nodes");
  }

  /** Cases per property: 1,000, as many as each tried before the port to QuickTheories. */
  private static final int TRIES = 1000;

  @Test
  void theShardOfAHashIsTheRangeThatHoldsIt() {
    qt().withExamples(TRIES).forAll(integers().all(), integers().between(1, 64000))
        .checkAssert((hash, shards) -> {
          CitusShardMap m = new CitusShardMap(shards, 5);
          int i = m.shardIndex(hash);
          assertThat(hash).isBetween(m.shardMinValue(i), m.shardMaxValue(i));
        });
  }

  @Test
  void rangesTileTheHashSpace() {
    qt().withExamples(TRIES).forAll(integers().between(1, 2000))
        .checkAssert(CitusShardMapTest::rangesTileTheHashSpace);
  }

  private static void rangesTileTheHashSpace(int shards) {
    CitusShardMap m = new CitusShardMap(shards, 1);
    assertThat(m.shardMinValue(0)).isEqualTo(Integer.MIN_VALUE);
    for (int i = 1; i < shards; i++) {
      assertThat((long) m.shardMinValue(i)).isEqualTo(m.shardMaxValue(i - 1) + 1L);
    }
    assertThat(m.shardMaxValue(shards - 1)).isEqualTo(Integer.MAX_VALUE);
  }
}
