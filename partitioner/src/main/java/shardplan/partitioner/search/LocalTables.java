package shardplan.partitioner.search;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.AccessSummary;
import shardplan.partitioner.classify.ColumnValueStats;

/**
 * The partition-set tables that should stay on the coordinator as Citus local tables: written
 * often (they are in the partition set), never joined with another table, linked by no foreign
 * key to another partition-set table, rarely used in the transactions of other partition-set
 * tables, and without a natural distribution key: no remaining candidate column is bound by at
 * least {@link #MIN_PINNED_SHARE} of the table's accesses, so distributing it would send most of
 * its statements to every shard. A job queue polled by queue name and state, a settings or
 * counter table, are the typical cases.
 */
public final class LocalTables {
  /** Share of a table's accesses a column must bind to count as its natural key. */
  public static final double MIN_PINNED_SHARE = 0.5;
  /** Share of a table's transactions that may also use other partition-set tables. */
  public static final double MAX_SHARED_TRANSACTIONS = 0.1;

  private LocalTables() {
  }

  /** Local tables with the reason for each, in schema order. */
  public static Map<String, String> choose(WorkloadProfile profile, AccessSummary summary,
                                           Map<String, List<String>> candidates, Set<String> partitionSet) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Table t : profile.schema().tables()) {
      String name = t.name();
      if (!partitionSet.contains(name)) {
        continue;
      }
      long accesses = summary.accesses(name);
      long txs = summary.transactionsWith(name);
      if (accesses == 0 || txs == 0 || joined(profile, name) || linked(profile, name, partitionSet)) {
        continue;
      }
      long shared = summary.transactionsWithAnyOf(name, partitionSet);
      if (shared > MAX_SHARED_TRANSACTIONS * txs) {
        continue;
      }
      String best = null;
      double bestShare = 0;
      for (String c : candidates.getOrDefault(name, List.of())) {
        ColumnValueStats s = summary.columnStats(name, c);
        double share = s == null ? 0 : (double) s.accesses() / accesses;
        if (share > bestShare) {
          bestShare = share;
          best = c;
        }
      }
      if (bestShare >= MIN_PINNED_SHARE) {
        continue;
      }
      out.put(name, String.format(Locale.ROOT, "local (stays on the coordinator): written often, never joined, and"
              + " no column spreads it: %s; distributing it would send %.0f %% of its statements to every shard",
          best == null ? "no candidate column is left" : "the best candidate, " + best + ", is bound by "
              + Math.round(100 * bestShare) + " % of its accesses", 100 * (1 - bestShare)));
    }
    return out;
  }

  private static boolean joined(WorkloadProfile profile, String table) {
    for (JoinEdge e : profile.joins()) {
      boolean l = e.left().table().equals(table);
      boolean r = e.right().table().equals(table);
      if (l != r) {
        return true;
      }
    }
    return false;
  }

  private static boolean linked(WorkloadProfile profile, String table, Set<String> partitionSet) {
    for (Table t : profile.schema().tables()) {
      for (ForeignKey fk : t.foreignKeys()) {
        String other = t.name().equals(table) ? fk.referencedTable()
            : fk.referencedTable().equals(table) ? t.name() : null;
        if (other != null && !other.equals(table) && partitionSet.contains(other)) {
          return true;
        }
      }
    }
    return false;
  }
}
