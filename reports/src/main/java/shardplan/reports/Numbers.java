package shardplan.reports;

import java.util.Locale;

/** Number formats shared by the reports, fixed to one locale so that output is stable. */
final class Numbers {
  private Numbers() {
  }

  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.2f %%", fraction * 100.0);
  }

  static String ratio(double v) {
    return String.format(Locale.ROOT, "%.3f", v);
  }

  static String count(long v) {
    return String.format(Locale.ROOT, "%,d", v);
  }

  /** Scale-out of full replication: f(n, w) = n / (1 + w·(n − 1)). */
  static double replicationScaleOut(int nodes, double writeFraction) {
    return nodes / (1.0 + writeFraction * (nodes - 1));
  }
}
