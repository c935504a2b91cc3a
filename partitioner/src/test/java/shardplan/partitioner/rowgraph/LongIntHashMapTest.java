package shardplan.partitioner.rowgraph;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;

class LongIntHashMapTest {
  @Property(tries = 200)
  void behavesLikeAHashMapOfSums(@ForAll @Size(max = 3000) List<Long> keys) {
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

  @Property(tries = 100)
  void putIfAbsentKeepsTheFirstValue(@ForAll @Size(max = 500) List<Long> keys) {
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
