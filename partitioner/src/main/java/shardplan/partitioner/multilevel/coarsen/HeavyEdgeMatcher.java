package shardplan.partitioner.multilevel.coarsen;

import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Heavy-edge matching (Karypis &amp; Kumar 1998, "A fast and high quality multilevel scheme for
 * partitioning irregular graphs", SIAM J. Sci. Comput. 20(1)): vertices are visited in a random
 * order, low degree first (METIS's sorted variant, which leaves hubs to the end so their many light
 * neighbours find partners), and each unmatched vertex is matched with the unmatched neighbour joined
 * by the heaviest edge, provided the merged weight stays under a cap. Contracting heavy edges hides
 * them inside coarse vertices, so they cannot be cut later.
 *
 * <p>On graphs with skewed degrees (power-law graphs) plain matching stalls: the leaves of a hub all
 * want the hub. When more than a tenth of the vertices stay unmatched, a second round pairs unmatched
 * vertices that share their heaviest neighbour (two-hop matching, as METIS 5's {@code
 * Match_2HopAny}), so that coarsening keeps shrinking the graph.
 *
 * <p>O(n + m) time; deterministic for a given random generator state.
 */
public final class HeavyEdgeMatcher {

  private HeavyEdgeMatcher() {}

  /**
   * Computes a matching: {@code match[v]} is the partner of {@code v}, or {@code v} itself when it
   * stays single. The relation is symmetric.
   *
   * @param maxVertexWeight merged vertices may weigh at most this much
   */
  public static int[] match(WeightedGraph g, long maxVertexWeight, SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(random, "random");
    int n = g.vertexCount();
    int[] match = new int[n];
    java.util.Arrays.fill(match, -1);
    int[] order = visitOrder(g, random);
    int unmatched = 0;
    for (int v : order) {
      if (match[v] != -1) {
        continue;
      }
      int vw = g.vertexWeight(v);
      int best = -1;
      int bestW = 0;
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        int u = g.adjacent(e);
        int w = g.edgeWeight(e);
        if (match[u] == -1 && w > bestW && (long) vw + g.vertexWeight(u) <= maxVertexWeight) {
          best = u;
          bestW = w;
        }
      }
      if (best >= 0) {
        match[v] = best;
        match[best] = v;
      } else {
        unmatched++;
      }
    }
    if (unmatched > n / 10) {
      matchTwoHop(g, match, maxVertexWeight);
    }
    for (int v = 0; v < n; v++) {
      if (match[v] == -1) {
        match[v] = v;
      }
    }
    return match;
  }

  /** A random permutation, stably sorted by degree (capped), so low-degree vertices come first. */
  static int[] visitOrder(WeightedGraph g, SplittableRandom random) {
    int n = g.vertexCount();
    int[] perm = new int[n];
    for (int i = 0; i < n; i++) {
      perm[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      int t = perm[i];
      perm[i] = perm[j];
      perm[j] = t;
    }
    final int cap = 64;
    int[] count = new int[cap + 2];
    for (int v = 0; v < n; v++) {
      count[Math.min(g.degree(v), cap) + 1]++;
    }
    for (int d = 0; d <= cap; d++) {
      count[d + 1] += count[d];
    }
    int[] order = new int[n];
    for (int v : perm) {
      order[count[Math.min(g.degree(v), cap)]++] = v;
    }
    return order;
  }

  /**
   * Pairs still-unmatched vertices that hang on the same neighbour (their heaviest one): bucket them
   * by that neighbour with a counting sort, then match consecutive members of each bucket.
   */
  private static void matchTwoHop(WeightedGraph g, int[] match, long maxVertexWeight) {
    int n = g.vertexCount();
    int[] key = new int[n];
    int[] count = new int[n + 1];
    int candidates = 0;
    for (int v = 0; v < n; v++) {
      key[v] = -1;
      if (match[v] != -1 || g.degree(v) == 0) {
        continue;
      }
      int best = -1;
      int bestW = 0;
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        int w = g.edgeWeight(e);
        if (w > bestW) {
          bestW = w;
          best = g.adjacent(e);
        }
      }
      key[v] = best;
      count[best + 1]++;
      candidates++;
    }
    if (candidates < 2) {
      return;
    }
    for (int h = 0; h < n; h++) {
      count[h + 1] += count[h];
    }
    int[] bucketed = new int[candidates];
    for (int v = 0; v < n; v++) {
      if (key[v] >= 0) {
        bucketed[count[key[v]]++] = v;
      }
    }
    // count[h] now marks the end of bucket h; walk buckets pairing neighbours in the list.
    int start = 0;
    for (int h = 0; h < n; h++) {
      int end = count[h];
      int pending = -1;
      for (int i = start; i < end; i++) {
        int v = bucketed[i];
        if (pending == -1) {
          pending = v;
        } else if ((long) g.vertexWeight(pending) + g.vertexWeight(v) <= maxVertexWeight) {
          match[pending] = v;
          match[v] = pending;
          pending = -1;
        } else if (g.vertexWeight(v) < g.vertexWeight(pending)) {
          pending = v;
        }
      }
      start = end;
    }
  }
}
