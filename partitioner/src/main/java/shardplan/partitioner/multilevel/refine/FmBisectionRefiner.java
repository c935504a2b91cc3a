package shardplan.partitioner.multilevel.refine;

import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Fiduccia–Mattheyses refinement of a bisection (Fiduccia &amp; Mattheyses 1982, in the boundary form
 * of Karypis &amp; Kumar 1998): in each pass boundary vertices move one at a time, the move with the
 * highest gain first (even a negative one, to climb out of local minima), each vertex at most once;
 * at the end of the pass the moves after the best prefix are undone. Best means within the weight
 * limits first, then lowest cut. A pass stops after a run of moves without improvement.
 *
 * <p>A pass costs O(m log n). Deterministic for a given random generator state.
 */
public final class FmBisectionRefiner {

  private FmBisectionRefiner() {}

  /**
   * Refines a bisection in place.
   *
   * @param parts 0 or 1 per vertex
   * @param max0 weight limit of part 0
   * @param max1 weight limit of part 1
   * @return the cut after refinement
   */
  public static long refine(WeightedGraph g, int[] parts, long max0, long max1, int maxPasses,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(random, "random");
    int n = g.vertexCount();
    long[] limit = {max0, max1};
    long[] pw = g.partWeights(parts, 2);
    long total = pw[0] + pw[1];
    double[] target = {
        max0 + max1 == 0 ? 0 : (double) total * max0 / (max0 + max1),
        max0 + max1 == 0 ? 0 : (double) total * max1 / (max0 + max1)};
    long[] id = new long[n];
    long[] ed = new long[n];
    long cut = 0;
    for (int v = 0; v < n; v++) {
      for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
        if (parts[g.adjacent(e)] == parts[v]) {
          id[v] += g.edgeWeight(e);
        } else {
          ed[v] += g.edgeWeight(e);
        }
      }
      cut += ed[v];
    }
    cut /= 2;
    GainHeap[] heaps = {new GainHeap(n), new GainHeap(n)};
    boolean[] locked = new boolean[n];
    int[] moved = new int[n];
    int[] perm = new int[n];
    int stallLimit = Math.min(Math.max(n / 100, 25), 150);
    for (int pass = 0; pass < maxPasses; pass++) {
      // The candidates, found in one sequential sweep, then queued in random order.
      int count = 0;
      for (int v = 0; v < n; v++) {
        if (ed[v] > 0 || pw[parts[v]] > limit[parts[v]]) {
          perm[count++] = v;
        }
      }
      for (int i = count - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      for (int i = 0; i < count; i++) {
        int v = perm[i];
        heaps[parts[v]].put(v, ed[v] - id[v]);
      }
      long startCut = cut;
      long startViolation = violation(pw, limit);
      long bestCut = cut;
      long bestViolation = startViolation;
      int bestMoves = 0;
      int moves = 0;
      while (true) {
        int from = chooseSide(heaps, pw, target);
        if (from < 0) {
          break;
        }
        int v = heaps[from].poll();
        int to = 1 - from;
        int vw = g.vertexWeight(v);
        if (pw[to] + vw > limit[to] && pw[from] <= limit[from]) {
          continue; // would break the balance; skip this vertex for the pass
        }
        locked[v] = true;
        moved[moves++] = v;
        cut = flip(g, v, parts, pw, id, ed, cut, heaps, locked);
        long viol = violation(pw, limit);
        if (viol < bestViolation || (viol == bestViolation && cut < bestCut)) {
          bestViolation = viol;
          bestCut = cut;
          bestMoves = moves;
        } else if (moves - bestMoves > stallLimit) {
          break;
        }
      }
      // Undo the moves after the best prefix.
      for (int i = moves - 1; i >= bestMoves; i--) {
        cut = flip(g, moved[i], parts, pw, id, ed, cut, null, null);
      }
      for (int i = 0; i < moves; i++) {
        locked[moved[i]] = false;
      }
      heaps[0].clear();
      heaps[1].clear();
      if (bestMoves == 0 || (bestCut >= startCut && bestViolation >= startViolation)) {
        break;
      }
    }
    return cut;
  }

  /**
   * Moves {@code v} to the other side, keeping the cut, the part weights and the internal and
   * external degrees of {@code v} and its neighbours up to date; returns the new cut. With
   * {@code heaps}, unlocked neighbours are re-keyed by their gain (the forward pass); without,
   * it only undoes (the rollback).
   */
  private static long flip(WeightedGraph g, int v, int[] parts, long[] pw, long[] id, long[] ed, long cut,
                           GainHeap[] heaps, boolean[] locked) {
    int from = parts[v];
    int to = 1 - from;
    int vw = g.vertexWeight(v);
    long newCut = cut - (ed[v] - id[v]);
    pw[from] -= vw;
    pw[to] += vw;
    parts[v] = to;
    long t = id[v];
    id[v] = ed[v];
    ed[v] = t;
    for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
      int u = g.adjacent(e);
      int w = g.edgeWeight(e);
      if (parts[u] == to) {
        id[u] += w;
        ed[u] -= w;
      } else {
        id[u] -= w;
        ed[u] += w;
      }
      if (heaps != null && !locked[u]) {
        if (ed[u] > 0) {
          heaps[parts[u]].put(u, ed[u] - id[u]);
        } else {
          heaps[parts[u]].remove(u);
        }
      }
    }
    return newCut;
  }

  private static long violation(long[] pw, long[] limit) {
    return Math.max(0, pw[0] - limit[0]) + Math.max(0, pw[1] - limit[1]);
  }

  /**
   * The side to move from: the one heavier relative to its target, as METIS's FM does, so that
   * the moves alternate and the balance stays near the target; the other side if that one has no
   * candidates.
   */
  private static int chooseSide(GainHeap[] heaps, long[] pw, double[] target) {
    int from = pw[0] - target[0] >= pw[1] - target[1] ? 0 : 1;
    if (heaps[from].isEmpty()) {
      from = 1 - from;
    }
    return heaps[from].isEmpty() ? -1 : from;
  }
}
