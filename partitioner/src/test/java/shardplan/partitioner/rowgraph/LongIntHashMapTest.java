package shardplan.partitioner.rowgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LongIntHashMapTest {
  @Test
  void behavesLikeAHashMapOfSums() {
    qt().withExamples(200)
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 3000))
        .checkAssert(LongIntHashMapTest::behavesLikeAHashMapOfSums);
  }

  private static void behavesLikeAHashMapOfSums(List<Long> keys) {
    LongIntHashMap m = new LongIntHashMap(4);
    Map<Long, Integer> expected = new HashMap<>();
    for (long k : keys) {
      if (k == Long.MIN_VALUE) {
        continue;
      }
      int delta = (int) (k & 7) + 1;
      m.add(k, delta);
      expected.merge(k, delta, Integer::sum);
    }
    assertThat(m.size()).isEqualTo(expected.size());
    expected.forEach((k, v) -> assertThat(m.get(k, -1)).isEqualTo(v));
    Map<Long, Integer> seen = new HashMap<>();
    m.forEach(seen::put);
    assertThat(seen).isEqualTo(expected);
  }

  @Test
  void putIfAbsentKeepsTheFirstValue() {
    qt().withExamples(100)
        .forAll(lists().of(longs().all()).ofSizeBetween(0, 500))
        .checkAssert(LongIntHashMapTest::putIfAbsentKeepsTheFirstValue);
  }

  private static void putIfAbsentKeepsTheFirstValue(List<Long> keys) {
    LongIntHashMap m = new LongIntHashMap(1);
    Map<Long, Integer> expected = new HashMap<>();
    int i = 0;
    for (long k : keys) {
      if (k == Long.MIN_VALUE) {
        continue;
      }
      Integer previous = expected.putIfAbsent(k, i);
      assertThat(m.putIfAbsent(k, i)).isEqualTo(previous == null ? i : previous);
      i++;
    }
    expected.forEach((k, v) -> assertThat(m.get(k, -1)).isEqualTo(v));
  }
}
