package shardplan.partitioner.classify;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.rowgraph.LongIntHashMap;
import shardplan.partitioner.rowgraph.RowKeys;

/**
 * One pass over the transaction stream that the table-level decisions need: how many distinct
 * rows of each table the workload named (a lower bound of its size when the schema came from a
 * file), which columns its statements bound, and which sets of tables transactions used together.
 * Only committed transactions count, like the analyzer's statistics.
 */
public final class AccessSummary {
  private final Map<String, Integer> index = new LinkedHashMap<>();
  private final long[] distinctRows;
  private final boolean[] distinctCapped;
  private final List<List<String>> boundList = new ArrayList<>();
  private final Map<BitSet, Long> tableSets = new HashMap<>();
  private long transactions;
  private final RowKeys rowKeys = new RowKeys();
  private final List<Map<String, ColumnValueStats>> columnStats = new ArrayList<>();
  private long[] accesses;

  private AccessSummary(List<Table> tables) {
    for (Table t : tables) {
      index.put(t.name(), index.size());
      boundList.add(new ArrayList<>());
      columnStats.add(new HashMap<>());
    }
    accesses = new long[tables.size()];
    distinctRows = new long[tables.size()];
    distinctCapped = new boolean[tables.size()];
  }

  /**
   * Scans {@code profile}'s transactions.
   *
   * @param distinctCap stop counting a table's distinct rows above this (it is then "large")
   */
  public static AccessSummary scan(WorkloadProfile profile, long distinctCap) {
    Objects.requireNonNull(profile, "profile");
    Scan scan = new Scan(profile, distinctCap);
    profile.transactionStream().forEach(scan);
    return scan.result();
  }

  /**
   * The summary built one transaction at a time, so that it can share a pass over the stream
   * with other readers: give it every transaction of the profile in log order, then take
   * {@link #result()} once.
   */
  public static final class Scan implements Consumer<Transaction> {
    private final List<Table> tables;
    private final AccessSummary summary;
    private final List<LongIntHashMap> seen = new ArrayList<>();
    private final long distinctCap;
    private boolean done;

    /** @param distinctCap stop counting a table's distinct rows above this (it is then "large") */
    public Scan(WorkloadProfile profile, long distinctCap) {
      this.tables = profile.schema().tables();
      this.summary = new AccessSummary(tables);
      this.distinctCap = distinctCap;
      for (int i = 0; i < tables.size(); i++) {
        seen.add(new LongIntHashMap(64));
      }
    }

    @Override
    public void accept(Transaction tx) {
      if (done) {
        throw new IllegalStateException("the summary was taken already");
      }
      summary.add(tx, tables, seen, distinctCap);
    }

    /** The summary of the transactions given so far; the scan ends. */
    public AccessSummary result() {
      if (!done) {
        done = true;
        for (int i = 0; i < tables.size(); i++) {
          if (!summary.distinctCapped[i]) {
            summary.distinctRows[i] = seen.get(i).size();
          }
        }
      }
      return summary;
    }
  }

  private void add(Transaction tx, List<Table> tables, List<LongIntHashMap> seen, long cap) {
    if (!tx.committed()) {
      return;
    }
    transactions++;
    BitSet used = new BitSet(tables.size());
    for (TableAccess a : tx.accesses()) {
      Integer i = index.get(a.table());
      if (i == null) {
        continue;
      }
      used.set(i);
      accesses[i]++;
      List<ColumnValues> bs = a.bindings();
      Map<String, ColumnValueStats> stats = columnStats.get(i);
      for (int j = 0, n = bs.size(); j < n; j++) {
        ColumnValues b = bs.get(j);
        if (!b.values().isEmpty()) {
          addBound(i, b.column());
          ColumnValueStats cs = stats.computeIfAbsent(b.column(), k -> new ColumnValueStats());
          cs.addAccess();
          List<String> vs = b.values();
          for (int v = 0, m = vs.size(); v < m; v++) {
            cs.add(vs.get(v));
          }
        }
      }
      if (distinctCapped[i]) {
        continue;
      }
      Table t = tables.get(i);
      boolean keyless = t.primaryKey().isEmpty() && a.kind().writes();
      int table = i;
      rowKeys.visit(t, a, (key, pk, c, v, n) -> {
        // Rows are counted by primary key, or by the whole inserted tuple for keyless tables.
        if ((pk || keyless) && !distinctCapped[table]) {
          LongIntHashMap s = seen.get(table);
          s.putIfAbsent(key, 1);
          if (s.size() > cap) {
            distinctCapped[table] = true;
            seen.set(table, new LongIntHashMap(16));
            distinctRows[table] = cap + 1;
          }
        }
      });
    }
    if (!used.isEmpty()) {
      tableSets.merge(used, 1L, Long::sum);
    }
  }

  /** Remembers a bound column; the analyzer shares column-name strings, so identity usually decides. */
  private void addBound(int table, String column) {
    List<String> seen = boundList.get(table);
    for (int i = 0, n = seen.size(); i < n; i++) {
      String s = seen.get(i);
      if (s == column || s.equals(column)) {
        return;
      }
    }
    seen.add(column);
  }

  /** What the log bound to {@code table.column}, or null if no committed access bound it. */
  public ColumnValueStats columnStats(String table, String column) {
    Integer i = index.get(table);
    return i == null ? null : columnStats.get(i).get(column);
  }

  /** Committed accesses (statement × table) of {@code table}. */
  public long accesses(String table) {
    Integer i = index.get(table);
    return i == null ? 0 : accesses[i];
  }

  /** Committed transactions scanned. */
  public long transactions() {
    return transactions;
  }

  /**
   * Distinct rows of {@code table} the workload named by key: a lower bound of its size, or
   * {@code cap + 1} once it passed the cap given to {@link #scan}; 0 when none was named.
   */
  public long distinctRows(String table) {
    Integer i = index.get(table);
    return i == null ? 0 : distinctRows[i];
  }

  /** Columns of {@code table} that some access bound to values, in first-seen order. */
  public Set<String> boundColumns(String table) {
    Integer i = index.get(table);
    return i == null ? Set.of() : new LinkedHashSet<>(boundList.get(i));
  }

  /** Transactions that used {@code table}. */
  public long transactionsWith(String table) {
    Integer i = index.get(table);
    if (i == null) {
      return 0;
    }
    long n = 0;
    for (Map.Entry<BitSet, Long> e : tableSets.entrySet()) {
      if (e.getKey().get(i)) {
        n += e.getValue();
      }
    }
    return n;
  }

  /** Transactions that used {@code table} and at least one of {@code others} (itself excluded). */
  public long transactionsWithAnyOf(String table, Set<String> others) {
    Integer i = index.get(table);
    if (i == null) {
      return 0;
    }
    BitSet mask = new BitSet();
    for (String o : others) {
      Integer j = index.get(o);
      if (j != null && !j.equals(i)) {
        mask.set(j);
      }
    }
    long n = 0;
    for (Map.Entry<BitSet, Long> e : tableSets.entrySet()) {
      if (e.getKey().get(i) && e.getKey().intersects(mask)) {
        n += e.getValue();
      }
    }
    return n;
  }
}
