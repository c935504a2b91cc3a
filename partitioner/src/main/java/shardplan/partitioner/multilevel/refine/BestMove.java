package shardplan.partitioner.multilevel.refine;

import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * The best move of a vertex among the parts it is connected to, as the k-way refiners choose it:
 * to the adjacent part with room for it that it is most strongly connected to. Reads the
 * refiner's partition and part weights, which the refiner keeps current.
 */
final class BestMove {
  private final WeightedGraph g;
  private final int[] parts;
  private final long[] pw;
  private final long[] maxWeight;
  /** Scratch: edge weight from the vertex to each part, zero outside {@link #find}. */
  private final long[] conn;
  private final int[] touched;
  private long gain;
  private long own;

  BestMove(WeightedGraph g, int[] parts, long[] pw, long[] maxWeight, int k) {
    this.g = g;
    this.parts = parts;
    this.pw = pw;
    this.maxWeight = maxWeight;
    this.conn = new long[k];
    this.touched = new int[k];
  }

  /**
   * The adjacent part other than its own with room for {@code v} that {@code v} is most connected
   * to, or -1 if there is none; on equal gain the first found, or the lighter part when
   * {@code lighterOnTie}. Its gain is then {@link #gain()}.
   */
  int find(int v, boolean lighterOnTie) {
    int a = parts[v];
    int t = 0;
    for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
      int p = parts[g.adjacent(e)];
      if (conn[p] == 0) {
        touched[t++] = p;
      }
      conn[p] += g.edgeWeight(e);
    }
    own = conn[a];
    int vw = g.vertexWeight(v);
    int best = -1;
    long bestGain = Long.MIN_VALUE;
    for (int i = 0; i < t; i++) {
      int b = touched[i];
      if (b == a || pw[b] + vw > maxWeight[b]) {
        continue;
      }
      long gain = conn[b] - own;
      if (gain > bestGain || (lighterOnTie && gain == bestGain && pw[b] < pw[best])) {
        best = b;
        bestGain = gain;
      }
    }
    for (int i = 0; i < t; i++) {
      conn[touched[i]] = 0;
    }
    gain = bestGain;
    return best;
  }

  /** Cut weight saved by the move {@link #find} returned last. */
  long gain() {
    return gain;
  }

  /** Edge weight from the vertex {@link #find} looked at last to its own part. */
  long own() {
    return own;
  }
}
