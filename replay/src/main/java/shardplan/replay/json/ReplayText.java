package shardplan.replay.json;

import java.io.PrintWriter;
import java.util.Locale;
import shardplan.analyzer.model.SkipReason;
import shardplan.replay.model.LatencySummary;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.model.TemplateReplay;

/** {@code replay --format text}: the summary a DBA reads. Templates only, never a logged value. */
public final class ReplayText {
  /** Templates listed; the JSON has all of them. */
  static final int TEMPLATES = 20;

  private ReplayText() {
  }

  public static void write(ReplayReport r, PrintWriter out) {
    out.printf(Locale.ROOT, "replay on %s, %d client(s), %.1f s%n", r.target(), r.clients(), r.elapsedSeconds());
    out.printf(Locale.ROOT, "transactions: %d run (%d committed, %d rolled back, %d with a refused statement)%n",
        r.transactions(), r.committed(), r.rolledBack(), r.failedTransactions());
    out.printf(Locale.ROOT, "statements:   %d sent, %d refused, %d not sent (transaction already aborted or no connection)%n",
        r.statements(), r.failedStatements(), r.notRun());
    out.printf(Locale.ROOT, "throughput:   %.1f transactions/s, %.1f statements/s%n",
        r.transactionsPerSecond(), r.statementsPerSecond());
    out.println("latency:      " + latency(r.latency()));
    if (!r.errors().isEmpty()) {
      out.println("errors by SQLSTATE:");
      r.errors().forEach((s, n) -> out.printf(Locale.ROOT, "  %-8s %d%n", s, n));
    }
    r.citus().ifPresent(c -> out.printf(Locale.ROOT,
        "Citus counted: %d single-shard statements, %d multi-shard statements (citus_stat_counters)%n",
        c.singleShardStatements(), c.multiShardStatements()));
    r.nodesReached().ifPresent(n -> out.printf(Locale.ROOT,
        "Citus reached: %d of %d transactions on more than one worker (%.2f %%, citus.log_remote_commands)%n",
        n.distributed(), n.transactions(), 100 * n.fraction()));
    if (!r.skipped().isEmpty()) {
      out.println("not replayed:");
      for (SkipReason s : r.skipped()) {
        out.printf(Locale.ROOT, "  %-28s %d%n", s.reason(), s.count());
      }
    }
    if (!r.templates().isEmpty()) {
      out.println("per template (most executed first):");
      int k = 0;
      for (TemplateReplay t : r.templates()) {
        if (k++ == TEMPLATES) {
          out.printf(Locale.ROOT, "  ... %d more in --format json%n", r.templates().size() - TEMPLATES);
          break;
        }
        out.printf(Locale.ROOT, "  %7d  %s%s  %s%n", t.statements(), latency(t.latency()),
            t.failed() == 0 ? "" : "  errors " + t.errors(), shorten(t.template()));
      }
    }
    for (String n : r.notes()) {
      out.println("note: " + n);
    }
    out.flush();
  }

  static String latency(LatencySummary l) {
    return String.format(Locale.ROOT, "p50 %.3f ms, p95 %.3f ms, p99 %.3f ms, max %.3f ms",
        l.p50Ms(), l.p95Ms(), l.p99Ms(), l.maxMs());
  }

  private static String shorten(String t) {
    String one = t.replaceAll("\\s+", " ");
    return one.length() > 120 ? one.substring(0, 117) + "..." : one;
  }
}
