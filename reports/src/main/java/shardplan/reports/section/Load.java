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
    blocks.add(Paragraph.note("Not yet available: a shard placement plan against skew, and the per-node share after it."));
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
    blocks.add(Paragraph.note("Not yet available: hot rows (rows written by a large share of transactions from every"
        + " partition, such as counters) with the transactions they serialise."));
    return new Section("load", "Load per node", blocks);
  }
}
