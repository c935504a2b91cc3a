package shardplan.workloads.gen;

import java.math.BigDecimal;
import java.util.SplittableRandom;

/**
 * Random values as the benchmarks specify them. Row values that the generator must know again
 * later (a customer's last name, an item's price) come from {@link #hash}, a function of the
 * seed and the row's key, so that the loader and the generator agree without sharing state.
 */
public final class Rand {
  private static final char[] ALNUM = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789".toCharArray();
  private static final char[] LETTERS = "abcdefghijklmnopqrstuvwxyz".toCharArray();

  private Rand() {
  }

  /** Uniform integer in [lo, hi]. */
  public static int uniform(SplittableRandom r, int lo, int hi) {
    return lo + r.nextInt(hi - lo + 1);
  }

  /**
   * TPC-C's non-uniform random NURand(A, x, y) = (((random(0, A) | random(x, y)) + C) %
   * (y - x + 1)) + x.
   */
  public static int nurand(SplittableRandom r, int a, int c, int x, int y) {
    return (((uniform(r, 0, a) | uniform(r, x, y)) + c) % (y - x + 1)) + x;
  }

  /**
   * The A of NURand for a range of {@code n} values: the specification's constant for its own
   * range ({@code standardA} for {@code standardN}), scaled to a power of two minus one for a
   * shrunken range.
   */
  public static int nurandA(int n, int standardA, int standardN) {
    if (n >= standardN) {
      return standardA;
    }
    long want = (long) (standardA + 1) * n / standardN;
    int p = 1;
    while (p < want) {
      p <<= 1;
    }
    return Math.max(1, p - 1);
  }

  /** Random alphanumeric string of a length in [min, max]. */
  public static String astring(SplittableRandom r, int min, int max) {
    int n = uniform(r, min, max);
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = ALNUM[r.nextInt(ALNUM.length)];
    }
    return new String(c);
  }

  /** Random lower-case word of a length in [min, max]. */
  public static String letters(SplittableRandom r, int min, int max) {
    int n = uniform(r, min, max);
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = LETTERS[r.nextInt(LETTERS.length)];
    }
    return new String(c);
  }

  /** Random numeric string of length n. */
  public static String nstring(SplittableRandom r, int n) {
    char[] c = new char[n];
    for (int i = 0; i < n; i++) {
      c[i] = (char) ('0' + r.nextInt(10));
    }
    return new String(c);
  }

  /** A money amount in [lo, hi] hundredths, as a two-place decimal. */
  public static BigDecimal money(SplittableRandom r, int loCents, int hiCents) {
    return BigDecimal.valueOf(uniform(r, loCents, hiCents), 2);
  }

  /** A well-mixed 64-bit hash of the seed and a key (SplitMix64 finaliser over each part). */
  public static long hash(long seed, long... key) {
    long h = seed * 0x9E3779B97F4A7C15L;
    for (long k : key) {
      h = mix(h ^ mix(k + 0x632BE59BD9B4E019L));
    }
    return mix(h);
  }

  /** A random stream for one row, from the seed and the row's key. */
  public static SplittableRandom forRow(long seed, long... key) {
    return new SplittableRandom(hash(seed, key));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
