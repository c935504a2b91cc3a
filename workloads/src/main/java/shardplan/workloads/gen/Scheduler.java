package shardplan.workloads.gen;

import java.io.IOException;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import shardplan.workloads.TransactionGenerator;
import shardplan.workloads.log.LogSink;
import shardplan.workloads.model.GeneratedTransaction;
import shardplan.workloads.model.ScheduledTransaction;

/**
 * Runs transactions on several sessions at once, as concurrent connections do: at each step a
 * random session sends its next line (BEGIN, a statement, COMMIT/ROLLBACK), so that transactions
 * of different sessions interleave in the log. A session takes a new transaction from the
 * generator only when its previous one has ended, so generation order is start order.
 */
public final class Scheduler {
  private Scheduler() {
  }

  /** Called after every finished transaction with the number finished so far. */
  @FunctionalInterface
  public interface Progress {
    void finished(long done);
  }

  /**
   * Runs {@code total} transactions.
   *
   * @param started receives each transaction when it starts, in generation order (may be null)
   * @param ended receives each transaction when it ends (may be null)
   */
  public static void run(TransactionGenerator generator, int sessions, long total, long seed, LogSink sink,
                         Consumer<ScheduledTransaction> started, Consumer<GeneratedTransaction> ended,
                         Progress progress) throws IOException {
    Objects.requireNonNull(generator, "generator");
    Objects.requireNonNull(sink, "sink");
    SplittableRandom rng = new SplittableRandom(seed * 0x9E3779B97F4A7C15L + 17);
    GeneratedTransaction[] current = new GeneratedTransaction[sessions];
    int[] position = new int[sessions];
    sink.open(sessions);
    long next = 0;
    long done = 0;
    int active = 0;
    while (next < total || active > 0) {
      int s = rng.nextInt(sessions);
      if (current[s] == null) {
        if (next < total) {
          GeneratedTransaction t = generator.next(s);
          current[s] = t;
          position[s] = 0;
          active++;
          if (started != null) {
            started.accept(new ScheduledTransaction(next, s, t));
          }
          next++;
          sink.begin(s);
          continue;
        }
        while (current[s] == null) {
          s = s + 1 == sessions ? 0 : s + 1;
        }
      }
      GeneratedTransaction t = current[s];
      if (position[s] < t.calls().size()) {
        sink.statement(s, t.calls().get(position[s]++));
      } else {
        sink.end(s, t.rollback());
        current[s] = null;
        active--;
        done++;
        if (ended != null) {
          ended.accept(t);
        }
        if (progress != null) {
          progress.finished(done);
        }
      }
    }
  }
}
