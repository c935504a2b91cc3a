package shardplan.partitioner.multilevel.refine;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Greedy boundary k-way refinement, the refinement METIS 5 runs while uncoarsening (Karypis &amp;
 * Kumar 1998, "Multilevel k-way partitioning scheme for irregular graphs", J. Parallel Distrib.
 * Comput. 48(1)): boundary vertices are visited in random order and each moves to the adjacent part
 * it is most strongly connected to when that lowers the cut, or keeps it equal while evening out the
 * weights, and the target part stays within its weight limit. Only vertices next to a moved vertex
 * are visited again, so a pass costs O(sum of the degrees of the vertices visited), and the first
 * pass O(m).
 *
 * <p>If a part is heavier than its limit (after projecting from a coarser level, or because the
 * input was unbalanced) vertices leave it for parts with room even at a loss, choosing the move that
 * costs least; so when the input is within the limits the cut never increases, and with unit vertex
 * weights the output is always within the limits.
 *
 * <p>Deterministic for a given random generator state.
 */
public final class GreedyKWayRefiner {

  private final WeightedGraph g;
  private final int k;
  private final long[] maxWeight;
  private final long[] pw;
  private final int[] parts;
  private final BestMove moves;
  private final int n;
  /** Per vertex: edge weight to its own part and to other parts, kept current during passes. */
  private long[] internal;
  private long[] external;

  private GreedyKWayRefiner(WeightedGraph g, int[] parts, int k, long[] maxWeight) {
    this.g = g;
    this.parts = parts;
    this.k = k;
    this.maxWeight = maxWeight;
    this.n = g.vertexCount();
    this.pw = g.partWeights(parts, k);
    this.moves = new BestMove(g, parts, pw, maxWeight, k);
  }

  /**
   * Refines {@code parts} in place.
   *
   * @param maxWeight the weight limit of every part
   * @param maxPasses passes over the boundary at most
   * @return the edge cut after refinement
   */
  public static long refine(WeightedGraph g, int[] parts, int k, long[] maxWeight, int maxPasses,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(maxWeight, "maxWeight");
    Objects.requireNonNull(random, "random");
    if (maxWeight.length != k) {
      throw new IllegalArgumentException("maxWeight has " + maxWeight.length + " entries, k=" + k);
    }
    GreedyKWayRefiner r = new GreedyKWayRefiner(g, parts, k, maxWeight);
    if (k > 1) {
      r.run(maxPasses, random);
    }
    return g.edgeCut(parts);
  }

  /** Like {@link #refine} with the same limit for every part. */
  public static long refine(WeightedGraph g, int[] parts, int k, long maxWeight, int maxPasses,
      SplittableRandom random) {
    long[] limits = new long[k];
    Arrays.fill(limits, maxWeight);
    return refine(g, parts, k, limits, maxPasses, random);
  }

  private boolean overweight() {
    for (int p = 0; p < k; p++) {
      if (pw[p] > maxWeight[p]) {
        return true;
      }
    }
    return false;
  }

  private void run(int maxPasses, SplittableRandom random) {
    if (overweight()) {
      rebalance(random);
    }
    internal = new long[n];
    external = new long[n];
    int[] candidates = boundaryWithDegrees();
    int count = candidates.length;
    int[] next = new int[n]; // each vertex at most once per pass (stamped)
    int[] stamp = new int[n];
    for (int pass = 1; pass <= maxPasses && count > 0; pass++) {
      shuffle(candidates, count, random);
      int nextCount = 0;
      int moves = 0;
      for (int i = 0; i < count; i++) {
        int v = candidates[i];
        int from = parts[v];
        // Cheap exact filter: a vertex with less weight outside its part than inside has no
        // move with gain >= 0, so only an overweight part makes scanning it worthwhile.
        if (external[v] == 0
            || (external[v] < internal[v] && pw[from] <= maxWeight[from])) {
          continue;
        }
        if (tryMove(v)) {
          moves++;
          int to = parts[v];
          if (stamp[v] != pass) {
            stamp[v] = pass;
            next[nextCount++] = v;
          }
          for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
            int u = g.adjacent(e);
            int w = g.edgeWeight(e);
            int pu = parts[u];
            if (pu == from) {
              internal[u] -= w;
              external[u] += w;
            } else if (pu == to) {
              internal[u] += w;
              external[u] -= w;
            }
            if (stamp[u] != pass && external[u] > 0) {
              stamp[u] = pass;
              next[nextCount++] = u;
            }
          }
        }
      }
      // Stop when a pass barely changes anything (METIS stops on a small fraction of moves too):
      // further passes would scan the boundary again for a negligible gain.
      if (moves == 0 || (pass > 1 && moves <= n / 2000)) {
        break;
      }
      int[] t = candidates;
      candidates = next;
      next = t.length == n ? t : new int[n];
      count = nextCount;
    }
    if (overweight()) {
      rebalance(random);
    }
  }

  /**
   * Fills {@link #internal} and {@link #external} and returns the boundary vertices (those with
   * a neighbour in another part).
   */
  private int[] boundaryWithDegrees() {
    int[] list = new int[16];
    int c = 0;
    for (int v = 0; v < n; v++) {
      int p = parts[v];
      long in = 0;
      long out = 0;
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        if (parts[g.adjacent(e)] == p) {
          in += g.edgeWeight(e);
        } else {
          out += g.edgeWeight(e);
        }
      }
      internal[v] = in;
      external[v] = out;
      if (out > 0) {
        if (c == list.length) {
          list = Arrays.copyOf(list, Math.min(n, 2 * c));
        }
        list[c++] = v;
      }
    }
    return Arrays.copyOf(list, c);
  }

  private boolean tryMove(int v) {
    int a = parts[v];
    int best = moves.find(v, true);
    if (best < 0) {
      return false;
    }
    long bestGain = moves.gain();
    long own = moves.own();
    int vw = g.vertexWeight(v);
    boolean move = bestGain > 0
        || (bestGain == 0 && pw[best] + vw <= pw[a] - vw)
        || pw[a] > maxWeight[a];
    if (move) {
      long total = internal[v] + external[v];
      parts[v] = best;
      pw[a] -= vw;
      pw[best] += vw;
      internal[v] = bestGain + own;
      external[v] = total - internal[v];
    }
    return move;
  }

  /**
   * Moves vertices out of parts over their limit into parts with room, cheapest first: boundary
   * vertices towards a connected part first, then any vertex to the lightest part with room.
   */
  private void rebalance(SplittableRandom random) {
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    shuffle(order, n, random);
    // Round 1: gain-aware moves among connected parts (boundary vertices, best gain first by
    // visiting in two sweeps: non-negative gains first, then any gain).
    for (int sweep = 0; sweep < 2 && overweight(); sweep++) {
      for (int v : order) {
        int a = parts[v];
        if (pw[a] <= maxWeight[a]) {
          continue;
        }
        int vw = g.vertexWeight(v);
        int best = moves.find(v, false);
        if (best >= 0 && (sweep == 1 || moves.gain() >= 0)) {
          parts[v] = best;
          pw[a] -= vw;
          pw[best] += vw;
        }
      }
    }
    // Round 2: any vertex of an overweight part to the part with most room that can take it.
    for (int v : order) {
      if (!overweight()) {
        return;
      }
      int a = parts[v];
      if (pw[a] <= maxWeight[a]) {
        continue;
      }
      int vw = g.vertexWeight(v);
      int best = -1;
      long bestRoom = Long.MIN_VALUE;
      for (int b = 0; b < k; b++) {
        long room = maxWeight[b] - pw[b] - vw;
        if (b != a && room >= 0 && room > bestRoom) {
          best = b;
          bestRoom = room;
        }
      }
      if (best >= 0) {
        parts[v] = best;
        pw[a] -= vw;
        pw[best] += vw;
      }
    }
  }

  private static void shuffle(int[] a, int len, SplittableRandom random) {
    for (int i = len - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = a[i];
      a[i] = a[j];
      a[j] = t;
    }
  }
}
