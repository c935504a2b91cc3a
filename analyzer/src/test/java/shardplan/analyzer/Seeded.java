package shardplan.analyzer;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Seeded randomized property checks for plain JUnit 5 tests: a property runs a fixed number of
 * tries, each with its own {@link Random} whose seed derives from the property's name and the try
 * number, so a run is the same every time. A failure says which seed broke the property, and
 * {@code -Dshardplan.seed=S} reruns that one seed alone.
 */
public final class Seeded {
  /** A property over one random source. */
  @FunctionalInterface
  public interface Property {
    void check(Random rnd) throws Exception;
  }

  private Seeded() {
  }

  /** Checks {@code property} on {@code tries} seeds derived from {@code name}. */
  public static void forAll(String name, int tries, Property property) {
    Objects.requireNonNull(name, "name");
    String only = System.getProperty("shardplan.seed");
    if (only != null && !only.isBlank()) {
      run(name, 0, 1, Long.parseLong(only.trim()), property);
      return;
    }
    long base = mix(name.hashCode());
    for (int i = 0; i < tries; i++) {
      run(name, i, tries, mix(base + i), property);
    }
  }

  private static void run(String name, int i, int tries, long seed, Property property) {
    try {
      property.check(new Random(seed));
    } catch (Throwable t) {
      String msg = "property " + name + " failed on try " + (i + 1) + " of " + tries + ", seed " + seed
          + " (rerun it alone with -Dshardplan.seed=" + seed + "): " + t.getMessage();
      System.err.println(msg);
      throw new AssertionError(msg, t);
    }
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 33)) * 0xff51afd7ed558ccdL;
    z = (z ^ (z >>> 33)) * 0xc4ceb9fe1a85ec53L;
    return z ^ (z >>> 33);
  }

  // ---- generators

  /** One of {@code values}, uniformly. */
  @SafeVarargs
  public static <T> T oneOf(Random rnd, T... values) {
    return values[rnd.nextInt(values.length)];
  }

  /** One of {@code values}, uniformly. */
  public static <T> T oneOf(Random rnd, List<T> values) {
    return values.get(rnd.nextInt(values.size()));
  }

  /**
   * A size in {@code [min, max]}, with the bounds themselves drawn more often than the rest, as
   * edge cases are where bugs live.
   */
  public static int size(Random rnd, int min, int max) {
    int r = rnd.nextInt(10);
    if (r == 0) {
      return min;
    }
    if (r == 1) {
      return max;
    }
    return min + rnd.nextInt(max - min + 1);
  }

  /** A list of {@code min..max} elements made by {@code element}. */
  public static <T> List<T> listOf(Random rnd, int min, int max, Supplier<T> element) {
    int n = size(rnd, min, max);
    List<T> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      out.add(element.get());
    }
    return out;
  }

  /** A list of {@code min..max} elements made by {@code element} from the random source. */
  public static <T> List<T> listOf(Random rnd, int min, int max, Function<Random, T> element) {
    return listOf(rnd, min, max, () -> element.apply(rnd));
  }

  /** A string of {@code 0..maxLength} characters drawn from {@code chars}. */
  public static String stringOf(Random rnd, String chars, int maxLength) {
    int n = size(rnd, 0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(chars.charAt(rnd.nextInt(chars.length())));
    }
    return sb.toString();
  }

  /**
   * A string of {@code 0..maxLength} arbitrary UTF-16 code units: ASCII, controls, accented and
   * CJK letters, and lone surrogates among them.
   */
  public static String anyString(Random rnd, int maxLength) {
    int n = size(rnd, 0, maxLength);
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(switch (rnd.nextInt(5)) {
        case 0, 1 -> (char) (0x20 + rnd.nextInt(0x5f));
        case 2 -> (char) rnd.nextInt(0x20);
        case 3 -> (char) (0xa0 + rnd.nextInt(0x3000));
        default -> (char) rnd.nextInt(0x10000);
      });
    }
    return sb.toString();
  }

  /** {@code 0..maxLength} random bytes. */
  public static byte[] bytes(Random rnd, int maxLength) {
    byte[] b = new byte[size(rnd, 0, maxLength)];
    rnd.nextBytes(b);
    return b;
  }
}
