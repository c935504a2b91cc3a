package shardplan.partitioner.multilevel.graph;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;

/**
 * An immutable undirected graph with integer vertex and edge weights, stored in compressed sparse
 * row (CSR) form as METIS stores it: the neighbours of vertex {@code v} are
 * {@code adjncy[xadj[v] .. xadj[v+1])} with the weights {@code adjwgt[...]} at the same positions.
 * Every edge is stored in both directions; there are no self-loops and no parallel edges, and each
 * adjacency list is sorted by neighbour.
 *
 * <p>The array accessors ({@link #xadj()}, {@link #adjncy()}, ...) return copies so that the graph
 * stays immutable; algorithms read it through the element accessors ({@link #edgeBegin(int)},
 * {@link #adjacent(int)}, {@link #edgeWeight(int)}, {@link #vertexWeight(int)}), which cost no more
 * than an array access once inlined.
 *
 * <p>Build one with {@link Builder}, which takes edges in any order (duplicates accumulate) and
 * builds the CSR arrays in O(n + m) time with two counting passes, or read one in METIS format with
 * {@link #readMetis(Path)}.
 */
public final class WeightedGraph {

  private final int n;
  private final int[] xadj;
  private final int[] adjncy;
  private final int[] adjwgt;
  private final int[] vwgt;
  private final long totalVertexWeight;
  private final long totalEdgeWeight;

  /**
   * Wraps CSR arrays without copying them; the caller hands them over and must not modify them
   * afterwards. The arrays are checked for shape (lengths, ranges, positive weights) but not for
   * symmetry, which is the caller's promise; {@link #checkSymmetric()} verifies it.
   *
   * @throws IllegalArgumentException if the arrays do not describe a CSR graph
   */
  public static WeightedGraph ofCsr(int[] xadj, int[] adjncy, int[] adjwgt, int[] vwgt) {
    return new WeightedGraph(xadj, adjncy, adjwgt, vwgt);
  }

  private WeightedGraph(int[] xadj, int[] adjncy, int[] adjwgt, int[] vwgt) {
    this.xadj = Objects.requireNonNull(xadj, "xadj");
    this.adjncy = Objects.requireNonNull(adjncy, "adjncy");
    this.adjwgt = Objects.requireNonNull(adjwgt, "adjwgt");
    this.vwgt = Objects.requireNonNull(vwgt, "vwgt");
    if (xadj.length == 0) {
      throw new IllegalArgumentException("xadj must have vertexCount + 1 entries, got 0");
    }
    this.n = xadj.length - 1;
    if (vwgt.length != n) {
      throw new IllegalArgumentException(
          "vwgt has " + vwgt.length + " entries for " + n + " vertices");
    }
    if (xadj[0] != 0 || xadj[n] != adjncy.length || adjwgt.length != adjncy.length) {
      throw new IllegalArgumentException(
          "xadj[0] must be 0 and xadj[n] the length of adjncy and adjwgt");
    }
    long tv = 0;
    for (int v = 0; v < n; v++) {
      if (xadj[v + 1] < xadj[v]) {
        throw new IllegalArgumentException("xadj must not decrease (vertex " + v + ")");
      }
      if (vwgt[v] < 0) {
        throw new IllegalArgumentException("vertex " + v + " has negative weight " + vwgt[v]);
      }
      tv += vwgt[v];
    }
    long te = 0;
    for (int e = 0; e < adjncy.length; e++) {
      int u = adjncy[e];
      if (u < 0 || u >= n) {
        throw new IllegalArgumentException("neighbour " + u + " out of range [0," + n + ")");
      }
      if (adjwgt[e] <= 0) {
        throw new IllegalArgumentException("edge weights must be positive, got " + adjwgt[e]);
      }
      te += adjwgt[e];
    }
    this.totalVertexWeight = tv;
    this.totalEdgeWeight = te / 2;
  }

  /** Number of vertices. */
  public int vertexCount() {
    return n;
  }

  /** Number of undirected edges (each stored twice). */
  public int edgeCount() {
    return adjncy.length / 2;
  }

  /** Sum of all vertex weights. */
  public long totalVertexWeight() {
    return totalVertexWeight;
  }

  /** Sum of the weights of all undirected edges. */
  public long totalEdgeWeight() {
    return totalEdgeWeight;
  }

  /** Index of the first adjacency entry of {@code v}. */
  public int edgeBegin(int v) {
    return xadj[v];
  }

  /** Index one past the last adjacency entry of {@code v}. */
  public int edgeEnd(int v) {
    return xadj[v + 1];
  }

  /** Number of neighbours of {@code v}. */
  public int degree(int v) {
    return xadj[v + 1] - xadj[v];
  }

  /** The neighbour at adjacency entry {@code e}. */
  public int adjacent(int e) {
    return adjncy[e];
  }

  /** The weight of adjacency entry {@code e}. */
  public int edgeWeight(int e) {
    return adjwgt[e];
  }

  /** The weight of vertex {@code v}. */
  public int vertexWeight(int v) {
    return vwgt[v];
  }

  /** The heaviest vertex weight, 0 for an empty graph. */
  public int maxVertexWeight() {
    int max = 0;
    for (int w : vwgt) {
      max = Math.max(max, w);
    }
    return max;
  }

  /** A copy of the CSR offsets ({@code vertexCount() + 1} entries). */
  public int[] xadj() {
    return xadj.clone();
  }

  /** A copy of the adjacency targets (2 × edges entries). */
  public int[] adjncy() {
    return adjncy.clone();
  }

  /** A copy of the adjacency weights, parallel to {@link #adjncy()}. */
  public int[] adjwgt() {
    return adjwgt.clone();
  }

  /** A copy of the vertex weights. */
  public int[] vwgt() {
    return vwgt.clone();
  }

  /**
   * The total weight of edges whose endpoints lie in different parts.
   *
   * @param parts the part of every vertex
   * @throws IllegalArgumentException if {@code parts} does not have one entry per vertex
   */
  public long edgeCut(int[] parts) {
    Objects.requireNonNull(parts, "parts");
    if (parts.length != n) {
      throw new IllegalArgumentException(
          "parts has " + parts.length + " entries for " + n + " vertices");
    }
    long cut = 0;
    for (int v = 0; v < n; v++) {
      int pv = parts[v];
      for (int e = xadj[v], end = xadj[v + 1]; e < end; e++) {
        if (parts[adjncy[e]] != pv) {
          cut += adjwgt[e];
        }
      }
    }
    return cut / 2;
  }

  /** The weight of every part of {@code parts}, parts numbered in [0, k). */
  public long[] partWeights(int[] parts, int k) {
    Objects.requireNonNull(parts, "parts");
    if (parts.length != n) {
      throw new IllegalArgumentException(
          "parts has " + parts.length + " entries for " + n + " vertices");
    }
    long[] pw = new long[k];
    for (int v = 0; v < n; v++) {
      int p = parts[v];
      if (p < 0 || p >= k) {
        throw new IllegalArgumentException("vertex " + v + " in part " + p + " outside [0," + k + ")");
      }
      pw[p] += vwgt[v];
    }
    return pw;
  }

  /**
   * Checks that every edge is stored in both directions with the same weight and that there are no
   * self-loops; O(m log d).
   *
   * @throws IllegalStateException naming the first offending edge
   */
  public void checkSymmetric() {
    for (int v = 0; v < n; v++) {
      for (int e = xadj[v]; e < xadj[v + 1]; e++) {
        int u = adjncy[e];
        if (u == v) {
          throw new IllegalStateException("self-loop at vertex " + v);
        }
        int back = find(u, v);
        if (back < 0 || adjwgt[back] != adjwgt[e]) {
          throw new IllegalStateException("edge " + v + "-" + u + " is not symmetric");
        }
      }
    }
  }

  private int find(int v, int target) {
    int lo = xadj[v];
    int hi = xadj[v + 1] - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int x = adjncy[mid];
      if (x < target) {
        lo = mid + 1;
      } else if (x > target) {
        hi = mid - 1;
      } else {
        return mid;
      }
    }
    for (int e = xadj[v]; e < xadj[v + 1]; e++) { // adjacency lists built by ofCsr may be unsorted
      if (adjncy[e] == target) {
        return e;
      }
    }
    return -1;
  }

  /**
   * Writes the graph in METIS graph format with vertex and edge weights ({@code fmt 011}); see
   * {@link MetisGraphFile#write}.
   */
  public void writeMetis(Path file) throws IOException {
    MetisGraphFile.write(this, file);
  }

  /**
   * Reads a graph in METIS graph format; see {@link MetisGraphFile#read}.
   *
   * @throws IOException if the file cannot be read or is not in that format
   */
  public static WeightedGraph readMetis(Path file) throws IOException {
    return MetisGraphFile.read(file);
  }

  @Override
  public String toString() {
    return "WeightedGraph[vertices=" + n + ", edges=" + edgeCount() + ", vertexWeight="
        + totalVertexWeight + ", edgeWeight=" + totalEdgeWeight + "]";
  }

  /**
   * Collects weighted edges and vertex weights and builds a {@link WeightedGraph}. Edges are kept
   * in growable primitive arrays; {@link #build()} makes the CSR arrays with two counting-sort
   * passes (the second pass leaves every adjacency list sorted), merges duplicate edges by adding
   * their weights, and drops self-loops, which never contribute to a cut. Memory is about 12 bytes
   * per added edge plus 16 bytes per stored adjacency entry while building.
   */
  public static final class Builder {
    private final int n;
    private final int[] vwgt;
    private int[] us = new int[16];
    private int[] vs = new int[16];
    private int[] ws = new int[16];
    private int size;

    /** A builder for {@code vertexCount} vertices of weight 1 and no edges. */
    public Builder(int vertexCount) {
      if (vertexCount < 0) {
        throw new IllegalArgumentException("vertexCount must not be negative: " + vertexCount);
      }
      this.n = vertexCount;
      this.vwgt = new int[vertexCount];
      Arrays.fill(vwgt, 1);
    }

    /** Sets the weight of vertex {@code v} (default 1); weights must not be negative. */
    public Builder setVertexWeight(int v, int weight) {
      checkVertex(v);
      if (weight < 0) {
        throw new IllegalArgumentException("vertex weight must not be negative: " + weight);
      }
      vwgt[v] = weight;
      return this;
    }

    /**
     * Adds {@code weight} to the undirected edge {@code u}–{@code v}; repeated calls for the same
     * pair accumulate. Self-loops are accepted and ignored.
     */
    public Builder addEdge(int u, int v, int weight) {
      checkVertex(u);
      checkVertex(v);
      if (weight <= 0) {
        throw new IllegalArgumentException("edge weight must be positive: " + weight);
      }
      if (u == v) {
        return this;
      }
      if (size == us.length) {
        int cap = (int) Math.min(Integer.MAX_VALUE - 8, (long) size * 2);
        if (cap <= size) {
          throw new IllegalStateException("too many edges for one builder: " + size);
        }
        us = Arrays.copyOf(us, cap);
        vs = Arrays.copyOf(vs, cap);
        ws = Arrays.copyOf(ws, cap);
      }
      us[size] = u;
      vs[size] = v;
      ws[size] = weight;
      size++;
      return this;
    }

    /** Number of vertices of the graph being built. */
    public int vertexCount() {
      return n;
    }

    private void checkVertex(int v) {
      if (v < 0 || v >= n) {
        throw new IndexOutOfBoundsException("vertex " + v + " outside [0," + n + ")");
      }
    }

    /**
     * Builds the graph; the builder can be reused afterwards (further edges add to the ones
     * already given).
     *
     * @throws ArithmeticException if merged edge weights overflow an int
     */
    public WeightedGraph build() {
      long directed = 2L * size;
      if (directed > Integer.MAX_VALUE - 8) {
        throw new IllegalStateException("graph too large for int CSR: " + size + " edges");
      }
      int m2 = (int) directed;
      // Pass 1: bucket every directed copy (a -> b) under b; since the graph is symmetric the
      // bucket of b holds b's neighbours, unsorted.
      int[] start = new int[n + 1];
      for (int i = 0; i < size; i++) {
        start[us[i] + 1]++;
        start[vs[i] + 1]++;
      }
      for (int v = 0; v < n; v++) {
        start[v + 1] += start[v];
      }
      int[] pos = Arrays.copyOf(start, n);
      int[] tmpAdj = new int[m2];
      int[] tmpW = new int[m2];
      for (int i = 0; i < size; i++) {
        int u = us[i];
        int v = vs[i];
        int w = ws[i];
        int p = pos[v]++;
        tmpAdj[p] = u;
        tmpW[p] = w;
        p = pos[u]++;
        tmpAdj[p] = v;
        tmpW[p] = w;
      }
      // Pass 2: walk rows b in increasing order and put (b, w) into the row of each neighbour a;
      // every row is then filled in increasing neighbour order, i.e. sorted.
      System.arraycopy(start, 0, pos, 0, n);
      int[] adj = new int[m2];
      int[] wgt = new int[m2];
      for (int b = 0; b < n; b++) {
        for (int e = start[b], end = start[b + 1]; e < end; e++) {
          int a = tmpAdj[e];
          int p = pos[a]++;
          adj[p] = b;
          wgt[p] = tmpW[e];
        }
      }
      tmpAdj = null;
      tmpW = null;
      // Merge duplicates in place.
      int[] xadj = new int[n + 1];
      int out = 0;
      for (int v = 0; v < n; v++) {
        xadj[v] = out;
        int prev = -1;
        for (int e = start[v], end = start[v + 1]; e < end; e++) {
          int a = adj[e];
          if (a == prev) {
            wgt[out - 1] = Math.addExact(wgt[out - 1], wgt[e]);
          } else {
            adj[out] = a;
            wgt[out] = wgt[e];
            out++;
            prev = a;
          }
        }
      }
      xadj[n] = out;
      if (out != m2) {
        adj = Arrays.copyOf(adj, out);
        wgt = Arrays.copyOf(wgt, out);
      }
      return new WeightedGraph(xadj, adj, wgt, vwgt.clone());
    }
  }
}
