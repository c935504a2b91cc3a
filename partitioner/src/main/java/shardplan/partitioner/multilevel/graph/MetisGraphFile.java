package shardplan.partitioner.multilevel.graph;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/**
 * METIS's graph file format (the format {@code gpmetis} reads, METIS 5.1 manual, section 4.1.1)
 * and its partition file format (one part number per line, vertex by vertex).
 *
 * <p>A graph file starts with a header {@code n m [fmt [ncon]]} and has one line per vertex:
 * {@code fmt} is up to three binary digits, vertex sizes, vertex weights, edge weights ({@code
 * 011}: vertex and edge weights); each vertex line gives its size, its weight and then its
 * neighbours (numbered from 1), each followed by the edge's weight. Lines starting with {@code %}
 * are comments. Every edge is listed on the lines of both its ends, with the same weight, and the
 * header's {@code m} counts each edge once.
 *
 * <p>Reading is strict, as a benchmark input must be: an edge listed on one end only, a weight
 * that differs between the two ends, a header whose edge count does not match, a self-loop, a
 * neighbour out of range or a non-positive edge weight is refused with the file, the line and
 * the reason. Vertex sizes are read and ignored (they matter only for the communication-volume
 * objective); several constraints ({@code ncon > 1}) are refused. Parallel edges on one line add
 * up. Numbers are parsed straight from bytes; a graph of a few million edges reads in well under
 * a second.
 */
public final class MetisGraphFile {

  private MetisGraphFile() {}

  /**
   * Reads a graph file.
   *
   * @throws IOException if the file cannot be read, or, with {@code file:line: reason} as its
   *     message, if it is not a valid METIS graph
   */
  public static WeightedGraph read(Path file) throws IOException {
    Objects.requireNonNull(file, "file");
    try (InputStream in = Files.newInputStream(file)) {
      return new Reader(in, file.toString()).read();
    }
  }

  /**
   * Writes {@code g} with vertex and edge weights ({@code fmt 011}): a header line {@code n m
   * 011}, then one line per vertex, its weight and (neighbour, weight) pairs.
   */
  public static void write(WeightedGraph g, Path file) throws IOException {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      AsciiWriter w = new AsciiWriter(out);
      int n = g.vertexCount();
      w.number(n);
      w.space();
      w.number(g.edgeCount());
      w.text(" 011\n");
      for (int v = 0; v < n; v++) {
        w.number(g.vertexWeight(v));
        for (int e = g.edgeBegin(v), end = g.edgeEnd(v); e < end; e++) {
          w.space();
          w.number(g.adjacent(e) + 1L);
          w.space();
          w.number(g.edgeWeight(e));
        }
        w.newline();
      }
      w.flush();
    }
  }

  /** Writes a partition as {@code gpmetis} does: the part of vertex 1, 2, … one per line. */
  public static void writePartition(int[] parts, Path file) throws IOException {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(file, "file");
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      AsciiWriter w = new AsciiWriter(out);
      for (int p : parts) {
        w.number(p);
        w.newline();
      }
      w.flush();
    }
  }

  /**
   * Reads a partition file of {@code n} vertices, one non-negative part number per line.
   *
   * @throws IOException if the file cannot be read or does not hold exactly {@code n} numbers
   */
  public static int[] readPartition(Path file, int n) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    int[] parts = new int[n];
    int v = 0;
    long x = -1;
    for (byte b : bytes) {
      if (b >= '0' && b <= '9') {
        x = (x < 0 ? 0 : x * 10) + (b - '0');
        if (x > Integer.MAX_VALUE) {
          throw new IOException(file + ": part number too large at vertex " + (v + 1));
        }
      } else if (b == ' ' || b == '\n' || b == '\r' || b == '\t') {
        if (x >= 0) {
          if (v == n) {
            throw new IOException(file + " has more than " + n + " entries");
          }
          parts[v++] = (int) x;
          x = -1;
        }
      } else {
        throw new IOException(file + ": unexpected character '" + (char) b + "' at vertex " + (v + 1));
      }
    }
    if (x >= 0 && v < n) {
      parts[v++] = (int) x;
    } else if (x >= 0) {
      throw new IOException(file + " has more than " + n + " entries");
    }
    if (v != n) {
      throw new IOException(file + " has " + v + " entries for " + n + " vertices");
    }
    return parts;
  }

  /** A tokenizer for METIS graph files that reads numbers straight from bytes. */
  private static final class Reader {
    private final InputStream in;
    private final String name;
    private final byte[] buf = new byte[1 << 16];
    private int len;
    private int pos;
    private int line = 1;

    Reader(InputStream in, String name) {
      this.in = in;
      this.name = name;
    }

    WeightedGraph read() throws IOException {
      long[] header = new long[4];
      String[] fmtText = new String[1];
      int count = readHeader(header, fmtText);
      if (count < 2) {
        throw error("the header must give the number of vertices and of edges");
      }
      if (count > 4) {
        throw error("the header has " + count + " numbers; at most 4 (n m fmt ncon)");
      }
      long nl = header[0];
      if (nl < 0 || nl > Integer.MAX_VALUE - 8) {
        throw error("bad vertex count " + nl);
      }
      if (header[1] < 0) {
        throw error("bad edge count " + header[1]);
      }
      int n = (int) nl;
      String fmt = count >= 3 ? fmtText[0] : "0";
      if (fmt.length() > 3 || !fmt.chars().allMatch(c -> c == '0' || c == '1')) {
        throw error("fmt must be up to three binary digits (vertex sizes, vertex weights, edge"
            + " weights), got " + fmt);
      }
      while (fmt.length() < 3) {
        fmt = "0" + fmt;
      }
      if (count == 4 && header[3] != 1) {
        throw error("several vertex weights per vertex (ncon=" + header[3]
            + ") are not supported");
      }
      boolean hasSizes = fmt.charAt(0) == '1';
      boolean hasVertexWeights = fmt.charAt(1) == '1';
      boolean hasEdgeWeights = fmt.charAt(2) == '1';
      // Each edge comes twice: the copy on the line of its lower end goes to `forward`, the copy
      // on the line of its higher end to `backward`; both must build the same graph.
      WeightedGraph.Builder forward = new WeightedGraph.Builder(n);
      WeightedGraph.Builder backward = new WeightedGraph.Builder(n);
      long entries = 0;
      for (int v = 0; v < n; v++) {
        if (!nextDataLine()) {
          throw error("the file ends after " + v + " of " + n + " vertex lines");
        }
        if (hasSizes && number() == Long.MIN_VALUE) {
          throw error("missing vertex size of vertex " + (v + 1));
        }
        if (hasVertexWeights) {
          long w = number();
          if (w == Long.MIN_VALUE) {
            throw error("missing vertex weight of vertex " + (v + 1));
          }
          if (w < 0 || w > Integer.MAX_VALUE) {
            throw error("vertex weight " + w + " of vertex " + (v + 1) + " outside [0, "
                + Integer.MAX_VALUE + "]");
          }
          forward.setVertexWeight(v, (int) w);
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
              throw error("missing weight of the edge to " + u + " on vertex " + (v + 1)
                  + "'s line");
            }
            if (w <= 0 || w > Integer.MAX_VALUE) {
              throw error("edge weight " + w + " outside [1, " + Integer.MAX_VALUE + "]");
            }
          }
          if (u < 1 || u > n) {
            throw error("neighbour " + u + " of vertex " + (v + 1) + " outside [1, " + n + "]");
          }
          int a = (int) u - 1;
          if (a == v) {
            throw error("self-loop at vertex " + (v + 1));
          }
          entries++;
          if (a > v) {
            forward.addEdge(v, a, (int) w);
          } else {
            backward.addEdge(a, v, (int) w);
          }
        }
      }
      if (moreData()) {
        throw error("more lines than the " + n + " vertices the header announces");
      }
      if (entries != 2 * header[1]) {
        throw new IOException(name + ": the header announces " + header[1]
            + " edges but the vertex lines list " + entries + " neighbours (each edge must be"
            + " listed on both of its ends: " + 2 * header[1] + " expected)");
      }
      WeightedGraph g;
      WeightedGraph h;
      try {
        g = forward.build();
        h = backward.build();
      } catch (ArithmeticException e) {
        throw new IOException(name + ": parallel edges whose weights add up beyond "
            + Integer.MAX_VALUE);
      }
      checkSameEdges(g, h);
      return g;
    }

    /** Both copies of every edge must exist, with the same weight. */
    private void checkSameEdges(WeightedGraph low, WeightedGraph high) throws IOException {
      for (int v = 0; v < low.vertexCount(); v++) {
        int e = low.edgeBegin(v);
        int f = high.edgeBegin(v);
        int eEnd = low.edgeEnd(v);
        int fEnd = high.edgeEnd(v);
        while (e < eEnd || f < fEnd) {
          int a = e < eEnd ? low.adjacent(e) : Integer.MAX_VALUE;
          int b = f < fEnd ? high.adjacent(f) : Integer.MAX_VALUE;
          if (a != b) {
            int u = Math.min(a, b);
            int lo = Math.min(u, v) + 1;
            int hi = Math.max(u, v) + 1;
            int listed = a < b ? lo : hi;
            int missing = a < b ? hi : lo;
            throw new IOException(name + ": the edge " + lo + "-" + hi + " is listed on vertex "
                + listed + "'s line but not on vertex " + missing + "'s (a METIS graph lists"
                + " every edge on both of its ends)");
          }
          if (low.edgeWeight(e) != high.edgeWeight(f)) {
            throw new IOException(name + ": the edge " + (Math.min(a, v) + 1) + "-"
                + (Math.max(a, v) + 1) + " has weight " + low.edgeWeight(e) + " on one end and "
                + high.edgeWeight(f) + " on the other");
          }
          e++;
          f++;
        }
      }
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

    /**
     * Skips comment lines; true if a data line follows (its first byte is next). A blank line is
     * data: the line of a vertex without weight or neighbours.
     */
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

    /** True if anything but blanks, empty lines and comments follows. */
    private boolean moreData() throws IOException {
      while (nextDataLine()) {
        int c = fill();
        if (c == ' ' || c == '\t' || c == '\r') {
          pos++;
        } else if (c == '\n') {
          pos++;
          line++;
        } else {
          return true;
        }
      }
      return false;
    }

    private int readHeader(long[] header, String[] fmtText) throws IOException {
      if (!nextDataLine()) {
        throw error("empty file");
      }
      int count = 0;
      StringBuilder digits = new StringBuilder();
      while (true) {
        skipBlanks();
        int c = fill();
        if (c < 0 || c == '\n') {
          if (c == '\n') {
            pos++;
            line++;
          }
          break;
        }
        digits.setLength(0);
        while ((c = fill()) >= '0' && c <= '9') {
          digits.append((char) c);
          pos++;
        }
        if (digits.length() == 0 || (c >= 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n')) {
          throw error("the header must be numbers: n m [fmt [ncon]]");
        }
        if (count == 2) {
          fmtText[0] = digits.toString();
        }
        if (count < header.length) {
          try {
            header[count] = Long.parseLong(digits.toString());
          } catch (NumberFormatException e) {
            throw error("number too large in the header: " + digits);
          }
        }
        count++;
      }
      return count;
    }

    private void skipBlanks() throws IOException {
      int c;
      while ((c = fill()) == ' ' || c == '\t' || c == '\r') {
        pos++;
      }
    }

    /**
     * The next number on the current line, or {@code Long.MIN_VALUE} at the end of the line (which
     * is consumed).
     */
    private long number() throws IOException {
      skipBlanks();
      int c = fill();
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
      int digits = 0;
      while (c >= '0' && c <= '9') {
        if (++digits > 18) {
          throw error("number too large");
        }
        x = x * 10 + (c - '0');
        pos++;
        c = fill();
      }
      if (c >= 0 && c != ' ' && c != '\t' && c != '\r' && c != '\n') {
        throw error("expected a number, found '" + (char) c + "'");
      }
      return neg ? -x : x;
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
}
