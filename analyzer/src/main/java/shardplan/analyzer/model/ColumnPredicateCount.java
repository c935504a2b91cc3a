package shardplan.analyzer.model;

import java.util.Objects;

/** How many committed statements had an equality or IN predicate on a column. */
public record ColumnPredicateCount(ColumnRef column, long statements) {
  public ColumnPredicateCount {
    Objects.requireNonNull(column, "column");
  }
}
