package shardplan.partitioner.rowgraph;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Builds the {@link RowGraph} of a transaction stream in one pass (more only when it must
 * sample).
 *
 * <p>Rows are named by {@link RowKeys}. A transaction naming at most {@code cliqueLimit} rows
 * adds an edge between every pair of them; a larger one adds a star around the first row it
 * named, so that its rows still pull towards one part while costing edges linear, not quadratic,
 * in its size. Edges are accumulated in a primitive hash map keyed by the vertex pair, then handed
 * to {@link WeightedGraph.Builder}.
 *
 * <p>When the graph would have more than {@code maxVertices} vertices, the pass stops and
 * restarts keeping half as many transactions, chosen by a hash of their position in the stream
 * (independent of content, deterministic); the rate is reported. Only committed transactions are
 * used: work that rolled back does not have to be placed.
 */
public final class RowGraphBuilder {
  /** Default largest transaction, in rows, that is added as a clique. */
  public static final int DEFAULT_CLIQUE_LIMIT = 12;
  /** Default vertex limit before sampling transactions (about 0.5 GB of heap at most). */
  public static final int DEFAULT_MAX_VERTICES = 2_000_000;

  private final Schema schema;
  private final Map<String, List<String>> columns;
  private final int cliqueLimit;
  private final int maxVertices;

  /**
   * @param schema the schema
   * @param columns the partition-set tables, each with the columns whose values to record
   * @param cliqueLimit largest transaction (in rows) added as a clique, at least 2
   * @param maxVertices vertex limit before sampling, at least 1
   */
  public RowGraphBuilder(Schema schema, Map<String, List<String>> columns, int cliqueLimit, int maxVertices) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.columns = new LinkedHashMap<>(Objects.requireNonNull(columns, "columns"));
    if (cliqueLimit < 2) {
      throw new IllegalArgumentException("clique limit must be at least 2, was " + cliqueLimit);
    }
    if (maxVertices < 1) {
      throw new IllegalArgumentException("vertex limit must be at least 1, was " + maxVertices);
    }
    for (String t : this.columns.keySet()) {
      if (schema.table(t).isEmpty()) {
        throw new IllegalArgumentException("table " + t + " is not in the schema");
      }
    }
    this.cliqueLimit = cliqueLimit;
    this.maxVertices = maxVertices;
  }

  public RowGraph build(TransactionStream stream) {
    Objects.requireNonNull(stream, "stream");
    double rate = 1.0;
    while (true) {
      Pass pass = new Pass(rate);
      if (pass.run(stream)) {
        return pass.result(stream.sampleRate() * rate);
      }
      rate /= 2;
    }
  }

  /** Ends a pass whose graph outgrew the vertex limit; no stack trace, it is not an error. */
  private static final class Overflow extends RuntimeException {
    static final Overflow INSTANCE = new Overflow();

    private Overflow() {
      super("row graph vertex limit reached", null, false, false);
    }
  }

  /** The mutable state of one pass over the stream. */
  private final class Pass {
    private final double rate;
    private final List<String> tableNames = new ArrayList<>(columns.keySet());
    private final Map<String, Integer> tableIndex = new HashMap<>();
    private final Table[] tables;
    private final int[][] recorded; // per table: column position in the table's key order -> index
    private final LongIntHashMap vertexIds = new LongIntHashMap(1 << 16);
    private final LongIntHashMap valueIds = new LongIntHashMap(1 << 12);
    private final RowKeys rowKeys = new RowKeys();
    private final LongIntHashMap edges = new LongIntHashMap(1 << 16);
    private int[] vertexTable = new int[1024];
    private int[] localIndex = new int[1024];
    private int[] weight = new int[1024];
    private final int[] perTable;
    private final int[][][] values;
    private int vertices;
    private long txIndex;
    private long used;
    private long withRows;
    private long stars;
    private boolean overflow;

    Pass(double rate) {
      this.rate = rate;
      int n = tableNames.size();
      tables = new Table[n];
      recorded = new int[n][];
      perTable = new int[n];
      values = new int[n][][];
      for (int t = 0; t < n; t++) {
        tableIndex.put(tableNames.get(t), t);
        tables[t] = schema.table(tableNames.get(t)).orElseThrow();
        values[t] = new int[columns.get(tableNames.get(t)).size()][];
        for (int c = 0; c < values[t].length; c++) {
          values[t][c] = new int[64];
        }
      }
    }

    boolean run(TransactionStream stream) {
      int[] touched = new int[16];
      try {
        stream.forEach(tx -> {
          long pos = txIndex++;
          if (!tx.committed() || !keep(pos)) {
            return;
          }
          used++;
          addTransaction(tx, touched);
          if (overflow) {
            // The rest of the stream would be read for nothing: this pass is over.
            throw Overflow.INSTANCE;
          }
        });
      } catch (Overflow e) {
        return false;
      }
      return !overflow;
    }

    private boolean keep(long pos) {
      if (rate >= 1.0) {
        return true;
      }
      long h = LongIntHashMap.mix(pos + 0x9e3779b97f4a7c15L);
      return (h >>> 11) * 0x1.0p-53 < rate;
    }

    private int[] rowsOf = new int[32];

    private int count;

    private void addTransaction(Transaction tx, int[] unused) {
      count = 0;
      for (TableAccess a : tx.accesses()) {
        Integer t = tableIndex.get(a.table());
        if (t == null) {
          continue;
        }
        int table = t;
        rowKeys.visit(tables[table], a, (key, pk, c, v, n) -> addRow(table, key, c, v, n));
        if (overflow) {
          return;
        }
      }
      if (count == 0) {
        return;
      }
      withRows++;
      if (count <= cliqueLimit) {
        for (int i = 0; i < count; i++) {
          for (int j = i + 1; j < count; j++) {
            edge(rowsOf[i], rowsOf[j]);
          }
        }
      } else {
        stars++;
        for (int i = 1; i < count; i++) {
          edge(rowsOf[0], rowsOf[i]);
        }
      }
    }

    private void edge(int a, int b) {
      int u = Math.min(a, b);
      int v = Math.max(a, b);
      edges.add(((long) u << 32) | v, 1);
    }

    private void addRow(int t, long key, String[] c, String[] v, int n) {
      if (overflow) {
        return;
      }
      int id = vertexIds.get(key, -1);
      if (id < 0) {
        if (vertices >= maxVertices) {
          overflow = true;
          return;
        }
        id = vertices++;
        vertexIds.putIfAbsent(key, id);
        if (id == vertexTable.length) {
          vertexTable = Arrays.copyOf(vertexTable, id * 2);
          localIndex = Arrays.copyOf(localIndex, id * 2);
          weight = Arrays.copyOf(weight, id * 2);
        }
        vertexTable[id] = t;
        int local = perTable[t]++;
        localIndex[id] = local;
        for (int k = 0; k < values[t].length; k++) {
          if (local == values[t][k].length) {
            values[t][k] = Arrays.copyOf(values[t][k], local * 2);
          }
          values[t][k][local] = -1;
        }
      }
      List<String> cols = columns.get(tableNames.get(t));
      int local = localIndex[id];
      for (int i = 0; i < n; i++) {
        int k = cols.indexOf(c[i]);
        if (k >= 0 && values[t][k][local] < 0) {
          values[t][k][local] = valueIds.putIfAbsent(RowKeys.valueHash(v[i]), valueIds.size());
        }
      }
      weight[id]++;
      for (int i = 0; i < count; i++) {
        if (rowsOf[i] == id) {
          return;
        }
      }
      if (count == rowsOf.length) {
        rowsOf = Arrays.copyOf(rowsOf, count * 2);
      }
      rowsOf[count++] = id;
    }

    RowGraph result(double sampleRate) {
      WeightedGraph.Builder b = new WeightedGraph.Builder(vertices);
      for (int v = 0; v < vertices; v++) {
        b.setVertexWeight(v, Math.max(1, weight[v]));
      }
      edges.forEach((key, w) -> b.addEdge((int) (key >>> 32), (int) key, w));
      WeightedGraph g = b.build();
      int[][][] vals = new int[values.length][][];
      for (int t = 0; t < values.length; t++) {
        vals[t] = new int[values[t].length][];
        for (int c = 0; c < values[t].length; c++) {
          vals[t][c] = Arrays.copyOf(values[t][c], perTable[t]);
        }
      }
      List<List<String>> cols = new ArrayList<>();
      for (String t : tableNames) {
        cols.add(columns.get(t));
      }
      return new RowGraph(g, tableNames, cols, Arrays.copyOf(vertexTable, vertices), vals,
          Arrays.copyOf(localIndex, vertices), sampleRate, used, withRows, stars);
    }
  }
}
