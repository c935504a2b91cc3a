package shardplan.partitioner.multilevel.coarsen;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * The coarsening phase of the multilevel scheme (Karypis &amp; Kumar 1998): repeatedly match vertices
 * with {@link HeavyEdgeMatcher} and contract every matched pair into one vertex whose weight is the
 * sum of the pair's weights; parallel edges created by the contraction merge by adding weights. It
 * stops when the graph has at most {@code stopAt} vertices, or when a round shrinks it by less than
 * 15 % (the matching has stalled, as METIS's {@code COARSEN_FRACTION}).
 *
 * <p>Each level costs O(n + m) time and memory; the number of levels is O(log n) while matching
 * works. Deterministic for a given random generator state.
 */
public final class Coarsener {

  /** Rounds that shrink the graph to more than this fraction of its size end the coarsening. */
  static final double STALL_FRACTION = 0.85;

  private Coarsener() {}

  /**
   * Coarsens {@code g} until it has at most {@code stopAt} vertices or matching stalls. Merged
   * vertices never weigh more than 1.5 · total / stopAt (METIS's cap), so the coarsest graph can
   * still be balanced.
   *
   * @return the contractions from finest to coarsest; empty if {@code g} is already small enough
   */
  public static List<Contraction> coarsen(WeightedGraph g, int stopAt, SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(random, "random");
    if (stopAt < 1) {
      throw new IllegalArgumentException("stopAt must be at least 1, got " + stopAt);
    }
    long maxVertexWeight =
        Math.max(1L, (long) (1.5 * g.totalVertexWeight() / stopAt));
    maxVertexWeight = Math.max(maxVertexWeight, g.maxVertexWeight());
    maxVertexWeight = Math.min(maxVertexWeight, Integer.MAX_VALUE);
    List<Contraction> levels = new ArrayList<>();
    WeightedGraph current = g;
    while (current.vertexCount() > stopAt && current.edgeCount() > 0) {
      int[] match = HeavyEdgeMatcher.match(current, maxVertexWeight, random);
      Contraction c = contract(current, match);
      if (c.coarse().vertexCount() > STALL_FRACTION * current.vertexCount()) {
        if (c.coarse().vertexCount() < current.vertexCount()) {
          levels.add(c); // still progress; keep it, but stop here
        }
        break;
      }
      levels.add(c);
      current = c.coarse();
    }
    return levels;
  }

  /**
   * Contracts a matching: {@code match[v]} is the partner of {@code v} (or {@code v}). Coarse
   * vertices are numbered in the order of their lowest fine vertex. O(n + m).
   *
   * @throws IllegalArgumentException if {@code match} is not a symmetric matching
   */
  public static Contraction contract(WeightedGraph g, int[] match) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(match, "match");
    int n = g.vertexCount();
    if (match.length != n) {
      throw new IllegalArgumentException("match has " + match.length + " entries for " + n);
    }
    int[] cmap = new int[n];
    Arrays.fill(cmap, -1);
    int[] first = new int[n];
    int[] second = new int[n];
    int cn = 0;
    for (int v = 0; v < n; v++) {
      if (cmap[v] != -1) {
        continue;
      }
      int u = match[v];
      if (u < 0 || u >= n || match[u] != v) {
        throw new IllegalArgumentException("match is not symmetric at vertex " + v);
      }
      cmap[v] = cn;
      cmap[u] = cn;
      first[cn] = v;
      second[cn] = u;
      cn++;
    }
    int[] cvwgt = new int[cn];
    int[] cxadj = new int[cn + 1];
    int upper = 2 * g.edgeCount();
    int[] cadj = new int[upper];
    int[] cw = new int[upper];
    int[] slot = new int[cn];
    Arrays.fill(slot, -1);
    int pos = 0;
    for (int c = 0; c < cn; c++) {
      int v = first[c];
      int u = second[c];
      cxadj[c] = pos;
      int begin = pos;
      cvwgt[c] = v == u ? g.vertexWeight(v) : Math.addExact(g.vertexWeight(v), g.vertexWeight(u));
      pos = gather(g, v, c, cmap, slot, cadj, cw, pos);
      if (u != v) {
        pos = gather(g, u, c, cmap, slot, cadj, cw, pos);
      }
      for (int e = begin; e < pos; e++) {
        slot[cadj[e]] = -1;
      }
    }
    cxadj[cn] = pos;
    WeightedGraph coarse = WeightedGraph.ofCsr(
        cxadj, Arrays.copyOf(cadj, pos), Arrays.copyOf(cw, pos), cvwgt);
    return new Contraction(coarse, cmap);
  }

  private static int gather(WeightedGraph g, int v, int c, int[] cmap, int[] slot, int[] cadj,
      int[] cw, int pos) {
    for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
      int cu = cmap[g.adjacent(e)];
      if (cu == c) {
        continue;
      }
      int s = slot[cu];
      if (s == -1) {
        slot[cu] = pos;
        cadj[pos] = cu;
        cw[pos] = g.edgeWeight(e);
        pos++;
      } else {
        cw[s] = Math.addExact(cw[s], g.edgeWeight(e));
      }
    }
    return pos;
  }
}
