package shardplan.partitioner.rowgraph;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;

/**
 * Names the rows a table access touched. When every primary-key column is bound, each
 * combination of bound values is one row (an {@code IN} list on a key column names several);
 * otherwise the bound columns and their values name a group of rows that the workload reaches
 * together (Schism groups such rows too: they can only be placed together by that key).
 * An access with no usable binding (a scan, a range) names nothing.
 */
public final class RowKeys {
  /** Above this many combinations an access is treated as one group rather than many rows. */
  static final int MAX_COMBINATIONS = 64;
  private static final char SEP = '\u001f';

  private RowKeys() {
  }

  /** The rows {@code access} touched in {@code table}; empty when it bound no usable key. */
  public static List<RowKey> of(Table table, TableAccess access) {
    List<ColumnValues> bound = new ArrayList<>();
    for (ColumnValues b : access.bindings()) {
      if (!b.values().isEmpty() && !b.values().contains(null)) {
        bound.add(b);
      }
    }
    if (bound.isEmpty()) {
      return List.of();
    }
    List<String> pk = table.primaryKey();
    List<ColumnValues> pkBindings = new ArrayList<>();
    for (String c : pk) {
      ColumnValues b = find(bound, c);
      if (b == null) {
        pkBindings = null;
        break;
      }
      pkBindings.add(b);
    }
    boolean full = pkBindings != null && !pk.isEmpty();
    List<ColumnValues> keyCols = new ArrayList<>(full ? pkBindings : bound);
    if (!full) {
      // The same group reached by different statements must get the same key.
      keyCols.sort(java.util.Comparator.comparing(ColumnValues::column));
    }
    long combos = 1;
    for (ColumnValues b : keyCols) {
      combos *= b.values().size();
      if (combos > MAX_COMBINATIONS) {
        break;
      }
    }
    // Non-key columns with one value describe every row the access names.
    List<String> extraCols = new ArrayList<>();
    List<String> extraVals = new ArrayList<>();
    for (ColumnValues b : bound) {
      if (b.values().size() == 1 && !keyCols.contains(b)) {
        extraCols.add(b.column());
        extraVals.add(b.values().get(0));
      }
    }
    if (combos > MAX_COMBINATIONS) {
      // One group for the whole access; only single-valued columns tell a value.
      StringBuilder k = new StringBuilder(table.name()).append(SEP).append('g');
      List<String> cols = new ArrayList<>();
      List<String> vals = new ArrayList<>();
      for (ColumnValues b : keyCols) {
        k.append(SEP).append(b.column()).append('=').append(String.join(",", b.values()));
        if (b.values().size() == 1) {
          cols.add(b.column());
          vals.add(b.values().get(0));
        }
      }
      cols.addAll(extraCols);
      vals.addAll(extraVals);
      return List.of(new RowKey(table.name(), k.toString(), false, cols, vals));
    }
    List<RowKey> rows = new ArrayList<>((int) combos);
    int n = keyCols.size();
    int[] idx = new int[n];
    while (true) {
      StringBuilder k = new StringBuilder(table.name()).append(SEP).append(full ? 'p' : 'g');
      List<String> cols = new ArrayList<>(n + extraCols.size());
      List<String> vals = new ArrayList<>(n + extraCols.size());
      for (int i = 0; i < n; i++) {
        ColumnValues b = keyCols.get(i);
        String v = b.values().get(idx[i]);
        if (!full) {
          k.append(SEP).append(b.column()).append('=');
        } else {
          k.append(SEP);
        }
        k.append(v);
        cols.add(b.column());
        vals.add(v);
      }
      cols.addAll(extraCols);
      vals.addAll(extraVals);
      rows.add(new RowKey(table.name(), k.toString(), full, cols, vals));
      int i = n - 1;
      while (i >= 0 && ++idx[i] == keyCols.get(i).values().size()) {
        idx[i] = 0;
        i--;
      }
      if (i < 0) {
        return rows;
      }
    }
  }

  private static ColumnValues find(List<ColumnValues> bound, String column) {
    for (ColumnValues b : bound) {
      if (b.column().equals(column)) {
        return b;
      }
    }
    return null;
  }
}
