package shardplan.workloads.model;

import java.util.Objects;

/**
 * A transaction with the session (connection) that runs it; the sequence of these, in the order
 * the generator produced them, is a serial order in which the whole workload succeeds.
 *
 * @param sequence position in generation order, from 0
 * @param session connection index, from 0
 */
public record ScheduledTransaction(long sequence, int session, GeneratedTransaction transaction) {
  public ScheduledTransaction {
    Objects.requireNonNull(transaction, "transaction");
  }
}
