package shardplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shardplan.partitioner.model.PlacementMetrics;

/** The metrics table and the notes as {@code advise} and {@code evaluate} print them in text form. */
final class MetricsText {
  private MetricsText() {
  }

  /** A header line, then one row for {@code name} and one per baseline. */
  static void table(PrintWriter w, String name, PlacementMetrics metrics, Map<String, PlacementMetrics> baselines) {
    String header = String.format(Locale.ROOT, "%-16s %15s %15s %16s %10s %19s",
        "", "distributed tx", "internode rows", "internode bytes", "load skew", "replicated writes");
    w.println(header.stripTrailing());
    row(w, name, metrics);
    baselines.forEach((n, m) -> row(w, n, m));
  }

  /** A blank line and the notes, if there are any. */
  static void notes(PrintWriter w, List<String> notes) {
    if (notes.isEmpty()) {
      return;
    }
    w.println();
    w.println("Notes:");
    for (String n : notes) {
      w.println("  - " + n);
    }
  }

  private static void row(PrintWriter w, String name, PlacementMetrics m) {
    w.printf(Locale.ROOT, "%-16s %13.2f %% %,15d %,16d %10.3f %,19d%n", name,
        m.distributedTransactionFraction() * 100, m.internodeRows(), m.internodeBytes(), m.loadSkew(),
        m.replicationWriteAmplification());
  }
}
