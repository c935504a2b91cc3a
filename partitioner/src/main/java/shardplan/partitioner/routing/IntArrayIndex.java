package shardplan.partitioner.routing;

import java.util.Arrays;

/**
 * Distinct int arrays, numbered in the order first seen, each with a weight: the interning table
 * of {@link RoutingModel}'s statements. Open addressing over one slot array, so an entry costs
 * its array and a few ints, not a key object, a map node and a boxed id; a log of millions of
 * distinct statements fits a small heap.
 */
final class IntArrayIndex {
  private int[][] arrays = new int[1024][];
  private int[] hashes = new int[1024];
  private long[] weights = new long[1024];
  /** id + 1 of the array in each slot, 0 when empty; at most half full. */
  private int[] slots = new int[4096];
  private int size;

  /** The id of {@code buf[0..len)}, added with weight 0 if new; then adds {@code weight} to it. */
  int intern(int[] buf, int len, long weight) {
    int h = hash(buf, len);
    int mask = slots.length - 1;
    int i = h & mask;
    while (true) {
      int s = slots[i];
      if (s == 0) {
        break;
      }
      int id = s - 1;
      if (hashes[id] == h && Arrays.equals(arrays[id], 0, arrays[id].length, buf, 0, len)) {
        weights[id] += weight;
        return id;
      }
      i = (i + 1) & mask;
    }
    int id = size++;
    if (id == arrays.length) {
      arrays = Arrays.copyOf(arrays, id * 2);
      hashes = Arrays.copyOf(hashes, id * 2);
      weights = Arrays.copyOf(weights, id * 2);
    }
    arrays[id] = Arrays.copyOf(buf, len);
    hashes[id] = h;
    weights[id] = weight;
    slots[i] = id + 1;
    if (2 * size > slots.length) {
      grow();
    }
    return id;
  }

  int size() {
    return size;
  }

  /** The arrays by id. */
  int[][] arrays() {
    return Arrays.copyOf(arrays, size);
  }

  /** The weights by id. */
  long[] weights() {
    return Arrays.copyOf(weights, size);
  }

  private void grow() {
    int[] bigger = new int[slots.length * 2];
    int mask = bigger.length - 1;
    for (int id = 0; id < size; id++) {
      int i = hashes[id] & mask;
      while (bigger[i] != 0) {
        i = (i + 1) & mask;
      }
      bigger[i] = id + 1;
    }
    slots = bigger;
  }

  /** A mix of every element: small ids that differ in two places must not share a code. */
  static int hash(int[] a, int len) {
    long h = len;
    for (int k = 0; k < len; k++) {
      h = (h ^ a[k]) * 0x9E3779B97F4A7C15L;
      h ^= h >>> 29;
    }
    h ^= h >>> 32;
    return (int) h;
  }
}
