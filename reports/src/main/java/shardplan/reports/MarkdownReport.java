package shardplan.reports;

import java.util.List;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Placement;

/**
 * The advice as a Markdown document an architect can read: the placement with its reasons,
 * the predicted metrics against the baselines, the colocation groups, the heaviest joins, the
 * cost of replication and what input was skipped. Templates and values from the log never
 * appear in it.
 */
public final class MarkdownReport {
  /** Join edges listed at most. */
  static final int TOP_JOINS = 15;

  private MarkdownReport() {
  }

  public static String render(ReportInput in) {
    StringBuilder md = new StringBuilder();
    Placement p = in.advice().placement();
    WorkloadProfile prof = in.profile();
    md.append("# Placement advice: ").append(in.title()).append("\n\n");
    md.append("- nodes: ").append(p.nodes()).append(", shards per distributed table: ").append(p.shardCount()).append('\n');
    md.append("- input: ").append(Numbers.count(prof.statements())).append(" statements in ")
        .append(Numbers.count(prof.transactions())).append(" transactions (")
        .append(Numbers.count(prof.abortedTransactions())).append(" rolled back or failed), ")
        .append(prof.templates().size()).append(" templates, ")
        .append(Numbers.count(prof.skippedTotal())).append(" inputs skipped\n");
    if (!prof.rowLevel()) {
      md.append("- the input had no literal values (pg_stat_statements): table-level advice only\n");
    }
    md.append('\n');

    md.append("## Tables\n\n");
    md.append("| table | placement | column | group | reads | writes | update ratio | why |\n");
    md.append("|---|---|---|---|---:|---:|---:|---|\n");
    for (ReportRows.TableRow r : ReportRows.tables(in)) {
      md.append("| ").append(r.table()).append(" | ").append(r.placement()).append(" | ").append(r.column())
          .append(" | ").append(r.group()).append(" | ").append(Numbers.count(r.reads())).append(" | ")
          .append(Numbers.count(r.writes())).append(" | ").append(Numbers.ratio(r.updateRatio())).append(" | ")
          .append(escape(r.reason())).append(" |\n");
    }
    md.append('\n');

    md.append("## Predicted effect\n\n");
    md.append("| placement | distributed transactions | internode rows | internode bytes | load skew | replication write amplification |\n");
    md.append("|---|---:|---:|---:|---:|---:|\n");
    for (ReportRows.MetricsRow r : ReportRows.metrics(in)) {
      md.append("| ").append(r.name()).append(" | ")
          .append(Numbers.percent(r.metrics().distributedTransactionFraction())).append(" | ")
          .append(Numbers.count(r.metrics().internodeRows())).append(" | ")
          .append(Numbers.count(r.metrics().internodeBytes())).append(" | ")
          .append(Numbers.ratio(r.metrics().loadSkew())).append(" | ")
          .append(Numbers.count(r.metrics().replicationWriteAmplification())).append(" |\n");
    }
    md.append("\nDistributed transactions: transactions whose rows of distributed tables live on more than one node,"
        + " or that write a reference table. Load skew: the busiest node's share of row accesses over the mean share.\n\n");

    md.append("## Colocation groups\n\n");
    var groups = ReportRows.groups(in);
    if (groups.isEmpty()) {
      md.append("No distributed tables.\n");
    }
    groups.forEach((g, tables) -> md.append("- group ").append(g).append(": ").append(String.join(", ", tables)).append('\n'));
    md.append('\n');

    md.append("## Cost of replication\n\n");
    double w = ReportRows.referenceWriteFraction(in);
    md.append("Reference tables take ").append(Numbers.percent(w)).append(" of their accesses as writes; with full replication on ")
        .append(p.nodes()).append(" nodes the useful capacity is f(n, w) = n / (1 + w·(n − 1)) = ")
        .append(Numbers.ratio(Numbers.replicationScaleOut(p.nodes(), w))).append(" node(s) of work.\n\n");

    md.append("## Heaviest joins\n\n");
    List<JoinEdge> joins = prof.joins();
    if (joins.isEmpty()) {
      md.append("No equi-joins in the workload.\n");
    } else {
      md.append("| left | right | statements |\n|---|---|---:|\n");
      joins.stream().limit(TOP_JOINS).forEach(j -> md.append("| ").append(j.left()).append(" | ").append(j.right())
          .append(" | ").append(Numbers.count(j.weight())).append(" |\n"));
    }
    md.append('\n');

    md.append("## Skipped input\n\n");
    if (prof.skipped().isEmpty()) {
      md.append("Nothing was skipped.\n");
    } else {
      md.append("| reason | count |\n|---|---:|\n");
      for (SkipReason s : prof.skipped()) {
        md.append("| ").append(s.reason()).append(" | ").append(Numbers.count(s.count())).append(" |\n");
      }
    }
    if (!in.advice().notes().isEmpty()) {
      md.append("\n## Notes\n\n");
      in.advice().notes().forEach(n -> md.append("- ").append(escape(n)).append('\n'));
    }
    return md.toString();
  }

  private static String escape(String s) {
    return s.replace("|", "\\|").replace("\n", " ");
  }
}
