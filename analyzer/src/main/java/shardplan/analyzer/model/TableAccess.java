package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement's access to one table: the row keys it touched, as the columns it bound and
 * their values. An access with no bindings touched rows the predicates do not name (a scan,
 * a range); an INSERT of several rows is one access per row.
 *
 * @param table lower-case table name
 * @param kind read, lock or write
 * @param bindings primary-key columns first, then the other bound columns
 * @param templateId the template of the statement
 */
public record TableAccess(String table, AccessKind kind, List<ColumnValues> bindings, String templateId) {
  public TableAccess {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    bindings = List.copyOf(bindings);
    Objects.requireNonNull(templateId, "templateId");
  }

  /** The values bound to {@code column}, or an empty list. */
  public List<String> valuesOf(String column) {
    for (ColumnValues b : bindings) {
      if (b.column().equals(column)) {
        return b.values();
      }
    }
    return List.of();
  }
}
