package shardplan.partitioner.explain;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * Colocation groups of an assignment of distribution columns (a candidate index per table): two
 * distributed tables share a group when their columns have the same PostgreSQL type and most of
 * their co-accesses have equal values of those columns (row graph), or the workload joins them on
 * exactly those columns, or a foreign key pairs those columns (JECB's key–foreign-key paths).
 * Union–find; groups numbered in schema order of their first table.
 */
final class Colocation {
  private final Schema schema;
  private final List<String> tables;
  private final Map<String, List<String>> candidates;
  private final JoinGraph joins;
  private final PartitionAgreement agreement;

  /**
   * @param agreement the row partition's agreement, or null without row-level data
   */
  Colocation(Schema schema, List<String> tables, Map<String, List<String>> candidates, JoinGraph joins,
             PartitionAgreement agreement) {
    this.schema = schema;
    this.tables = tables;
    this.candidates = candidates;
    this.joins = joins;
    this.agreement = agreement;
  }

  /** Name of candidate {@code c} of table {@code t}. */
  String col(int t, int c) {
    return candidates.get(tables.get(t)).get(c);
  }

  private String type(int t, int c) {
    Table tab = schema.table(tables.get(t)).orElseThrow();
    return tab.column(col(t, c)).map(Column::type).orElse("");
  }

  /** Whether two candidate columns have the same declared type (colocation needs it). */
  boolean sameType(int t, int ct, int u, int cu) {
    return type(t, ct).equals(type(u, cu));
  }

  /** Colocation groups of the distributed tables of {@code a}; 0 for replicated ones. */
  int[] groups(int[] a, boolean[] rep) {
    int n = a.length;
    int[] parent = new int[n];
    for (int i = 0; i < n; i++) {
      parent[i] = i;
    }
    for (int t = 0; t < n; t++) {
      for (int u = t + 1; u < n; u++) {
        if (rep[t] || rep[u] || !sameType(t, a[t], u, a[u])) {
          continue;
        }
        boolean together = joins.weight(tables.get(t), col(t, a[t]), tables.get(u), col(u, a[u])) > 0
            || foreignKeyPairs(tables.get(t), col(t, a[t]), tables.get(u), col(u, a[u]))
            || foreignKeyPairs(tables.get(u), col(u, a[u]), tables.get(t), col(t, a[t]));
        if (!together && agreement != null) {
          long between = agreement.internalBetween(t, u);
          together = between > 0 && agreement.local(t, a[t], u, a[u]) * 2 >= between;
        }
        if (together) {
          parent[find(parent, t)] = find(parent, u);
        }
      }
    }
    // Number the groups in schema order of their first table.
    int[] group = new int[n];
    Map<Integer, Integer> number = new LinkedHashMap<>();
    for (String name : schemaOrder()) {
      int t = tables.indexOf(name);
      if (rep[t]) {
        continue;
      }
      group[t] = number.computeIfAbsent(find(parent, t), r -> number.size() + 1);
    }
    return group;
  }

  /**
   * Whether a foreign key of {@code child} to {@code parent} pairs {@code childColumn} with
   * {@code parentColumn}: then colocating the two keeps the foreign key enforceable (JECB's
   * key–foreign-key paths), whether or not a statement joins them.
   */
  private boolean foreignKeyPairs(String child, String childColumn, String parent, String parentColumn) {
    Table c = schema.table(child).orElse(null);
    if (c == null) {
      return false;
    }
    for (shardplan.analyzer.model.ForeignKey fk : c.foreignKeys()) {
      if (!fk.referencedTable().equals(parent)) {
        continue;
      }
      int i = fk.columns().indexOf(childColumn);
      if (i >= 0 && i < fk.referencedColumns().size() && fk.referencedColumns().get(i).equals(parentColumn)) {
        return true;
      }
    }
    return false;
  }

  /** The tables being placed, in the schema's order. */
  List<String> schemaOrder() {
    List<String> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      if (tables.contains(t.name())) {
        out.add(t.name());
      }
    }
    return out;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

}
