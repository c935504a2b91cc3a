package shardplan.partitioner.rowgraph;

import java.util.List;
import java.util.Objects;

/**
 * One row (or one group of rows always touched together) named by a table access.
 *
 * @param table lower-case table name
 * @param key a 64-bit hash of the table and the row's primary-key values when the access bound
 *            them all, else of the bound key tuple (collisions among a million rows have a
 *            probability of about 10^-7, and would only merge two rows of the graph)
 * @param primaryKey true when {@code key} names a full primary key (one row), false for a group
 * @param columns the columns whose value this access tells for the row
 * @param values their values, in the same order (PostgreSQL text form; never null)
 */
public record RowKey(String table, long key, boolean primaryKey, List<String> columns, List<String> values) {
  public RowKey {
    Objects.requireNonNull(table, "table");
    columns = List.copyOf(columns);
    values = List.copyOf(values);
    if (columns.size() != values.size()) {
      throw new IllegalArgumentException("columns and values differ in length");
    }
  }
}
