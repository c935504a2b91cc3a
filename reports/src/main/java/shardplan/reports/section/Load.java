package shardplan.reports.section;

import java.util.ArrayList;
import java.util.List;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.model.HotKey;
import shardplan.reports.svg.BarChart;
import shardplan.reports.svg.Legend;

/**
 * {@code load}: each node's share of the row accesses under the advice, the hottest keys (by
 * rank; values only with {@code --show-values}) and the hot rows.
 */
public final class Load {
  private Load() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    List<Long> nodes = in.evaluation().nodeAccesses();
    if (nodes.isEmpty()) {
      blocks.add(Paragraph.note("Per-node load is not known: the input has no transactions with values"
          + " (a pg_stat_statements export), so keys cannot be mapped to nodes."));
    } else {
      long total = nodes.stream().mapToLong(Long::longValue).sum();
      double mean = total / (double) nodes.size();
      long max = nodes.stream().mapToLong(Long::longValue).max().orElse(0);
      blocks.add(Paragraph.of("Row accesses per node under the advice, keys mapped to nodes as Citus maps them"
          + " (PostgreSQL's hash, " + in.advice().placement().shardCount() + " hash ranges, shards round-robin)."
          + " Load skew " + Numbers.ratio(mean == 0 ? 1.0 : max / mean) + ": the busiest node's share over the mean"
          + " share of " + Numbers.share(1.0 / nodes.size()) + "."
          + (in.evaluation().sampled() ? " Computed on the sampled transactions." : "")));
      Table.Builder t = Table.builder().text("node").number("row accesses").number("share").number("÷ mean");
      List<BarChart.Bar> bars = new ArrayList<>();
      for (int i = 0; i < nodes.size(); i++) {
        long v = nodes.get(i);
        double share = total == 0 ? 0 : (double) v / total;
        t.row("node " + (i + 1), Numbers.count(v), Numbers.share(share), Numbers.ratio2(mean == 0 ? 0 : v / mean));
        bars.add(new BarChart.Bar("node " + (i + 1), share, Numbers.share(share), v == max ? "hot" : "dist"));
      }
      blocks.add(t.build());
      blocks.add(new Figure(BarChart.svg("Share of row accesses per node (before any shard moves)",
          "share of all row accesses (%)", bars, v -> Numbers.compact(v * 100) + " %", 0,
          new BarChart.Marker(1.0 / nodes.size(), "even share " + Numbers.share(1.0 / nodes.size())),
          List.of(new Legend("hot", "busiest node"), new Legend("dist", "other nodes"))),
          "Share of row accesses per node, with the even share."));
    }
    var plan = in.advice().skewPlan();
    if (plan == null) {
      blocks.add(Paragraph.of("No shard placement plan: the predicted skew is within the limit of "
          + Numbers.ratio2(shardplan.partitioner.model.SkewPlan.LIMIT) + "."));
    } else {
      blocks.add(Paragraph.of("Shard placement plan against skew: load skew " + Numbers.ratio(plan.skewBefore())
          + " before, " + Numbers.ratio(plan.skewAfter()) + " after " + plan.moves().size() + " move"
          + (plan.moves().size() == 1 ? "" : "s") + (plan.stop() == null ? "." : " (" + plan.stop() + ").")
          + " The plan weighs the load by the key frequencies the design search counts, so its \"before\" differs"
          + " somewhat from the row accesses above."));
      Table.Builder sp = Table.builder().text("node").number("share before").number("share after");
      List<BarChart.Bar> after = new ArrayList<>();
      int n = Math.max(plan.loadBefore().size(), plan.loadAfter().size());
      double sb = plan.loadBefore().stream().mapToDouble(Double::doubleValue).sum();
      double sa = plan.loadAfter().stream().mapToDouble(Double::doubleValue).sum();
      for (int i = 0; i < n; i++) {
        double b = i < plan.loadBefore().size() && sb > 0 ? plan.loadBefore().get(i) / sb : 0;
        double a = i < plan.loadAfter().size() && sa > 0 ? plan.loadAfter().get(i) / sa : 0;
        sp.row("node " + (i + 1), Numbers.share(b), Numbers.share(a));
        after.add(new BarChart.Bar("node " + (i + 1), a, Numbers.share(a), "dist"));
      }
      blocks.add(sp.build());
      blocks.add(new Figure(BarChart.svg("Share of accesses per node after the plan", "share of all accesses (%)",
          after, v -> Numbers.compact(v * 100) + " %", 0, n == 0 ? null : new BarChart.Marker(1.0 / n,
              "even share " + Numbers.share(1.0 / n)), List.of()), "Per-node share after the shard moves."));
      Table.Builder mv = Table.builder().text("step").text("table").number("group").number("shard").text("from")
          .text("to").number("load share").text("key");
      for (var m : plan.moves()) {
        mv.row(m.kind(), m.table(), Integer.toString(m.colocationGroup()), Integer.toString(m.shardIndex()),
            "node " + (m.fromNode() + 1), "node " + (m.toNode() + 1), Numbers.share(m.loadShare()),
            m.value() == null ? "–" : in.showValues() ? m.value() : "hidden");
      }
      if (!plan.moves().isEmpty()) {
        blocks.add(mv.build());
      }
    }
    List<HotKey> hot = in.evaluation().hotKeys();
    if (hot.isEmpty()) {
      blocks.add(Paragraph.of("No hot keys: no access bound a distribution column with a value."));
    } else {
      blocks.add(Paragraph.of("Hottest distribution-key values by rank"
          + (in.showValues() ? " (values shown: --show-values)." : "; values are hidden (give --show-values to see them).")));
      Table.Builder k = Table.builder().number("rank").text("table").text("column").text("value").number("accesses")
          .number("share of the table's keyed accesses").text("node");
      for (HotKey h : hot) {
        k.row(Integer.toString(h.rank()), h.table(), h.column(), h.value() == null ? "hidden" : h.value(),
            Numbers.count(h.accesses()), Numbers.share(h.shareOfTable()), "node " + (h.node() + 1));
      }
      blocks.add(k.build());
    }
    if (in.advice().hotRows().isEmpty()) {
      blocks.add(Paragraph.of("No hot rows: no row is written by a large share of the transactions."));
    } else {
      blocks.add(Paragraph.of("Hot rows, by rank (rows written by a large share of transactions, which serialise"
          + " them; values hidden). The e-commerce scaling work behind this method gives each node a share of such a"
          + " counter or stock level, refreshed from a primary when it runs low."));
      Table.Builder hr = Table.builder().number("rank").text("table").text("key columns").number("share of writes")
          .number("writing transactions").text("statements");
      for (var h : in.advice().hotRows()) {
        hr.row(Integer.toString(h.rank()), h.table(), String.join(", ", h.keyColumns()), Numbers.share(h.writeShare()),
            Numbers.count(h.writers()), String.join(", ", h.statements().stream().map(Routing::shortId).toList()));
      }
      blocks.add(hr.build());
    }
    return new Section("load", "Load per node", blocks);
  }
}
