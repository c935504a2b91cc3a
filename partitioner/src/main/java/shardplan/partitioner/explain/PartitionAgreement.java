package shardplan.partitioner.explain;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.partitioner.multilevel.graph.WeightedGraph;
import shardplan.partitioner.rowgraph.LongIntHashMap;
import shardplan.partitioner.rowgraph.RowGraph;

/**
 * How well each candidate column reproduces a row partition, computed once so that the search
 * over column choices costs no more passes over the graph.
 *
 * <ul>
 *   <li>{@code agreement(t, c)}: group table t's rows by their value of c; the share of t's
 *   access weight that lies in the most common part of its group. Citus puts all rows with one
 *   value on one node, so this is the best any placement by c can agree with the row partition
 *   (≈ 1/k for a column that mixes the parts, 1.0 for one that follows them). Rows whose value
 *   the workload never told count as disagreeing: a statement that does not name the column
 *   cannot be routed by it.</li>
 *   <li>{@code local(t1, c1, t2, c2)}: weight of the co-access edges that the row partition keeps
 *   inside one part and whose rows have equal values of c1 and c2 — the co-accesses that
 *   distributing t1 on c1 and t2 on c2 in one colocation group keeps on one node by
 *   construction.</li>
 * </ul>
 *
 * Cost: O(Σ vertices × candidates + edges × candidates²).
 */
final class PartitionAgreement {
  private final RowGraph rows;
  private final double[][] agreement;
  private final long[] tableWeight;
  private final long internalWeight;
  private final long[][] internalBetween;
  private final Map<Integer, long[]> local = new HashMap<>();
  private final int[] candidateCount;

  PartitionAgreement(RowGraph rows, int[] parts, int k) {
    this.rows = Objects.requireNonNull(rows, "rows");
    Objects.requireNonNull(parts, "parts");
    WeightedGraph g = rows.graph();
    int tables = rows.tables().size();
    candidateCount = new int[tables];
    for (int t = 0; t < tables; t++) {
      candidateCount[t] = rows.columns().get(t).size();
    }
    tableWeight = new long[tables];
    for (int v = 0; v < g.vertexCount(); v++) {
      tableWeight[rows.vertexTable()[v]] += g.vertexWeight(v);
    }
    int[][] members = new int[tables][];
    int[] fill = new int[tables];
    for (int t = 0; t < tables; t++) {
      members[t] = new int[rows.vertexCount(t)];
    }
    for (int v = 0; v < g.vertexCount(); v++) {
      int t = rows.vertexTable()[v];
      members[t][fill[t]++] = v;
    }
    agreement = new double[tables][];
    for (int t = 0; t < tables; t++) {
      agreement[t] = new double[candidateCount[t]];
      for (int c = 0; c < candidateCount[t]; c++) {
        agreement[t][c] = agreement(g, parts, k, t, c, members[t]);
      }
    }
    internalBetween = new long[tables][tables];
    long internal = 0;
    int[] vt = rows.vertexTable();
    for (int u = 0; u < g.vertexCount(); u++) {
      int tu = vt[u];
      for (int e = g.edgeBegin(u), end = g.edgeEnd(u); e < end; e++) {
        int v = g.adjacent(e);
        if (v <= u || parts[u] != parts[v]) {
          continue;
        }
        int w = g.edgeWeight(e);
        internal += w;
        int tv = vt[v];
        int a = u;
        int b = v;
        int ta = tu;
        int tb = tv;
        if (ta > tb) {
          a = v;
          b = u;
          ta = tv;
          tb = tu;
        }
        internalBetween[ta][tb] += w;
        long[] m = local.computeIfAbsent(ta * tables + tb, x -> new long[candidateCount[x / tables]
            * candidateCount[x % tables]]);
        int cb = candidateCount[tb];
        for (int c1 = 0; c1 < candidateCount[ta]; c1++) {
          int x = rows.value(a, c1);
          if (x < 0) {
            continue;
          }
          for (int c2 = 0; c2 < cb; c2++) {
            if (rows.value(b, c2) == x) {
              m[c1 * cb + c2] += w;
            }
          }
        }
      }
    }
    internalWeight = internal;
  }

  private double agreement(WeightedGraph g, int[] parts, int k, int t, int c, int[] members) {
    if (tableWeight[t] == 0) {
      return 0.0;
    }
    LongIntHashMap byValuePart = new LongIntHashMap(1024);
    for (int v : members) {
      int x = rows.value(v, c);
      if (x >= 0) {
        byValuePart.add((long) x * k + parts[v], g.vertexWeight(v));
      }
    }
    LongIntHashMap best = new LongIntHashMap(1024);
    byValuePart.forEach((key, w) -> {
      long value = key / k;
      int cur = best.get(value, 0);
      if (w > cur) {
        best.add(value, w - cur);
      }
    });
    long[] sum = new long[1];
    best.forEach((key, w) -> sum[0] += w);
    return (double) sum[0] / tableWeight[t];
  }

  List<String> tables() {
    return rows.tables();
  }

  /** Access weight of table {@code t}'s rows in the graph. */
  long tableWeight(int t) {
    return tableWeight[t];
  }

  long totalTableWeight() {
    long s = 0;
    for (long w : tableWeight) {
      s += w;
    }
    return s;
  }

  double agreement(int t, int c) {
    return agreement[t][c];
  }

  /** Weight of all edges the row partition keeps inside a part. */
  long internalWeight() {
    return internalWeight;
  }

  /** Weight of internal edges between rows of tables {@code a} and {@code b}. */
  long internalBetween(int a, int b) {
    return a <= b ? internalBetween[a][b] : internalBetween[b][a];
  }

  /** Internal edge weight between rows of {@code a} and {@code b} with equal values of ca and cb. */
  long local(int a, int ca, int b, int cb) {
    if (a > b) {
      return local(b, cb, a, ca);
    }
    long[] m = local.get(a * rows.tables().size() + b);
    if (m == null) {
      return 0;
    }
    return m[ca * candidateCount[b] + cb];
  }
}
