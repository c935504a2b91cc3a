package shardplan.replay.bench;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import shardplan.workloads.model.GeneratedTransaction;

/**
 * The logged transactions as the measurement pass found them (reaching one worker, or more): the
 * measured distributed fraction, by transaction type too; and what a distributed transaction
 * costs on the cluster measured: the throughput pass's latency of
 * the logged transactions, split by what the measurement pass found them to be (reaching one
 * worker, or more), per transaction type so that the mix of types does not weigh in. It tells how
 * much a placement's distributed fraction can move throughput on this cluster: with a distributed
 * transaction costing {@code c} times a single-node one, fractions {@code f1} and {@code f2} give
 * a throughput ratio of at most {@code (1 − f2 + f2·c) / (1 − f1 + f1·c)}.
 */
final class MeasuredTransactions {
  private static final int MIN_SAMPLES = 10;

  private final Map<GeneratedTransaction, Boolean> distributed = new IdentityHashMap<>();
  private final Map<String, Long> distributedByType = new TreeMap<>();
  private long measured;
  private long distributedCount;
  /** Per type: {single-node count, single-node nanos, distributed count, distributed nanos}. */
  private final Map<String, long[]> byType = new TreeMap<>();

  /** From the measurement pass: whether {@code t} reached more than one worker. */
  synchronized void measured(GeneratedTransaction t, boolean reachedSeveral) {
    distributed.put(t, reachedSeveral);
    measured++;
    if (reachedSeveral) {
      distributedCount++;
      distributedByType.merge(t.type(), 1L, Long::sum);
    }
  }

  /** Distributed / measured, or null when no transaction was measured. */
  synchronized Double fraction() {
    return measured == 0 ? null : (double) distributedCount / measured;
  }

  /** Distributed transactions measured, by the workload's transaction type (sorted by type). */
  synchronized Map<String, Long> distributedByType() {
    return new TreeMap<>(distributedByType);
  }

  /** From the throughput pass: a transaction that ended as meant, in {@code nanos}. */
  synchronized void timed(GeneratedTransaction t, long nanos) {
    Boolean d = distributed.get(t);
    if (d != null) {
      long[] s = byType.computeIfAbsent(t.type(), k -> new long[4]);
      int i = d ? 2 : 0;
      s[i]++;
      s[i + 1] += nanos;
    }
  }

  /**
   * One line per type with enough of both kinds: counts, mean latencies and their ratio; empty
   * when no type has {@value #MIN_SAMPLES} of each.
   */
  synchronized List<String> lines() {
    List<String> out = new java.util.ArrayList<>();
    byType.forEach((type, s) -> {
      if (s[0] >= MIN_SAMPLES && s[2] >= MIN_SAMPLES) {
        double local = s[1] / 1e6 / s[0];
        double dist = s[3] / 1e6 / s[2];
        out.add(String.format(Locale.ROOT, "%s: %d on one worker %.1f ms, %d distributed %.1f ms (%.2f×)",
            type, s[0], local, s[2], dist, dist / local));
      }
    });
    return out;
  }
}
