package shardplan.workloads;

import shardplan.workloads.model.GeneratedTransaction;

/**
 * Produces a workload's transactions one at a time. Each call may depend on the ones before
 * (order numbers, undelivered orders, carts), so the sequence, in call order, is a serial order
 * in which every statement succeeds.
 */
public interface TransactionGenerator {
  /** The next transaction, run by {@code session} (0-based). */
  GeneratedTransaction next(int session);
}
