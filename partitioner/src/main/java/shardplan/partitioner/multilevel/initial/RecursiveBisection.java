package shardplan.partitioner.multilevel.initial;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Initial k-way partition of the coarsest graph by recursive bisection, as METIS's k-way driver
 * does (Karypis &amp; Kumar 1998): bisect into parts weighing ⌊k/2⌋/k and ⌈k/2⌉/k of the total with
 * {@link GraphGrowingBisection}, then bisect each induced subgraph again until there are k parts.
 * Each bisection may deviate from its target by a share of the overall tolerance, so that the
 * deviations of the log2 k levels add up to about ε.
 *
 * <p>O(tries · m log n · log k); deterministic for a given random generator state.
 */
public final class RecursiveBisection {

  private RecursiveBisection() {}

  /**
   * Partitions {@code g} into {@code k} parts.
   *
   * @param imbalance overall tolerance ε (0.03 = 3 %)
   * @param tries seeds tried per bisection
   * @return the part in [0, k) of every vertex
   */
  public static int[] partition(WeightedGraph g, int k, double imbalance, int tries,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(random, "random");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    int[] parts = new int[g.vertexCount()];
    int levels = Math.max(1, 32 - Integer.numberOfLeadingZeros(k - 1));
    double levelTolerance = Math.pow(1.0 + imbalance, 1.0 / levels) - 1.0;
    int[] ids = new int[g.vertexCount()];
    for (int i = 0; i < ids.length; i++) {
      ids[i] = i;
    }
    split(g, ids, k, 0, parts, levelTolerance, tries, random);
    return parts;
  }

  private static void split(WeightedGraph g, int[] ids, int k, int firstPart, int[] out,
      double tolerance, int tries, SplittableRandom random) {
    int n = g.vertexCount();
    if (k == 1 || n == 0) {
      for (int id : ids) {
        out[id] = firstPart;
      }
      return;
    }
    int k0 = k / 2;
    long total = g.totalVertexWeight();
    long target0 = total * k0 / k;
    long target1 = total - target0;
    long max0 = Math.max((long) Math.floor(target0 * (1 + tolerance)), target0);
    long max1 = Math.max((long) Math.floor(target1 * (1 + tolerance)), target1);
    int[] side = MultilevelBisection.bisect(g, target0, max0, max1, tries, random);
    int[][] subIds = new int[2][];
    WeightedGraph[] sub = new WeightedGraph[2];
    for (int s = 0; s < 2; s++) {
      int[] local = new int[n];
      sub[s] = induced(g, side, s, local);
      int[] global = new int[sub[s].vertexCount()];
      for (int v = 0; v < n; v++) {
        if (side[v] == s) {
          global[local[v]] = ids[v];
        }
      }
      subIds[s] = global;
    }
    split(sub[0], subIds[0], k0, firstPart, out, tolerance, tries, random);
    split(sub[1], subIds[1], k - k0, firstPart + k0, out, tolerance, tries, random);
  }

  /** The subgraph induced by the vertices on {@code side}; {@code local} receives their new ids. */
  static WeightedGraph induced(WeightedGraph g, int[] side, int s, int[] local) {
    int n = g.vertexCount();
    int count = 0;
    for (int v = 0; v < n; v++) {
      local[v] = side[v] == s ? count++ : -1;
    }
    int[] xadj = new int[count + 1];
    int[] vwgt = new int[count];
    int[] adj = new int[2 * g.edgeCount()];
    int[] wgt = new int[adj.length];
    int pos = 0;
    for (int v = 0; v < n; v++) {
      int lv = local[v];
      if (lv < 0) {
        continue;
      }
      xadj[lv] = pos;
      vwgt[lv] = g.vertexWeight(v);
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        int u = g.adjacent(e);
        if (side[u] == s) {
          adj[pos] = local[u];
          wgt[pos] = g.edgeWeight(e);
          pos++;
        }
      }
    }
    xadj[count] = pos;
    return WeightedGraph.ofCsr(xadj, Arrays.copyOf(adj, pos), Arrays.copyOf(wgt, pos), vwgt);
  }
}
