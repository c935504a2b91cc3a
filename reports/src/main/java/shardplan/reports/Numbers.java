package shardplan.reports;

import java.util.Locale;

/** Number formats shared by the reports, fixed to one locale so that output is stable. */
public final class Numbers {
  private Numbers() {
  }

  /** A fraction as a percentage with two decimals: {@code 7.44 %}. */
  public static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", fraction * 100.0);
  }

  /** A fraction as a percentage with one decimal: {@code 7.4 %}. */
  public static String share(double fraction) {
    return String.format(Locale.ROOT, "%.1f %%", fraction * 100.0);
  }

  /** A ratio with three decimals. */
  public static String ratio(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  /** A ratio with two decimals. */
  public static String ratio2(double v) {
    return String.format(Locale.ROOT, "%.2f", v);
  }

  /** A count with thousands separators. */
  public static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** A count, or "unknown" when negative. */
  public static String countOrUnknown(long v) {
    return v < 0 ? "unknown" : count(v);
  }

  /** A decimal with {@code d} places and thousands separators; "–" for NaN. */
  public static String decimal(double v, int d) {
    return Double.isNaN(v) ? "–" : String.format(Locale.ROOT, "%,." + d + "f", v);
  }

  /** A compact axis label: 1.2k, 3.4M. */
  public static String compact(double v) {
    double a = Math.abs(v);
    if (a >= 1e9) {
      return trim(v / 1e9) + "G";
    }
    if (a >= 1e6) {
      return trim(v / 1e6) + "M";
    }
    if (a >= 1e3) {
      return trim(v / 1e3) + "k";
    }
    return trim(v);
  }

  private static String trim(double v) {
    String s = String.format(Locale.ROOT, "%.1f", v);
    return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
  }

  /** Scale-out of full replication: f(n, w) = n / (1 + w·(n − 1)). */
  public static double replicationScaleOut(int nodes, double writeFraction) {
    return nodes / (1.0 + writeFraction * (nodes - 1));
  }
}
