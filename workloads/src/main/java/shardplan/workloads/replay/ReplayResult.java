package shardplan.workloads.replay;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What a replay did.
 *
 * @param transactions transactions run
 * @param committed transactions committed
 * @param intendedRollbacks transactions the workload ends with ROLLBACK on purpose, and that were rolled back
 * @param failedTransactions transactions in which a statement or the commit failed
 * @param statements statements sent (BEGIN/COMMIT/ROLLBACK not counted)
 * @param failedStatements statements (or commits) the server refused
 * @param retries transactions run again after a deadlock or serialization failure (concurrent replay)
 * @param elapsed wall time of the replay, connections open
 * @param failures the first failures, {@code template: SQLSTATE message}, at most 20
 */
public record ReplayResult(long transactions, long committed, long intendedRollbacks, long failedTransactions,
                           long statements, long failedStatements, long retries, Duration elapsed, List<String> failures) {
  public ReplayResult {
    Objects.requireNonNull(elapsed, "elapsed");
    failures = List.copyOf(failures);
  }

  /** Transactions per second over the elapsed time. */
  public double transactionsPerSecond() {
    double s = elapsed.toNanos() / 1e9;
    return s == 0 ? 0 : transactions / s;
  }
}
