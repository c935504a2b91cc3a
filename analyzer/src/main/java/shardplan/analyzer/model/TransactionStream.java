package shardplan.analyzer.model;

import java.util.function.Consumer;

/**
 * The transactions of a workload, or an unbiased sample of them, to be read as many times as
 * needed. Implementations may keep them on disk; reading never changes them.
 */
public interface TransactionStream {
  /** Transactions in the stream (after sampling). */
  long size();

  /**
   * Fraction of the workload's transactions in the stream: 1.0 when nothing was sampled out.
   * Each transaction was kept or not by a hash of its position, independent of its content.
   */
  double sampleRate();

  /** Calls {@code action} for every transaction, in log order. */
  void forEach(Consumer<Transaction> action);

  /** A stream with no transactions, for inputs without literal values (pg_stat_statements). */
  TransactionStream EMPTY = new TransactionStream() {
    @Override
    public long size() {
      return 0;
    }

    @Override
    public double sampleRate() {
      return 1.0;
    }

    @Override
    public void forEach(Consumer<Transaction> action) {
      // nothing to read
    }
  };
}
