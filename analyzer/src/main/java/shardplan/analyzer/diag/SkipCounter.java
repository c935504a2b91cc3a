package shardplan.analyzer.diag;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.SkipReason;

/**
 * Counts input that could not be used, by reason, keeping the first five examples of each.
 * Examples must never hold literal values from the log: pass a template or a position.
 * Not thread-safe.
 */
public final class SkipCounter {
  /** Examples kept per reason. */
  public static final int EXAMPLES = 5;
  /** Longest example kept; longer ones are cut with an ellipsis. */
  private static final int EXAMPLE_CHARS = 200;

  private final Map<String, long[]> counts = new LinkedHashMap<>();
  private final Map<String, List<String>> examples = new LinkedHashMap<>();

  /** Counts one skip under {@code reason} (a snake_case name such as {@code unparseable_sql}). */
  public void skip(String reason, String example) {
    counts.computeIfAbsent(reason, r -> new long[1])[0]++;
    List<String> ex = examples.computeIfAbsent(reason, r -> new ArrayList<>());
    if (ex.size() < EXAMPLES && example != null) {
      String e = example.length() > EXAMPLE_CHARS ? example.substring(0, EXAMPLE_CHARS) + "…" : example;
      if (!ex.contains(e)) {
        ex.add(e);
      }
    }
  }

  /**
   * Adds the counts and examples of {@code later}, which counted input that came after this
   * counter's: the result is what one counter would have counted over both, in order.
   */
  public void addAll(SkipCounter later) {
    later.counts.forEach((reason, c) -> {
      counts.computeIfAbsent(reason, r -> new long[1])[0] += c[0];
      List<String> ex = examples.computeIfAbsent(reason, r -> new ArrayList<>());
      for (String e : later.examples.get(reason)) {
        if (ex.size() < EXAMPLES && !ex.contains(e)) {
          ex.add(e);
        }
      }
    });
  }

  public long count(String reason) {
    long[] c = counts.get(reason);
    return c == null ? 0 : c[0];
  }

  public long total() {
    long t = 0;
    for (long[] c : counts.values()) {
      t += c[0];
    }
    return t;
  }

  /** The reasons, largest count first. */
  public List<SkipReason> reasons() {
    List<SkipReason> out = new ArrayList<>();
    counts.forEach((r, c) -> out.add(new SkipReason(r, c[0], examples.get(r))));
    out.sort((a, b) -> Long.compare(b.count(), a.count()));
    return out;
  }
}
