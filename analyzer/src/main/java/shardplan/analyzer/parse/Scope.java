package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jsqlparser.schema.Column;

/**
 * The table references visible at one level of a query, with the CTEs it declares; resolves a
 * column through aliases and unqualified names, looking outwards into enclosing queries.
 */
final class Scope {
  final Scope parent;
  final List<FromRef> refs = new ArrayList<>();
  final Map<String, Map<String, RefColumn>> ctes;

  Scope(Scope parent, Map<String, Map<String, RefColumn>> ctes) {
    this.parent = parent;
    this.ctes = ctes;
  }

  Map<String, RefColumn> cte(String name) {
    for (Scope s = this; s != null; s = s.parent) {
      Map<String, RefColumn> d = s.ctes.get(name);
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  /**
   * The column {@code c} names: the reference with its alias if qualified, else the one reference
   * in the nearest scope that has the column; null if none or ambiguous.
   */
  RefColumn resolve(Column c) {
    String col = StatementParser.ident(c.getColumnName());
    net.sf.jsqlparser.schema.Table qt = c.getTable();
    String q = qt == null || qt.getName() == null ? null : StatementParser.ident(qt.getName());
    for (Scope s = this; s != null; s = s.parent) {
      if (q != null) {
        for (FromRef r : s.refs) {
          if (r.alias.equals(q)) {
            return r.target(col);
          }
        }
      } else {
        FromRef found = null;
        int count = 0;
        for (FromRef r : s.refs) {
          if (r.has(col)) {
            found = r;
            count++;
          }
        }
        if (count == 1) {
          return found.target(col);
        }
        if (count > 1) {
          return null;
        }
      }
    }
    return null;
  }
}
