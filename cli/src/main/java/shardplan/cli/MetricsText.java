package shardplan.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TemplateRouting;

/** The metrics table and the notes as {@code advise} and {@code evaluate} print them in text form. */
final class MetricsText {
  /** The routing definition, for the commands' --help. */
  static final String ROUTING_HELP = "Statement routing: every logged statement on a table of the schema"
      + " (committed or not) is single-shard when Citus's router pins every distributed table to one shard"
      + " of one colocation group (equality on the distribution column, directly, through joins, an IN"
      + " list or an INSERT's values), multi-shard when a distributed table fans out to several shards,"
      + " a reference read or write (every node, 2PC), local, unsupported (a join of distributed tables"
      + " not colocated on the join columns) or uncertain (values not in the input, counted apart)."
      + " Citus's citus_stat_counters counts single-shard + reference statements as single-shard.";

  /** The distributed transaction definition, for the commands' --help. */
  static final String DISTRIBUTED_HELP = "Distributed transaction: one whose statements reach more than one"
      + " node (a multi-shard statement does, a reference write does, a reference read does not);"
      + " the fraction is over all transactions. From a pg_stat_statements export each call is its own"
      + " transaction.";

  private MetricsText() {
  }

  /** A header line, then one row for {@code name} and one per baseline. */
  static void table(PrintWriter w, String name, PlacementMetrics metrics, Map<String, PlacementMetrics> baselines) {
    String header = String.format(Locale.ROOT, "%-16s %15s %15s %16s %10s %19s",
        "", "distributed tx", "internode rows", "internode bytes", "load skew", "replicated writes");
    w.println(header.stripTrailing());
    row(w, name, metrics);
    baselines.forEach((n, m) -> row(w, n, m));
    if (metrics.routing() == StatementRouting.NONE) {
      return;
    }
    w.println();
    w.println("Statement routing on Citus (statements):");
    String routing = String.format(Locale.ROOT, "%-16s %13s %13s %10s %10s %10s %12s %10s %13s",
        "", "single-shard", "multi-shard", "ref reads", "ref writes", "local", "unsupported", "uncertain",
        "nodes/stmt");
    w.println(routing.stripTrailing());
    routingRow(w, name, metrics.routing());
    baselines.forEach((n, m) -> routingRow(w, n, m.routing()));
    List<TemplateRouting> unsupported = metrics.routing().unsupportedTemplates();
    if (!unsupported.isEmpty()) {
      w.println();
      w.println("Templates Citus refuses as placed (" + name + "):");
      for (TemplateRouting t : unsupported) {
        w.printf(Locale.ROOT, "  %s  %,d statements: %s%n    %s%n", t.templateId(), t.unsupportedStatements(),
            t.reason(), abbreviate(t.sql()));
      }
    }
    List<TemplateRouting> uncertain = metrics.routing().uncertainTemplates();
    if (!uncertain.isEmpty()) {
      w.println();
      w.println("Templates whose routing the input cannot tell (" + name + "), counted apart:");
      for (TemplateRouting t : uncertain) {
        w.printf(Locale.ROOT, "  %s  %,d statements: %s%n    %s%n", t.templateId(), t.uncertainStatements(),
            t.reason(), abbreviate(t.sql()));
      }
    }
  }

  private static void routingRow(PrintWriter w, String name, StatementRouting r) {
    double perStatement = r.statements() == 0 ? 0 : (double) r.nodesReached() / r.statements();
    w.printf(Locale.ROOT, "%-16s %,13d %,13d %,10d %,10d %,10d %,12d %,10d %13.2f%n", name,
        r.singleShardStatements(), r.multiShardStatements(), r.referenceReadStatements(),
        r.referenceWriteStatements(), r.localStatements(), r.unsupportedStatements(), r.uncertainStatements(),
        perStatement);
  }

  private static String abbreviate(String sql) {
    String s = sql.replaceAll("\\s+", " ").strip();
    return s.length() <= 160 ? s : s.substring(0, 157) + "...";
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
