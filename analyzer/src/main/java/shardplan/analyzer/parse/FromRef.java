package shardplan.analyzer.parse;

import java.util.Map;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Table;

/** A table reference in a FROM clause (or a DML target): a schema table, a derived table or a CTE. */
final class FromRef {
  final String alias;
  final Table table;
  final Map<String, RefColumn> derived;
  AccessKind kind = AccessKind.READ;

  FromRef(String alias, Table table, Map<String, RefColumn> derived) {
    this.alias = alias;
    this.table = table;
    this.derived = derived;
  }

  boolean has(String column) {
    if (table != null) {
      return table.column(column).isPresent();
    }
    return derived != null && derived.containsKey(column);
  }

  RefColumn target(String column) {
    if (table != null) {
      return table.column(column).isPresent() ? new RefColumn(this, column) : null;
    }
    return derived == null ? null : derived.get(column);
  }
}
