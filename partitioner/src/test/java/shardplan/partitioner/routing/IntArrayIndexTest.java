package shardplan.partitioner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class IntArrayIndexTest {
  @Test
  void numbersDistinctArraysInFirstSeenOrderAndAddsTheirWeights() {
    // Arrays of small ids that Arrays.hashCode maps to few codes, and repeats of them.
    Random random = new Random(7);
    IntArrayIndex index = new IntArrayIndex();
    Map<List<Integer>, Integer> expectedIds = new HashMap<>();
    List<Long> expectedWeights = new ArrayList<>();
    int[] buf = new int[8];
    for (int i = 0; i < 50_000; i++) {
      int len = 1 + random.nextInt(6);
      for (int k = 0; k < len; k++) {
        buf[k] = random.nextInt(40);
      }
      long w = 1 + random.nextInt(3);
      List<Integer> key = Arrays.stream(buf, 0, len).boxed().toList();
      Integer id = expectedIds.get(key);
      if (id == null) {
        id = expectedWeights.size();
        expectedIds.put(key, id);
        expectedWeights.add(0L);
      }
      expectedWeights.set(id, expectedWeights.get(id) + w);
      assertThat(index.intern(buf, len, w)).as("id of %s", key).isEqualTo(id);
    }
    assertThat(index.size()).isEqualTo(expectedIds.size());
    int[][] arrays = index.arrays();
    for (Map.Entry<List<Integer>, Integer> e : expectedIds.entrySet()) {
      assertThat(Arrays.stream(arrays[e.getValue()]).boxed().toList()).isEqualTo(e.getKey());
    }
    assertThat(Arrays.stream(index.weights()).boxed().toList()).isEqualTo(expectedWeights);
  }
}
