package shardplan.reports.model;

import java.util.Objects;

/**
 * Two tables used in the same transactions.
 *
 * @param a first table (alphabetically)
 * @param b second table
 * @param transactions transactions that touched both
 */
public record TablePair(String a, String b, long transactions) {
  public TablePair {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
  }
}
