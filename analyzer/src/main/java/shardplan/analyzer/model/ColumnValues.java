package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * The values a statement bound to one column of a table: one for {@code col = $1} or an
 * inserted value, several for {@code col IN (...)}. Values are PostgreSQL's text form
 * ({@code 42}, {@code abc}); a SQL NULL is {@code null}.
 */
public record ColumnValues(String column, List<String> values) {
  public ColumnValues {
    Objects.requireNonNull(column, "column");
    values = java.util.Collections.unmodifiableList(new java.util.ArrayList<>(values));
  }
}
