package shardplan.partitioner.multilevel.initial;

import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;
import shardplan.partitioner.multilevel.refine.FmBisectionRefiner;
import shardplan.partitioner.multilevel.refine.GainHeap;

/**
 * Greedy graph growing bisection (GGGP, Karypis &amp; Kumar 1998): part 0 grows from a random seed
 * vertex, always absorbing the frontier vertex whose move lowers the cut most, until it reaches its
 * target weight; then {@link FmBisectionRefiner} polishes the result. Several seeds are tried and the
 * best bisection (within limits first, then lowest cut) is kept. When the region's frontier runs dry
 * (a disconnected graph) growth restarts from another random vertex.
 *
 * <p>O(tries · m log n); deterministic for a given random generator state.
 */
public final class GraphGrowingBisection {

  private GraphGrowingBisection() {}

  /**
   * Bisects {@code g} so that part 0 weighs about {@code target0}.
   *
   * @param max0 weight limit of part 0
   * @param max1 weight limit of part 1
   * @return 0 or 1 per vertex
   */
  public static int[] bisect(WeightedGraph g, long target0, long max0, long max1, int tries,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(random, "random");
    int n = g.vertexCount();
    int[] best = null;
    long bestViolation = Long.MAX_VALUE;
    long bestCut = Long.MAX_VALUE;
    GainHeap heap = new GainHeap(Math.max(n, 1));
    for (int t = 0; t < Math.max(1, tries); t++) {
      int[] parts = grow(g, target0, heap, random);
      long cut = FmBisectionRefiner.refine(g, parts, max0, max1, 8, random);
      long[] pw = g.partWeights(parts, 2);
      long violation = Math.max(0, pw[0] - max0) + Math.max(0, pw[1] - max1);
      if (violation < bestViolation || (violation == bestViolation && cut < bestCut)) {
        best = parts;
        bestViolation = violation;
        bestCut = cut;
      }
    }
    return best;
  }

  /** Grows part 0 from random seeds up to {@code target0}; every other vertex is in part 1. */
  static int[] grow(WeightedGraph g, long target0, GainHeap heap, SplittableRandom random) {
    int n = g.vertexCount();
    int[] parts = new int[n];
    java.util.Arrays.fill(parts, 1);
    long[] toRegion = new long[n];
    long[] degree = new long[n];
    for (int v = 0; v < n; v++) {
      degree[v] = weightedDegree(g, v);
    }
    long w0 = 0;
    int remaining = n;
    int[] seeds = new int[n];
    for (int i = 0; i < n; i++) {
      seeds[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int x = seeds[i];
      seeds[i] = seeds[j];
      seeds[j] = x;
    }
    int nextSeed = 0;
    heap.clear();
    while (w0 < target0 && remaining > 0) {
      int v;
      if (heap.isEmpty()) {
        while (parts[seeds[nextSeed]] == 0) {
          nextSeed++;
        }
        v = seeds[nextSeed];
      } else {
        v = heap.poll();
      }
      int vw = g.vertexWeight(v);
      // Stop before overshooting more than the step lands short.
      if (w0 > 0 && w0 + vw > target0 && (w0 + vw - target0) > (target0 - w0)) {
        break;
      }
      parts[v] = 0;
      remaining--;
      w0 += vw;
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        int u = g.adjacent(e);
        if (parts[u] == 1) {
          toRegion[u] += g.edgeWeight(e);
          // gain of moving u = weight to the region - weight elsewhere = 2*toRegion - degree
          heap.put(u, 2 * toRegion[u] - degree[u]);
        }
      }
    }
    heap.clear();
    return parts;
  }

  private static long weightedDegree(WeightedGraph g, int v) {
    long d = 0;
    for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
      d += g.edgeWeight(e);
    }
    return d;
  }
}
