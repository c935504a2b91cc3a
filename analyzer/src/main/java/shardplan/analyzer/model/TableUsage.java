package shardplan.analyzer.model;

import java.util.Objects;

/**
 * How the workload used one table, counted in statements.
 *
 * @param table lower-case name
 * @param committed statements of committed transactions (and autocommit statements that succeeded)
 * @param aborted statements of transactions that rolled back or failed; a retried transaction
 *                does not look like twice the work
 * @param estimatedRowsRead rows the committed statements read, as far as the predicates tell
 *                          (an equality on a unique key is one row); -1 if unknown
 * @param estimatedRowsWritten likewise for rows written
 */
public record TableUsage(String table, OperationCounts committed, OperationCounts aborted,
                         long estimatedRowsRead, long estimatedRowsWritten) {
  public TableUsage {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(committed, "committed");
    Objects.requireNonNull(aborted, "aborted");
  }
}
