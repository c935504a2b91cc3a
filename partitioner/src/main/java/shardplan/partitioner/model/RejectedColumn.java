package shardplan.partitioner.model;

import java.util.Objects;

/**
 * A column the design search did not consider as a distribution column, and why.
 *
 * @param table the table
 * @param column the column
 * @param rule a stable code: {@code few_distinct_values}, {@code dominant_value},
 *             {@code null_values}, {@code boolean}, {@code low_cardinality_name}
 * @param reason one sentence an architect can read
 * @param distinctValues distinct values seen in the log or known from {@code pg_stats}; -1 if unknown
 * @param topValueShare the most frequent value's share of the bound values (0 if unknown)
 */
public record RejectedColumn(String table, String column, String rule, String reason, long distinctValues,
                             double topValueShare) {
  public RejectedColumn {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(reason, "reason");
  }
}
