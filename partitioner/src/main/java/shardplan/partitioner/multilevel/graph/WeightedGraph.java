package shardplan.partitioner.multilevel.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
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
   * Writes the graph in METIS graph format with vertex and edge weights ({@code fmt 011}): a header
   * line {@code n m 011}, then one line per vertex: its weight and (neighbour, weight) pairs, with
   * neighbours numbered from 1.
   */
  public void writeMetis(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      AsciiWriter w = new AsciiWriter(out);
      w.number(n);
      w.space();
      w.number(edgeCount());
      w.text(" 011\n");
      for (int v = 0; v < n; v++) {
        w.number(vwgt[v]);
        for (int e = xadj[v]; e < xadj[v + 1]; e++) {
          w.space();
          w.number(adjncy[e] + 1L);
          w.space();
          w.number(adjwgt[e]);
        }
        w.newline();
      }
      w.flush();
    }
  }

  /**
   * Reads a graph in METIS graph format: {@code fmt} 0, 1, 10, 11 or 011 (vertex sizes, {@code
   * fmt 1xx}, and multiple constraints are not supported); lines starting with {@code %} are
   * comments. Duplicate edges accumulate, missing reverse edges are added.
   *
   * @throws IOException if the file cannot be read or is not in that format
   */
  public static WeightedGraph readMetis(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new MetisReader(in, file.toString()).read();
    }
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

  /** Writes ASCII numbers without creating strings. */
  private static final class AsciiWriter {
    private final OutputStream out;
    private final byte[] buf = new byte[1 << 16];
    private final byte[] digits = new byte[20];
    private int len;

    AsciiWriter(OutputStream out) {
      this.out = out;
    }

    void number(long x) throws IOException {
      if (len + 21 > buf.length) {
        drain();
      }
      if (x == 0) {
        buf[len++] = '0';
        return;
      }
      if (x < 0) {
        buf[len++] = '-';
        x = -x;
      }
      int d = 0;
      while (x > 0) {
        digits[d++] = (byte) ('0' + (x % 10));
        x /= 10;
      }
      while (d > 0) {
        buf[len++] = digits[--d];
      }
    }

    void space() throws IOException {
      put((byte) ' ');
    }

    void newline() throws IOException {
      put((byte) '\n');
    }

    void text(String s) throws IOException {
      for (int i = 0; i < s.length(); i++) {
        put((byte) s.charAt(i));
      }
    }

    private void put(byte b) throws IOException {
      if (len == buf.length) {
        drain();
      }
      buf[len++] = b;
    }

    private void drain() throws IOException {
      out.write(buf, 0, len);
      len = 0;
    }

    void flush() throws IOException {
      drain();
      out.flush();
    }
  }

  /** A tokenizer for METIS graph files that reads numbers straight from bytes. */
  private static final class MetisReader {
    private final InputStream in;
    private final String name;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    private int pos;
    private int line = 1;

    MetisReader(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    WeightedGraph read() throws IOException {
      long[] header = new long[4];
      int count = readHeader(header);
      if (count < 2) {
        throw error("header must give the number of vertices and edges");
      }
      long nl = header[0];
      if (nl < 0 || nl > Integer.MAX_VALUE - 8) {
        throw error("bad vertex count " + nl);
      }
      int n = (int) nl;
      String fmt = count >= 3 ? Long.toString(header[2]) : "0";
      if (count >= 4 && header[3] != 1) {
        throw error("multiple vertex weights (ncon=" + header[3] + ") are not supported");
      }
      if (fmt.length() > 2) {
        throw error("vertex sizes (fmt " + fmt + ") are not supported");
      }
      boolean hasEdgeWeights = fmt.endsWith("1");
      boolean hasVertexWeights = fmt.length() == 2 && fmt.charAt(0) == '1';
      Builder b = new Builder(n);
      for (int v = 0; v < n; v++) {
        if (!nextDataLine()) {
          throw error("file ends after " + v + " of " + n + " vertex lines");
        }
        if (hasVertexWeights) {
          long w = number();
          if (w == Long.MIN_VALUE) {
            throw error("missing vertex weight");
          }
          b.setVertexWeight(v, (int) w);
        }
        while (true) {
          long u = number();
          if (u == Long.MIN_VALUE) {
            break;
          }
          long w = 1;
          if (hasEdgeWeights) {
            w = number();
            if (w == Long.MIN_VALUE) {
              throw error("missing edge weight");
            }
          }
          if (u < 1 || u > n) {
            throw error("neighbour " + u + " outside [1," + n + "]");
          }
          int a = (int) u - 1;
          if (a > v) { // each edge appears on both lines; keep one copy
            b.addEdge(v, a, (int) w);
          } else if (a == v) {
            throw error("self-loop at vertex " + (v + 1));
          }
        }
      }
      return b.build();
    }

    private IOException error(String message) {
      return new IOException(name + ":" + line + ": " + message);
    }

    private int fill() throws IOException {
      if (pos < len) {
        return buf[pos] & 0xff;
      }
      len = in.read(buf);
      pos = 0;
      if (len <= 0) {
        len = 0;
        return -1;
      }
      return buf[0] & 0xff;
    }

    /** Skips comment lines; true if a data line follows (its first byte is next). */
    private boolean nextDataLine() throws IOException {
      while (true) {
        int c = fill();
        if (c < 0) {
          return false;
        }
        if (c == '%') {
          while ((c = fill()) >= 0 && c != '\n') {
            pos++;
          }
          if (c == '\n') {
            pos++;
            line++;
          }
          continue;
        }
        return true;
      }
    }

    private int readHeader(long[] header) throws IOException {
      if (!nextDataLine()) {
        throw error("empty file");
      }
      int count = 0;
      long x;
      while ((x = number()) != Long.MIN_VALUE) {
        if (count < header.length) {
          header[count] = x;
        }
        count++;
      }
      return count;
    }

    /**
     * The next number on the current line, or {@code Long.MIN_VALUE} at the end of the line (which
     * is consumed).
     */
    private long number() throws IOException {
      int c;
      while ((c = fill()) == ' ' || c == '\t' || c == '\r') {
        pos++;
      }
      if (c < 0) {
        return Long.MIN_VALUE;
      }
      if (c == '\n') {
        pos++;
        line++;
        return Long.MIN_VALUE;
      }
      boolean neg = false;
      if (c == '-') {
        neg = true;
        pos++;
        c = fill();
      }
      if (c < '0' || c > '9') {
        throw error("expected a number, found '" + (char) c + "'");
      }
      long x = 0;
      while (c >= '0' && c <= '9') {
        x = x * 10 + (c - '0');
        pos++;
        c = fill();
      }
      return neg ? -x : x;
    }
  }
}
