package shardplan.replay.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shardplan.replay.model.LatencySummary;
import shardplan.replay.model.TemplateReplay;

/** One client's counts and latencies; merged after the replay. Not thread-safe. */
final class Tally {
  static final class PerTemplate {
    long statements;
    long[] nanos = new long[16];
    int n;
    final Map<String, long[]> errors = new TreeMap<>();

    void time(long ns) {
      if (n == nanos.length) {
        nanos = Arrays.copyOf(nanos, n * 2);
      }
      nanos[n++] = ns;
    }
  }

  long transactions;
  long committed;
  long rolledBack;
  long failedTransactions;
  long statements;
  long failedStatements;
  long notRun;
  /** Transactions whose reached workers were measured, and those that reached more than one. */
  long nodesMeasured;
  long distributed;
  long unreadableNotices;
  final Map<String, long[]> errors = new TreeMap<>();
  final Map<String, PerTemplate> templates = new HashMap<>();

  PerTemplate template(String t) {
    return templates.computeIfAbsent(t, k -> new PerTemplate());
  }

  void error(String state) {
    errors.computeIfAbsent(state, k -> new long[1])[0]++;
  }

  void add(Tally o) {
    transactions += o.transactions;
    committed += o.committed;
    rolledBack += o.rolledBack;
    failedTransactions += o.failedTransactions;
    statements += o.statements;
    failedStatements += o.failedStatements;
    notRun += o.notRun;
    nodesMeasured += o.nodesMeasured;
    distributed += o.distributed;
    unreadableNotices += o.unreadableNotices;
    o.errors.forEach((k, v) -> errors.computeIfAbsent(k, x -> new long[1])[0] += v[0]);
    o.templates.forEach((k, v) -> {
      PerTemplate p = template(k);
      p.statements += v.statements;
      for (int i = 0; i < v.n; i++) {
        p.time(v.nanos[i]);
      }
      v.errors.forEach((s, c) -> p.errors.computeIfAbsent(s, x -> new long[1])[0] += c[0]);
    });
  }

  Map<String, Long> errorCounts() {
    Map<String, Long> m = new TreeMap<>();
    errors.forEach((k, v) -> m.put(k, v[0]));
    return m;
  }

  /** Every latency of every template. */
  LatencySummary overall() {
    int total = 0;
    for (PerTemplate p : templates.values()) {
      total += p.n;
    }
    long[] all = new long[total];
    int k = 0;
    for (PerTemplate p : templates.values()) {
      System.arraycopy(p.nanos, 0, all, k, p.n);
      k += p.n;
    }
    return LatencySummary.of(all, total);
  }

  /** Per template, most executed first, then by text. */
  List<TemplateReplay> perTemplate() {
    List<TemplateReplay> out = new ArrayList<>();
    templates.forEach((t, p) -> {
      Map<String, Long> errs = new TreeMap<>();
      p.errors.forEach((s, c) -> errs.put(s, c[0]));
      out.add(new TemplateReplay(t, p.statements, errs, LatencySummary.of(p.nanos.clone(), p.n)));
    });
    out.sort(Comparator.comparingLong(TemplateReplay::statements).reversed().thenComparing(TemplateReplay::template));
    return out;
  }
}
