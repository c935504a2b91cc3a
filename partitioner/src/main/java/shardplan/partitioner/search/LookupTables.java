package shardplan.partitioner.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.partitioner.model.LookupTable;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Finds the frequent lookups of a distributed table by a column that is unique on its own but is
 * not the distribution column (a session by its token, an order by its code, a subscriber by phone
 * number): each one runs on every shard. When there are at least {@link #MIN_SHARE} as many as
 * transactions, and the shard tasks they would save exceed the writes that must keep the lookup
 * table in step, it proposes one, with the gain and that write cost; and writes its DDL ({@link #sql}).
 */
public final class LookupTables {
  public static final double MIN_SHARE = 0.01;
  static final long MIN_LOOKUPS = 20;

  private LookupTables() {
  }

  /**
   * The lookups and writes counted one transaction at a time, so that the pass over the stream can
   * be shared with other readers; then {@link #propose(long)} once.
   */
  public static final class Counts implements Consumer<Transaction> {
    private final Schema schema;
    private final Placement placement;
    private final Map<String, TablePlacement> dist = new HashMap<>();
    private final Map<String, List<String>> unique = new HashMap<>();
    private final Map<String, long[]> lookups = new HashMap<>();
    private final Map<String, long[]> writes = new HashMap<>();
    private final long[] transactions = {0};

    public Counts(Schema schema, Placement placement) {
      this.schema = Objects.requireNonNull(schema, "schema");
      this.placement = Objects.requireNonNull(placement, "placement");
      for (TablePlacement tp : placement.tables()) {
        if (tp.kind() != PlacementKind.DISTRIBUTED) {
          continue;
        }
        Table t = schema.table(tp.table()).orElse(null);
        if (t == null) {
          continue;
        }
        List<String> us = new ArrayList<>();
        if (t.primaryKey().size() == 1 && !t.primaryKey().get(0).equals(tp.column())) {
          us.add(t.primaryKey().get(0));
        }
        for (List<String> u : t.uniqueKeys()) {
          if (u.size() == 1 && !u.get(0).equals(tp.column()) && !us.contains(u.get(0))) {
            us.add(u.get(0));
          }
        }
        if (!us.isEmpty()) {
          dist.put(t.name(), tp);
          unique.put(t.name(), us);
        }
      }
    }

    @Override
    public void accept(Transaction tx) {
      if (!tx.committed()) {
        return;
      }
      transactions[0]++;
      for (TableAccess a : tx.accesses()) {
        TablePlacement tp = dist.get(a.table());
        if (tp == null) {
          continue;
        }
        // The lookup table changes with the rows: on inserts, deletes, and updates that bind its column.
        if (a.kind() == AccessKind.INSERT || a.kind() == AccessKind.DELETE
            || (a.kind() == AccessKind.UPDATE && unique.get(a.table()).stream().anyMatch(u -> !a.valuesOf(u).isEmpty()))) {
          writes.computeIfAbsent(a.table(), k -> new long[1])[0]++;
        }
        if (a.kind() == AccessKind.INSERT || !a.valuesOf(tp.column()).isEmpty()) {
          continue;
        }
        for (String u : unique.get(a.table())) {
          if (!a.valuesOf(u).isEmpty()) {
            lookups.computeIfAbsent(a.table() + "." + u, k -> new long[1])[0]++;
            break;
          }
        }
      }
    }

    /** The lookup tables worth proposing for the transactions given so far. */
    public List<LookupTable> propose(long maxReplicatedRows) {
      List<LookupTable> out = new ArrayList<>();
      for (TablePlacement tp : placement.tables()) {
        for (String u : unique.getOrDefault(tp.table(), List.of())) {
          long n = lookups.getOrDefault(tp.table() + "." + u, new long[1])[0];
          long w = writes.getOrDefault(tp.table(), new long[1])[0];
          if (n < MIN_LOOKUPS || n < MIN_SHARE * transactions[0] || n * (placement.shardCount() - 2L) <= w) {
            continue;
          }
          Table t = schema.table(tp.table()).orElseThrow();
          long rows = t.statistics().estimatedRows();
          boolean small = rows >= 0 && rows <= maxReplicatedRows && w * 10 < n;
          String kind = small ? "reference" : "distributed";
          String gain = String.format(Locale.ROOT, "each of the %d lookups by %s reads one shard of the lookup table"
              + " and one of %s instead of all %d shards of %s", n, u, tp.table(), placement.shardCount(), tp.table());
          out.add(new LookupTable(tp.table() + "_by_" + u, tp.table(), u, tp.column(), kind, n,
              transactions[0] == 0 ? 0 : (double) n / transactions[0], gain, w));
        }
      }
      return out;
    }
  }

  /** DDL for the lookup tables: the table, its placement, its rows, and how to keep it in step. */
  public static String sql(Schema schema, List<LookupTable> lookups) {
    StringBuilder sb = new StringBuilder("-- Lookup tables (optional): run after the placement DDL.\n");
    if (lookups.isEmpty()) {
      return sb.append("-- None proposed.\n").toString();
    }
    for (LookupTable l : lookups) {
      Table t = schema.table(l.table()).orElseThrow();
      Column u = t.column(l.uniqueColumn()).orElseThrow();
      Column d = t.column(l.distributionColumn()).orElseThrow();
      String name = ident(l.name());
      sb.append("\n-- ").append(l.gain()).append(";\n-- ").append(l.writes())
          .append(" writes of ").append(l.table()).append(" must keep it in step.\n");
      sb.append("CREATE TABLE ").append(name).append(" (").append(ident(u.name())).append(' ').append(u.sqlType())
          .append(" PRIMARY KEY, ").append(ident(d.name())).append(' ').append(d.sqlType()).append(" NOT NULL);\n");
      if (l.placement().equals("reference")) {
        sb.append("SELECT create_reference_table('").append(name.replace("'", "''")).append("');\n");
      } else {
        sb.append("SELECT create_distributed_table('").append(name.replace("'", "''")).append("', '")
            .append(u.name().replace("'", "''")).append("', colocate_with => 'none');\n");
      }
      sb.append("INSERT INTO ").append(name).append(" SELECT ").append(ident(u.name())).append(", ")
          .append(ident(d.name())).append(" FROM ").append(ident(l.table())).append(";\n");
      sb.append("-- Keep it in step in the application, in the transaction that writes ").append(l.table())
          .append(":\n--   INSERT INTO ").append(name).append(" VALUES ($1, $2) on insert, DELETE on delete,"
              + " both when ").append(l.uniqueColumn()).append(" changes.\n-- Then look up in two single-shard steps:\n"
              + "--   SELECT ").append(ident(d.name())).append(" FROM ").append(name).append(" WHERE ")
          .append(ident(u.name())).append(" = $1;  then the statement with ").append(ident(d.name()))
          .append(" = that value added to its WHERE clause.\n");
    }
    return sb.toString();
  }

  private static String ident(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
