package shardplan.partitioner.rowgraph;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * The co-access graph of rows (Schism, Curino et al. 2010): one vertex per row, or group of rows
 * always named together, of the partition-set tables; vertex weight = accesses to it; an edge
 * joins two rows used in the same transaction, weighted by how many transactions did.
 *
 * <p>Besides the graph it keeps, for every vertex, its table and the values the workload told
 * for the recorded columns of that table, interned to integers so that "same value" is an
 * integer comparison (equal PostgreSQL text forms are equal values for one type).
 *
 * @param graph the weighted graph (CSR)
 * @param tables the partition-set tables, indexed by {@link #vertexTable}
 * @param columns for every table, the columns whose values were recorded
 * @param vertexTable the table index of every vertex
 * @param values {@code values[t][c][i]} = value id of column {@code columns[t][c]} for the
 *               {@code i}-th vertex of table {@code t}, or -1 when no access told it
 * @param localIndex the index of every vertex among the vertices of its table
 * @param sampleRate fraction of committed transactions that went into the graph
 * @param transactions committed transactions that went into the graph
 * @param transactionsWithRows of those, transactions that named at least one row
 * @param starTransactions transactions with more rows than the clique limit, added as stars
 */
public record RowGraph(WeightedGraph graph, List<String> tables, List<List<String>> columns, int[] vertexTable,
                       int[][][] values, int[] localIndex, double sampleRate, long transactions,
                       long transactionsWithRows, long starTransactions) {
  public RowGraph {
    Objects.requireNonNull(graph, "graph");
    tables = List.copyOf(tables);
    columns = columns.stream().map(List::copyOf).toList();
    Objects.requireNonNull(vertexTable, "vertexTable");
    Objects.requireNonNull(values, "values");
    Objects.requireNonNull(localIndex, "localIndex");
  }

  /** The value id of column {@code c} of {@code table}'s columns for vertex {@code v}, or -1. */
  public int value(int v, int c) {
    return values[vertexTable[v]][c][localIndex[v]];
  }

  /** Vertices of table {@code t}. */
  public int vertexCount(int t) {
    return values[t].length > 0 ? values[t][0].length : countVertices(t);
  }

  private int countVertices(int t) {
    int n = 0;
    for (int x : vertexTable) {
      if (x == t) {
        n++;
      }
    }
    return n;
  }

  /** The index of {@code table} in {@link #tables}, or -1. */
  public int tableIndex(String table) {
    return tables.indexOf(table);
  }

  /** The index of {@code column} among the recorded columns of table {@code t}, or -1. */
  public int columnIndex(int t, String column) {
    return columns.get(t).indexOf(column);
  }

  /**
   * This graph with only some of its recorded columns: for every table, in order, the columns of
   * {@code keep}, each of which must have been recorded. The graph, vertices and value ids are
   * shared, so a graph built once with the columns of several designs serves each of them.
   *
   * @throws IllegalArgumentException if {@code keep} names other tables, or a column not recorded
   */
  public RowGraph project(Map<String, List<String>> keep) {
    if (!List.copyOf(keep.keySet()).equals(tables)) {
      throw new IllegalArgumentException("tables " + keep.keySet() + " differ from the graph's " + tables);
    }
    List<List<String>> cols = new java.util.ArrayList<>();
    int[][][] vals = new int[tables.size()][][];
    for (int t = 0; t < tables.size(); t++) {
      List<String> want = keep.get(tables.get(t));
      vals[t] = new int[want.size()][];
      for (int c = 0; c < want.size(); c++) {
        int i = columnIndex(t, want.get(c));
        if (i < 0) {
          throw new IllegalArgumentException("column " + tables.get(t) + "." + want.get(c) + " was not recorded");
        }
        vals[t][c] = values[t][i];
      }
      cols.add(want);
    }
    return new RowGraph(graph, tables, cols, vertexTable, vals, localIndex, sampleRate, transactions,
        transactionsWithRows, starTransactions);
  }

  /** Recorded columns per table name, for notes and tests. */
  public Map<String, List<String>> columnsByTable() {
    Map<String, List<String>> m = new java.util.LinkedHashMap<>();
    for (int t = 0; t < tables.size(); t++) {
      m.put(tables.get(t), columns.get(t));
    }
    return m;
  }
}
