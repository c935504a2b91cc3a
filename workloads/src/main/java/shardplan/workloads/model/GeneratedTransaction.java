package shardplan.workloads.model;

import java.util.List;
import java.util.Objects;

/**
 * A transaction as the application runs it: BEGIN, the calls in order, then COMMIT, or ROLLBACK
 * when the application gives up on purpose (the TPC-C NewOrder with an unused item number).
 *
 * @param type the transaction's name in its benchmark ({@code NewOrder}, {@code BuyConfirm})
 * @param calls the statements sent, in order
 * @param rollback whether the application ends it with ROLLBACK
 * @param multiPartition whether its rows span more than one partition key of the expert design
 *                       (warehouse for TPC-C, customer for the online store)
 */
public record GeneratedTransaction(String type, List<Call> calls, boolean rollback, boolean multiPartition) {
  public GeneratedTransaction {
    Objects.requireNonNull(type, "type");
    calls = List.copyOf(calls);
  }
}
