package shardplan.partitioner.classify;

import shardplan.partitioner.rowgraph.LongIntHashMap;

/**
 * What the log says about the values of one column: how many accesses bound it, how many
 * distinct values they bound and how often the most frequent one came back, and how many were
 * NULL. Distinct values are counted exactly up to {@link #EXACT_CAP} (64-bit hashes), then only
 * as "at least the cap"; the most frequent value is tracked by a Misra–Gries summary of
 * {@link #COUNTERS} counters (Misra and Gries, 1982), which finds every value of more than
 * 1/(COUNTERS + 1) of the stream, so its share is exact while the column is under the cap and a
 * lower bound, off by at most 1/(COUNTERS + 1), above it. Deterministic; memory is bounded.
 */
public final class ColumnValueStats {
  /** Distinct values counted exactly; more than enough to compare with any practical shard count. */
  public static final int EXACT_CAP = 4096;
  static final int COUNTERS = 32;

  private long accesses;
  private long values;
  private long nulls;
  private LongIntHashMap exact = new LongIntHashMap(16);
  private boolean capped;
  private long topExact;
  private final long[] key = new long[COUNTERS];
  private final long[] count = new long[COUNTERS];

  void addAccess() {
    accesses++;
  }

  void add(String v) {
    if (v == null) {
      nulls++;
      return;
    }
    values++;
    long h = hash(v);
    if (!capped) {
      int c = exact.add(h, 1);
      topExact = Math.max(topExact, c);
      if (exact.size() > EXACT_CAP) {
        capped = true;
        exact = null;
      }
    }
    misraGries(h);
  }

  private void misraGries(long h) {
    int free = -1;
    for (int i = 0; i < COUNTERS; i++) {
      if (count[i] > 0 && key[i] == h) {
        count[i]++;
        return;
      }
      if (count[i] == 0 && free < 0) {
        free = i;
      }
    }
    if (free >= 0) {
      key[free] = h;
      count[free] = 1;
      return;
    }
    for (int i = 0; i < COUNTERS; i++) {
      count[i]--;
    }
  }

  /** Accesses (statement × table) that bound the column. */
  public long accesses() {
    return accesses;
  }

  /** Non-NULL values bound. */
  public long values() {
    return values;
  }

  /** NULL values bound (inserted or compared). */
  public long nulls() {
    return nulls;
  }

  /** Distinct non-NULL values seen, exact up to {@link #EXACT_CAP}; {@code EXACT_CAP + 1} above. */
  public long distinct() {
    return capped ? EXACT_CAP + 1L : exact.size();
  }

  /** The most frequent value's share of the non-NULL values (a lower bound above the cap); 0 when none. */
  public double topShare() {
    if (values == 0) {
      return 0;
    }
    if (!capped) {
      return (double) topExact / values;
    }
    long best = 0;
    for (long c : count) {
      best = Math.max(best, c);
    }
    return (double) best / values;
  }

  /** FNV-1a over the characters, then a SplitMix64 finaliser. */
  static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h;
  }
}
