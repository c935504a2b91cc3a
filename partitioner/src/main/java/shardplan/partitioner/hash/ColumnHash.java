package shardplan.partitioner.hash;

/**
 * The hash Citus computes for a value of one column type, from the value's PostgreSQL text form
 * (as logs and bound parameters carry it).
 */
@FunctionalInterface
public interface ColumnHash {
  /**
   * The hash of a non-null value.
   *
   * @throws IllegalArgumentException if the text is not a valid value of the type
   */
  int hash(String text);
}
