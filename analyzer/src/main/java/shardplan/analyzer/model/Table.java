package shardplan.analyzer.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A table of the schema.
 *
 * @param name the table name as PostgreSQL folds it (lower case unless it was quoted), without
 *             schema for tables of {@code public} (of the first {@code search_path} schema when
 *             read from a live database) and as {@code schema.table} for tables of other schemas
 * @param columns in declaration order
 * @param primaryKey column names of the primary key, empty if none
 * @param uniqueKeys column lists of the UNIQUE constraints and unique indexes
 * @param foreignKeys outgoing foreign keys
 * @param statistics what a live database said about it, or {@link TableStatistics#UNKNOWN}
 * @param distinctValues {@code pg_stats.n_distinct} per column where known (negative values are
 *                       fractions of the row count, as PostgreSQL stores them)
 */
public record Table(
    String name,
    List<Column> columns,
    List<String> primaryKey,
    List<List<String>> uniqueKeys,
    List<ForeignKey> foreignKeys,
    TableStatistics statistics,
    Map<String, Double> distinctValues) {

  public Table {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    primaryKey = List.copyOf(primaryKey);
    uniqueKeys = uniqueKeys.stream().map(List::copyOf).toList();
    foreignKeys = List.copyOf(foreignKeys);
    Objects.requireNonNull(statistics, "statistics");
    distinctValues = Map.copyOf(distinctValues);
  }

  public Optional<Column> column(String columnName) {
    for (Column c : columns) {
      if (c.name().equals(columnName)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }
}
