package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * One statement's access to one table: the row keys it touched, as the columns it bound and
 * their values. An access with no bindings touched rows the predicates do not name (a scan,
 * a range); an INSERT of several rows is one access per row.
 *
 * <p>The accesses of one statement are consecutive in {@link Transaction#accesses()} and share
 * its {@code statement} ordinal, so a consumer can rebuild statement boundaries (a multi-row
 * INSERT, a join of several tables) and look up the statement's facts by {@code templateId}.
 *
 * @param table lower-case table name
 * @param kind read, lock or write
 * @param bindings primary-key columns first, then the other bound columns
 * @param templateId the template of the statement
 * @param statement the statement's position in its transaction (0 for the first data
 *                  statement, counting statements that touched no table too); non-decreasing
 *                  along {@link Transaction#accesses()}
 */
public record TableAccess(String table, AccessKind kind, List<ColumnValues> bindings, String templateId,
                          int statement) {
  public TableAccess {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    bindings = List.copyOf(bindings);
    Objects.requireNonNull(templateId, "templateId");
    if (statement < 0) {
      throw new IllegalArgumentException("statement ordinal must be >= 0, was " + statement);
    }
  }

  /** An access of a transaction's first statement (statement ordinal 0). */
  public TableAccess(String table, AccessKind kind, List<ColumnValues> bindings, String templateId) {
    this(table, kind, bindings, templateId, 0);
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
