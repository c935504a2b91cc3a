package shardplan.reports.model;

import java.util.Objects;

/**
 * One of the most accessed distribution-key values.
 *
 * @param rank 1 for the hottest
 * @param table its table
 * @param column the distribution column
 * @param value the value; null unless the user allowed values in the output
 * @param accesses accesses that bound this value
 * @param shareOfTable those accesses over all accesses of the table that bound the column
 * @param node the node its shard is on (0-based), as Citus maps it
 */
public record HotKey(int rank, String table, String column, String value, long accesses, double shareOfTable,
                     int node) {
  public HotKey {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }
}
