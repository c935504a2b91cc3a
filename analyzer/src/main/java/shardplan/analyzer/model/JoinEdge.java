package shardplan.analyzer.model;

import java.util.Objects;

/**
 * An equi-join between two columns, with the number of committed statements that joined them.
 * {@code left} sorts before {@code right}, so an edge has one spelling.
 */
public record JoinEdge(ColumnRef left, ColumnRef right, long weight) {
  public JoinEdge {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (left.compareTo(right) > 0) {
      ColumnRef t = left;
      left = right;
      right = t;
    }
  }
}
