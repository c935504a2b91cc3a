package shardplan.workloads.model;

import java.util.Objects;

/**
 * An equality between two columns, each written {@code table.column}, with the smaller name
 * on the left so that the same pair always has the same form.
 */
public record JoinPair(String left, String right) implements Comparable<JoinPair> {
  public JoinPair {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    if (left.indexOf('.') < 0 || right.indexOf('.') < 0) {
      throw new IllegalArgumentException("join columns must be table.column: " + left + ", " + right);
    }
    if (left.compareTo(right) > 0) {
      throw new IllegalArgumentException("join pair not normalised: " + left + " > " + right);
    }
    if (left.equals(right)) {
      throw new IllegalArgumentException("a column joined with itself: " + left);
    }
  }

  /** The pair in normal order. */
  public static JoinPair of(String a, String b) {
    return a.compareTo(b) <= 0 ? new JoinPair(a, b) : new JoinPair(b, a);
  }

  @Override
  public int compareTo(JoinPair o) {
    int c = left.compareTo(o.left);
    return c != 0 ? c : right.compareTo(o.right);
  }
}
