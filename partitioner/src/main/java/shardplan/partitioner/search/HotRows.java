package shardplan.partitioner.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.partitioner.model.HotRow;

/**
 * Rows written by at least {@link #MIN_SHARE} of all committed transactions (a district's next
 * order number, a year-to-date total, a best seller's stock level), found in one pass over the
 * transactions: a row is a table's primary key, or else one of its unique keys, as a write bound it. Only rows written by at least
 * {@link #MIN_WRITERS} transactions count, so that a short log names none by chance. Memory is
 * bounded: at most {@link #MAX_ROWS} rows per table are tracked, the first seen.
 */
public final class HotRows {
  public static final double MIN_SHARE = 0.01;
  static final long MIN_WRITERS = 20;
  static final int MAX_ROWS = 100_000;
  static final int MAX_LISTED = 10;

  private HotRows() {
  }

  /**
   * The search one transaction at a time, so that it can share a pass over the stream with other
   * readers: give it every transaction in log order, then take {@link #result()}.
   */
  public static final class Finder implements Consumer<Transaction> {
    private final Schema schema;
    private final Map<String, Table> tables;
    private final Map<String, Map<String, long[]>> writers = new HashMap<>();
    private final Map<String, Map<String, Map<String, Long>>> templates = new HashMap<>();
    private final long[] committed = {0};

    public Finder(Schema schema) {
      this.schema = Objects.requireNonNull(schema, "schema");
      this.tables = schema.byName();
    }

    @Override
    public void accept(Transaction tx) {
      if (!tx.committed()) {
        return;
      }
      committed[0]++;
      Set<String> seen = new HashSet<>();
      for (TableAccess a : tx.accesses()) {
        Table t = tables.get(a.table());
        if (t == null || !a.kind().writes()) {
          continue;
        }
        List<String> keyColumns = boundKey(t, a);
        if (keyColumns == null) {
          continue;
        }
        StringBuilder key = new StringBuilder();
        for (String c : keyColumns) {
          key.append(c).append('=').append(a.valuesOf(c).get(0)).append('\u0000');
        }
        if (!seen.add(t.name() + '\u0001' + key)) {
          continue;
        }
        Map<String, long[]> rows = writers.computeIfAbsent(t.name(), k -> new HashMap<>());
        long[] n = rows.get(key.toString());
        if (n == null && rows.size() < MAX_ROWS) {
          n = new long[1];
          rows.put(key.toString(), n);
        }
        if (n != null) {
          n[0]++;
          templates.computeIfAbsent(t.name(), k -> new HashMap<>()).computeIfAbsent(key.toString(),
              k -> new LinkedHashMap<>()).merge(a.templateId(), 1L, Long::sum);
        }
      }
    }

    /** The hot rows of the transactions given so far. */
    public List<HotRow> result() {
      List<HotRow> out = new ArrayList<>();
      long min = Math.max(MIN_WRITERS, (long) Math.ceil(MIN_SHARE * committed[0]));
      for (Table t : schema.tables()) {
        Map<String, long[]> rows = writers.get(t.name());
        if (rows == null) {
          continue;
        }
        List<Map.Entry<String, long[]>> hot = new ArrayList<>();
        for (Map.Entry<String, long[]> e : rows.entrySet()) {
          if (e.getValue()[0] >= min) {
            hot.add(e);
          }
        }
        hot.sort(Comparator.comparingLong((Map.Entry<String, long[]> e) -> -e.getValue()[0])
            .thenComparing(Map.Entry::getKey));
        int rank = 0;
        for (Map.Entry<String, long[]> e : hot) {
          if (++rank > MAX_LISTED) {
            break;
          }
          List<Map.Entry<String, Long>> ts = new ArrayList<>(templates.get(t.name()).get(e.getKey()).entrySet());
          ts.sort(Comparator.comparingLong((Map.Entry<String, Long> x) -> -x.getValue()).thenComparing(Map.Entry::getKey));
          out.add(new HotRow(t.name(), keyColumnsOf(e.getKey()), rank, (double) e.getValue()[0] / committed[0], e.getValue()[0],
              ts.stream().map(Map.Entry::getKey).toList()));
        }
      }
      out.sort(Comparator.comparingDouble((HotRow h) -> -h.writeShare()).thenComparing(HotRow::table)
          .thenComparingInt(HotRow::rank));
      return out;
    }
  }

  /** The primary key if the access binds each of its columns to one value, else the first such unique key. */
  private static List<String> boundKey(Table t, TableAccess a) {
    List<List<String>> keys = new ArrayList<>();
    if (!t.primaryKey().isEmpty()) {
      keys.add(t.primaryKey());
    }
    keys.addAll(t.uniqueKeys());
    for (List<String> k : keys) {
      boolean named = true;
      for (String c : k) {
        List<String> v = a.valuesOf(c);
        if (v.size() != 1 || v.get(0) == null) {
          named = false;
          break;
        }
      }
      if (named) {
        return k;
      }
    }
    return null;
  }

  private static List<String> keyColumnsOf(String key) {
    List<String> out = new ArrayList<>();
    for (String part : key.split("\u0000")) {
      if (!part.isEmpty()) {
        out.add(part.substring(0, part.indexOf('=')));
      }
    }
    return out;
  }

  /** The advice for hot rows: what the scaling work behind this project does with them. */
  public static String advice() {
    return "a hot row serialises the transactions that write it on whichever node holds it, so more nodes do"
        + " not help; give each node its own share of the counter or stock (Ye et al.: allocate every node a"
        + " part of the inventory and refresh it from the primary copy when it runs low), or keep running"
        + " totals per node and sum them when read";
  }
}
