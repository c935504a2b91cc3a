package shardplan.replay.model;

/**
 * Latency percentiles, in milliseconds, of {@code count} timed executions (nearest rank).
 */
public record LatencySummary(long count, double p50Ms, double p95Ms, double p99Ms, double maxMs) {
  public static final LatencySummary EMPTY = new LatencySummary(0, 0, 0, 0, 0);

  /** The summary of {@code nanos[0..n)}; sorts that range in place. */
  public static LatencySummary of(long[] nanos, int n) {
    if (n == 0) {
      return EMPTY;
    }
    java.util.Arrays.sort(nanos, 0, n);
    return new LatencySummary(n, ms(rank(nanos, n, 0.50)), ms(rank(nanos, n, 0.95)), ms(rank(nanos, n, 0.99)),
        ms(nanos[n - 1]));
  }

  private static long rank(long[] sorted, int n, double q) {
    int k = (int) Math.ceil(q * n);
    return sorted[Math.max(0, Math.min(n - 1, k - 1))];
  }

  private static double ms(long nanos) {
    return Math.round(nanos / 1e3) / 1e3;
  }
}
