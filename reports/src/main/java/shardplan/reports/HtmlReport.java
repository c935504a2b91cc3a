package shardplan.reports;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Placement;

/**
 * The advice as one self-contained HTML page with SVG charts: no scripts, no external files,
 * so it can be mailed or attached to a ticket as it is.
 */
public final class HtmlReport {
  private static final String STYLE = """
      body{font-family:system-ui,sans-serif;margin:2em;max-width:72em;color:#1d1d1d}
      table{border-collapse:collapse;margin:1em 0}
      th,td{border:1px solid #c8c8c8;padding:.3em .6em;text-align:left;vertical-align:top}
      td.n{text-align:right;font-variant-numeric:tabular-nums}
      th{background:#eef1f5}
      .ref{color:#6b4e00}.dist{color:#0d4f8b}
      svg text{font-size:13px;font-family:system-ui,sans-serif}
      """;

  private HtmlReport() {
  }

  public static String render(ReportInput in) {
    Placement p = in.advice().placement();
    WorkloadProfile prof = in.profile();
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<title>Placement advice: ")
        .append(Html.escape(in.title())).append("</title>\n<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n");
    h.append("<h1>Placement advice: ").append(Html.escape(in.title())).append("</h1>\n");
    h.append("<p>").append(p.nodes()).append(" nodes, ").append(p.shardCount()).append(" shards per distributed table. Input: ")
        .append(Numbers.count(prof.statements())).append(" statements in ").append(Numbers.count(prof.transactions()))
        .append(" transactions, ").append(prof.templates().size()).append(" templates, ")
        .append(Numbers.count(prof.skippedTotal())).append(" inputs skipped.</p>\n");

    h.append("<h2>Tables</h2>\n<table>\n<tr><th>table</th><th>placement</th><th>column</th><th>group</th>"
        + "<th>reads</th><th>writes</th><th>update ratio</th><th>why</th></tr>\n");
    for (ReportRows.TableRow r : ReportRows.tables(in)) {
      String cls = r.placement().equals("reference") ? "ref" : "dist";
      h.append("<tr><td>").append(Html.escape(r.table())).append("</td><td class=\"").append(cls).append("\">")
          .append(r.placement()).append("</td><td>").append(Html.escape(r.column())).append("</td><td>").append(r.group())
          .append("</td><td class=\"n\">").append(Numbers.count(r.reads())).append("</td><td class=\"n\">")
          .append(Numbers.count(r.writes())).append("</td><td class=\"n\">").append(Numbers.ratio(r.updateRatio()))
          .append("</td><td>").append(Html.escape(r.reason())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Predicted effect</h2>\n");
    List<ReportRows.MetricsRow> metrics = ReportRows.metrics(in);
    List<BarChart.Bar> dtx = new ArrayList<>();
    List<BarChart.Bar> skew = new ArrayList<>();
    List<BarChart.Bar> traffic = new ArrayList<>();
    for (ReportRows.MetricsRow r : metrics) {
      dtx.add(new BarChart.Bar(r.name(), r.metrics().distributedTransactionFraction(),
          Numbers.percent(r.metrics().distributedTransactionFraction())));
      skew.add(new BarChart.Bar(r.name(), r.metrics().loadSkew(), Numbers.ratio(r.metrics().loadSkew())));
      traffic.add(new BarChart.Bar(r.name(), r.metrics().internodeRows(), Numbers.count(r.metrics().internodeRows())));
    }
    h.append(BarChart.svg("Distributed transactions", dtx, 1.0));
    h.append(BarChart.svg("Internode rows", traffic, 0));
    h.append(BarChart.svg("Load skew (1.0 = even)", skew, 0));
    h.append("<table>\n<tr><th>placement</th><th>distributed transactions</th><th>internode rows</th>"
        + "<th>internode bytes</th><th>load skew</th><th>replication write amplification</th></tr>\n");
    for (ReportRows.MetricsRow r : metrics) {
      h.append("<tr><td>").append(Html.escape(r.name())).append("</td><td class=\"n\">")
          .append(Numbers.percent(r.metrics().distributedTransactionFraction())).append("</td><td class=\"n\">")
          .append(Numbers.count(r.metrics().internodeRows())).append("</td><td class=\"n\">")
          .append(Numbers.count(r.metrics().internodeBytes())).append("</td><td class=\"n\">")
          .append(Numbers.ratio(r.metrics().loadSkew())).append("</td><td class=\"n\">")
          .append(Numbers.count(r.metrics().replicationWriteAmplification())).append("</td></tr>\n");
    }
    h.append("</table>\n");

    h.append("<h2>Colocation groups</h2>\n<ul>\n");
    ReportRows.groups(in).forEach((g, tables) -> h.append("<li>group ").append(g).append(": ")
        .append(Html.escape(String.join(", ", tables))).append("</li>\n"));
    h.append("</ul>\n");

    double w = ReportRows.referenceWriteFraction(in);
    h.append("<h2>Cost of replication</h2>\n<p>Reference tables take ").append(Numbers.percent(w))
        .append(" of their accesses as writes; with full replication on ").append(p.nodes())
        .append(" nodes the useful capacity is f(n, w) = n / (1 + w·(n − 1)) = ")
        .append(Numbers.ratio(Numbers.replicationScaleOut(p.nodes(), w))).append(" node(s) of work.</p>\n");

    h.append("<h2>Heaviest joins</h2>\n<table>\n<tr><th>left</th><th>right</th><th>statements</th></tr>\n");
    prof.joins().stream().limit(MarkdownReport.TOP_JOINS).forEach(j -> h.append("<tr><td>")
        .append(Html.escape(j.left().toString())).append("</td><td>").append(Html.escape(j.right().toString()))
        .append("</td><td class=\"n\">").append(Numbers.count(j.weight())).append("</td></tr>\n"));
    h.append("</table>\n");

    h.append("<h2>Skipped input</h2>\n");
    if (prof.skipped().isEmpty()) {
      h.append("<p>Nothing was skipped.</p>\n");
    } else {
      h.append("<table>\n<tr><th>reason</th><th>count</th></tr>\n");
      for (SkipReason s : prof.skipped()) {
        h.append("<tr><td>").append(Html.escape(s.reason())).append("</td><td class=\"n\">")
            .append(Numbers.count(s.count())).append("</td></tr>\n");
      }
      h.append("</table>\n");
    }
    if (!in.advice().notes().isEmpty()) {
      h.append("<h2>Notes</h2>\n<ul>\n");
      in.advice().notes().forEach(n -> h.append("<li>").append(Html.escape(n)).append("</li>\n"));
      h.append("</ul>\n");
    }
    h.append("</body>\n</html>\n");
    return h.toString();
  }
}
