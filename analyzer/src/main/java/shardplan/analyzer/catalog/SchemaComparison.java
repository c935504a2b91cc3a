package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * What differs between two schemas in their structure: tables, columns (in order, with types
 * and NOT NULL), primary keys, unique keys and foreign keys (as sets: their order carries no
 * meaning). Statistics are not compared. Used to check that a DDL file and a live database
 * describe the same tables.
 */
public final class SchemaComparison {
  private SchemaComparison() {
  }

  /** One line per difference, empty if the two schemas have the same structure. */
  public static List<String> differences(Schema left, Schema right) {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    List<String> out = new ArrayList<>();
    Map<String, Table> l = left.byName();
    Map<String, Table> r = right.byName();
    for (String name : l.keySet()) {
      if (!r.containsKey(name)) {
        out.add("table " + name + " only on the left");
      }
    }
    for (String name : r.keySet()) {
      if (!l.containsKey(name)) {
        out.add("table " + name + " only on the right");
      }
    }
    for (Map.Entry<String, Table> e : l.entrySet()) {
      Table b = r.get(e.getKey());
      if (b != null) {
        compare(e.getValue(), b, out);
      }
    }
    return out;
  }

  private static void compare(Table a, Table b, List<String> out) {
    String t = a.name();
    if (!a.columns().equals(b.columns())) {
      out.add(t + ": columns differ: " + a.columns() + " vs " + b.columns());
    }
    if (!a.primaryKey().equals(b.primaryKey())) {
      out.add(t + ": primary key differs: " + a.primaryKey() + " vs " + b.primaryKey());
    }
    if (!new HashSet<>(a.uniqueKeys()).equals(new HashSet<>(b.uniqueKeys()))) {
      out.add(t + ": unique keys differ: " + a.uniqueKeys() + " vs " + b.uniqueKeys());
    }
    Set<Object> fa = new HashSet<>(a.foreignKeys());
    Set<Object> fb = new HashSet<>(b.foreignKeys());
    if (!fa.equals(fb)) {
      out.add(t + ": foreign keys differ: " + a.foreignKeys() + " vs " + b.foreignKeys());
    }
  }
}
