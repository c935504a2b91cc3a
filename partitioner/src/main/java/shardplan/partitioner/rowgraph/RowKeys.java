package shardplan.partitioner.rowgraph;

import java.util.ArrayList;
import java.util.Arrays;
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
 *
 * <p>Keys are 64-bit hashes rather than strings so that a pass over a million statements
 * allocates almost nothing per row. An instance keeps scratch buffers: use one per thread.
 */
public final class RowKeys {
  /** Above this many combinations an access is treated as one group rather than many rows. */
  static final int MAX_COMBINATIONS = 64;

  /** Receives the rows of an access. The arrays are scratch: read them during the call only. */
  @FunctionalInterface
  public interface Visitor {
    /**
     * @param key the row's 64-bit key
     * @param primaryKey whether it names one row by its full primary key
     * @param columns columns whose values the access tells for this row
     * @param values their values
     * @param count how many entries of {@code columns} and {@code values} are valid
     */
    void row(long key, boolean primaryKey, String[] columns, String[] values, int count);
  }

  private final ColumnValues[] keyCols = new ColumnValues[64];
  private final ColumnValues[] bound = new ColumnValues[64];
  private String[] cols = new String[16];
  private String[] vals = new String[16];
  private final int[] idx = new int[64];

  /** Calls {@code visitor} for every row {@code access} touched in {@code table}. */
  public void visit(Table table, TableAccess access, Visitor visitor) {
    List<ColumnValues> bindings = access.bindings();
    int nb = 0;
    for (int i = 0, n = bindings.size(); i < n && nb < bound.length; i++) {
      ColumnValues b = bindings.get(i);
      if (!b.values().isEmpty() && !b.values().contains(null)) {
        bound[nb++] = b;
      }
    }
    if (nb == 0) {
      return;
    }
    List<String> pk = table.primaryKey();
    int nk = 0;
    boolean full = !pk.isEmpty() && pk.size() <= keyCols.length;
    if (full) {
      for (String c : pk) {
        ColumnValues b = find(nb, c);
        if (b == null) {
          full = false;
          break;
        }
        keyCols[nk++] = b;
      }
    }
    if (!full) {
      nk = nb;
      System.arraycopy(bound, 0, keyCols, 0, nb);
      // The same group reached by different statements must get the same key.
      Arrays.sort(keyCols, 0, nk, (x, y) -> x.column().compareTo(y.column()));
    }
    long combos = 1;
    for (int i = 0; i < nk && combos <= MAX_COMBINATIONS; i++) {
      combos *= keyCols[i].values().size();
    }
    // Non-key columns with one value describe every row the access names.
    int extraStart = nk;
    ensure(nb + nk);
    int ne = 0;
    for (int i = 0; i < nb; i++) {
      ColumnValues b = bound[i];
      if (b.values().size() == 1 && !isKey(b, nk)) {
        cols[extraStart + ne] = b.column();
        vals[extraStart + ne] = b.values().get(0);
        ne++;
      }
    }
    long seed = hash(0xcbf29ce484222325L, table.name());
    if (combos > MAX_COMBINATIONS) {
      // One group for the whole access; only single-valued key columns tell a value.
      long h = seed ^ 0x67L;
      int n = 0;
      for (int i = 0; i < nk; i++) {
        ColumnValues b = keyCols[i];
        h = hash(h, b.column());
        for (String v : b.values()) {
          h = hash(h, v);
        }
        if (b.values().size() == 1) {
          cols[n] = b.column();
          vals[n] = b.values().get(0);
          n++;
        }
      }
      System.arraycopy(cols, extraStart, cols, n, ne);
      System.arraycopy(vals, extraStart, vals, n, ne);
      visitor.row(key(h), false, cols, vals, n + ne);
      return;
    }
    Arrays.fill(idx, 0, nk, 0);
    while (true) {
      long h = seed ^ (full ? 0x70L : 0x67L);
      for (int i = 0; i < nk; i++) {
        ColumnValues b = keyCols[i];
        String v = b.values().get(idx[i]);
        if (!full) {
          h = hash(h, b.column());
        }
        h = hash(h, v);
        cols[i] = b.column();
        vals[i] = v;
      }
      visitor.row(key(h), full, cols, vals, nk + ne);
      int i = nk - 1;
      while (i >= 0 && ++idx[i] == keyCols[i].values().size()) {
        idx[i] = 0;
        i--;
      }
      if (i < 0) {
        return;
      }
    }
  }

  /** The rows as records, for tests and diagnostics. */
  public static List<RowKey> of(Table table, TableAccess access) {
    List<RowKey> out = new ArrayList<>();
    new RowKeys().visit(table, access, (key, pk, c, v, n) ->
        out.add(new RowKey(table.name(), key, pk, Arrays.asList(c).subList(0, n), Arrays.asList(v).subList(0, n))));
    return out;
  }

  private void ensure(int n) {
    if (cols.length < n) {
      cols = Arrays.copyOf(cols, n * 2);
      vals = Arrays.copyOf(vals, n * 2);
    }
  }

  private boolean isKey(ColumnValues b, int nk) {
    for (int i = 0; i < nk; i++) {
      if (keyCols[i] == b) {
        return true;
      }
    }
    return false;
  }

  private ColumnValues find(int nb, String column) {
    for (int i = 0; i < nb; i++) {
      if (bound[i].column().equals(column)) {
        return bound[i];
      }
    }
    return null;
  }

  /** FNV-1a over the characters, then a separator so that ("ab","c") differs from ("a","bc"). */
  static long hash(long h, String s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= 0x1f;
    h *= 0x100000001b3L;
    return h;
  }

  /** The final mix of a key; never {@link Long#MIN_VALUE}, which primitive maps reserve. */
  private static long key(long h) {
    long k = LongIntHashMap.mix(h);
    return k == Long.MIN_VALUE ? Long.MAX_VALUE : k;
  }

  /** A 64-bit hash of a value's text, for interning values without keeping the strings. */
  public static long valueHash(String s) {
    return key(hash(0x84222325cbf29ce4L, s));
  }
}
