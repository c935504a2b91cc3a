package shardplan.partitioner.multilevel.refine;

import java.util.Arrays;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * k-way Fiduccia–Mattheyses refinement with rollback (the localised k-way FM of KaHIP, Sanders
 * &amp; Schulz 2011, after Fiduccia &amp; Mattheyses 1982): boundary vertices sit in one priority
 * queue keyed by the gain of their best move to an adjacent part with room; the best move is made
 * even when its gain is negative, the vertex is locked, and its neighbours' gains are recomputed.
 * After a run of moves without a new best cut the pass stops and the moves after the best prefix
 * are undone. Unlike {@link GreedyKWayRefiner} this climbs out of local minima, which matters on
 * mesh-like graphs.
 *
 * <p>Moves never take a part over its limit, so a partition within its limits stays within them
 * and its cut never increases. Vertices of very high degree are not moved (recomputing their gains
 * after each neighbour's move would cost their degree every time). A pass costs O(boundary degree
 * + moves · degree²) with bounded degree. Deterministic for a given random generator state.
 */
public final class KWayFmRefiner {

  private final WeightedGraph g;
  private final int[] parts;
  private final int k;
  private final long[] maxWeight;
  private final long[] pw;
  private final BestMove moves;
  private final int n;
  private final int degreeCap;
  private final int[] target;

  private KWayFmRefiner(WeightedGraph g, int[] parts, int k, long[] maxWeight) {
    this.g = g;
    this.parts = parts;
    this.k = k;
    this.maxWeight = maxWeight;
    this.n = g.vertexCount();
    this.pw = g.partWeights(parts, k);
    this.moves = new BestMove(g, parts, pw, maxWeight, k);
    this.target = new int[n];
    long avg = n == 0 ? 0 : 2L * g.edgeCount() / n;
    this.degreeCap = (int) Math.min(Integer.MAX_VALUE, Math.max(32, 8 * avg));
  }

  /**
   * Refines {@code parts} in place with at most {@code maxPasses} passes.
   *
   * @return the edge cut after refinement
   */
  public static long refine(WeightedGraph g, int[] parts, int k, long maxWeight, int maxPasses,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(random, "random");
    long[] limits = new long[k];
    Arrays.fill(limits, maxWeight);
    if (k > 1 && g.vertexCount() > 1) {
      new KWayFmRefiner(g, parts, k, limits).run(maxPasses, random);
    }
    return g.edgeCut(parts);
  }

  private void run(int maxPasses, SplittableRandom random) {
    GainHeap heap = new GainHeap(n);
    boolean[] locked = new boolean[n];
    int[] moved = new int[n];
    int[] movedFrom = new int[n];
    int[] order = new int[n];
    int stallLimit = (int) Math.min(Math.max(n / 100, 50), 400);
    for (int pass = 0; pass < maxPasses; pass++) {
      // The boundary, found in one sequential sweep, then offered in random order.
      int count = 0;
      for (int v = 0; v < n; v++) {
        if (onBoundary(v)) {
          order[count++] = v;
        }
      }
      for (int i = count - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      for (int i = 0; i < count; i++) {
        offer(heap, order[i]);
      }
      long cut = 0;
      long bestCut = 0;
      int bestMoves = 0;
      int moves = 0;
      while (!heap.isEmpty()) {
        int v = heap.poll();
        long gain = bestMove(v);
        int to = target[v];
        if (to < 0) {
          continue;
        }
        int from = parts[v];
        int vw = g.vertexWeight(v);
        parts[v] = to;
        pw[from] -= vw;
        pw[to] += vw;
        locked[v] = true;
        moved[moves] = v;
        movedFrom[moves] = from;
        moves++;
        cut -= gain;
        if (cut < bestCut) {
          bestCut = cut;
          bestMoves = moves;
        } else if (moves - bestMoves > stallLimit) {
          break;
        }
        for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
          int u = g.adjacent(e);
          if (!locked[u]) {
            offer(heap, u);
          }
        }
      }
      for (int i = moves - 1; i >= bestMoves; i--) {
        int v = moved[i];
        int vw = g.vertexWeight(v);
        pw[parts[v]] -= vw;
        pw[movedFrom[i]] += vw;
        parts[v] = movedFrom[i];
      }
      for (int i = 0; i < moves; i++) {
        locked[moved[i]] = false;
      }
      heap.clear();
      if (bestMoves == 0) {
        break;
      }
    }
  }

  /** True if a neighbour of {@code v} is in another part: only such a vertex can have a move. */
  private boolean onBoundary(int v) {
    int p = parts[v];
    for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
      if (parts[g.adjacent(e)] != p) {
        return true;
      }
    }
    return false;
  }

  /** Puts {@code v} in the heap with the gain of its best move, or removes it if it has none. */
  private void offer(GainHeap heap, int v) {
    if (g.degree(v) > degreeCap) {
      heap.remove(v);
      return;
    }
    long gain = bestMove(v);
    if (target[v] >= 0) {
      heap.put(v, gain);
    } else {
      heap.remove(v);
    }
  }

  /**
   * Finds the adjacent part with room that {@code v} is most connected to; stores it in {@link
   * #target} (−1 if {@code v} has no neighbour in another part with room) and returns the gain.
   */
  private long bestMove(int v) {
    int best = moves.find(v, true);
    target[v] = best;
    return best < 0 ? 0 : moves.gain();
  }
}
