package shardplan.reports.section;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TableEvidence;
import shardplan.partitioner.model.TablePlacement;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table.Builder;
import shardplan.reports.svg.BarChart;
import shardplan.reports.svg.Legend;
import shardplan.reports.svg.LineChart;

/**
 * {@code replicate-or-partition}: per table the reads, writes, update ratio, size and the cost on
 * each side; the update ratios against the threshold; the scale-out of the replicated set.
 */
public final class ReplicateOrPartition {
  /** Node counts of the scale-out table. */
  static final List<Integer> NODES = List.of(1, 2, 4, 8, 16, 32);

  private ReplicateOrPartition() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    double threshold = in.updateThreshold();
    blocks.add(Paragraph.of("A table whose update ratio (writes over all accesses) is above " + Numbers.ratio(threshold)
        + " is partitioned; below it, it is replicated unless the cost model finds partitioning cheaper or the table is"
        + " too large to copy to every node. Replicating costs each write once per node; partitioning costs the rows"
        + " that must cross nodes for the table's joins and transactions."));
    Builder t = shardplan.reports.doc.Table.builder().text("table").text("placement").number("reads").number("writes")
        .number("update ratio").number("rows").number("replicate cost").number("partition cost");
    boolean noEvidence = false;
    for (TablePlacement p : in.advice().placement().tables()) {
      OperationCounts c = in.profile().usage(p.table()).committed();
      TableEvidence e = p.evidence();
      noEvidence |= e == null;
      t.row(p.table(), p.kind().jsonName(), Numbers.count(c.reads()), Numbers.count(c.writes()),
          Numbers.ratio(c.updateRatio()), Numbers.countOrUnknown(rows(in, p, e)),
          e == null ? "–" : Numbers.decimal(e.replicateCost(), 0), e == null ? "–" : Numbers.decimal(e.partitionCost(), 0));
    }
    blocks.add(t.build());
    blocks.add(Paragraph.of("Costs are in row operations over the whole log: replicate cost = writes paid on every other"
        + " node; partition cost = rows that cross nodes under the chosen column."
        + (noEvidence ? " A dash means the placement was given, not advised, so it carries no costs." : "")));
    blocks.add(new Figure(updateRatioChart(in, threshold),
        "Update ratio per accessed table, highest first, with the partitioning threshold."));

    double w = referenceWriteFraction(in);
    long refs = in.advice().placement().tables().stream().filter(x -> x.kind() == PlacementKind.REFERENCE).count();
    blocks.add(Paragraph.of("Scale-out of the replicated set: with write fraction w on n full replicas, the useful"
        + " capacity is f(n, w) = n / (1 + w·(n − 1)) nodes of work. The " + refs + " reference table"
        + (refs == 1 ? " takes " : "s take ") + Numbers.percent(w) + " of " + (refs == 1 ? "its" : "their")
        + " accesses as writes (w = " + Numbers.ratio(w) + "): on " + in.advice().placement().nodes() + " nodes "
        + (refs == 1 ? "it gives " : "they give ") + Numbers.ratio2(Numbers.replicationScaleOut(
            in.advice().placement().nodes(), w)) + " nodes of work."));
    Builder s = shardplan.reports.doc.Table.builder().number("nodes").number("f(n, w) replicated set")
        .number("f(n, " + Numbers.ratio(threshold) + ") at the threshold").number("ideal (w = 0)");
    for (int n : NODES) {
      s.row(Integer.toString(n), Numbers.ratio2(Numbers.replicationScaleOut(n, w)),
          Numbers.ratio2(Numbers.replicationScaleOut(n, threshold)), Integer.toString(n));
    }
    blocks.add(s.build());
    blocks.add(new Figure(scaleOutChart(w, threshold), "Scale-out f(n, w) of full replication."));
    return new Section("replicate-or-partition", "Replicate or partition", blocks);
  }

  private static long rows(ReportInput in, TablePlacement p, TableEvidence e) {
    if (e != null && e.estimatedRows() >= 0) {
      return e.estimatedRows();
    }
    return in.profile().schema().table(p.table()).map(Table::statistics).map(s -> s.estimatedRows()).orElse(-1L);
  }

  private static String updateRatioChart(ReportInput in, double threshold) {
    List<TablePlacement> tables = new ArrayList<>(in.advice().placement().tables());
    tables.removeIf(p -> in.profile().usage(p.table()).committed().total() == 0);
    tables.sort(Comparator.comparingDouble((TablePlacement p) -> -in.profile().usage(p.table()).committed().updateRatio())
        .thenComparing(TablePlacement::table));
    List<BarChart.Bar> bars = new ArrayList<>();
    for (TablePlacement p : tables) {
      double r = in.profile().usage(p.table()).committed().updateRatio();
      bars.add(new BarChart.Bar(p.table(), r, Numbers.ratio(r), switch (p.kind()) {
        case REFERENCE -> "ref";
        case LOCAL -> "local";
        default -> "dist";
      }));
    }
    return BarChart.svg("Update ratio per table", "update ratio (writes ÷ all accesses)", bars, Numbers::ratio2,
        1.0, new BarChart.Marker(threshold, "threshold " + Numbers.ratio(threshold)),
        List.of(new Legend("ref", "reference (replicated)"), new Legend("dist", "distributed"),
            new Legend("local", "local (coordinator)")));
  }

  private static String scaleOutChart(double w, double threshold) {
    List<double[]> set = new ArrayList<>();
    List<double[]> atThreshold = new ArrayList<>();
    List<double[]> ideal = new ArrayList<>();
    for (int n = 1; n <= 32; n++) {
      set.add(new double[] {n, Numbers.replicationScaleOut(n, w)});
      atThreshold.add(new double[] {n, Numbers.replicationScaleOut(n, threshold)});
      ideal.add(new double[] {n, n});
    }
    return LineChart.svg("Scale-out of the replicated set, f(n, w) = n / (1 + w·(n − 1))",
        new LineChart.Axes("nodes n", "useful capacity (nodes of work)", List.of(1.0, 2.0, 4.0, 8.0, 16.0, 32.0),
            false, 0, Numbers::compact),
        List.of(new LineChart.Series("replicated set, w = " + Numbers.ratio(w), sparse(set)),
            new LineChart.Series("at the threshold, w = " + Numbers.ratio(threshold), sparse(atThreshold)),
            new LineChart.Series("ideal, w = 0", sparse(ideal))));
  }

  /** Keeps the points at the node counts of the table, so markers sit where the table has numbers. */
  private static List<double[]> sparse(List<double[]> points) {
    List<double[]> out = new ArrayList<>();
    for (double[] p : points) {
      if (NODES.contains((int) p[0]) || p[0] % 4 == 0) {
        out.add(p);
      }
    }
    return out;
  }

  /** Writes to reference tables over all accesses of reference tables; 0 when there are none. */
  static double referenceWriteFraction(ReportInput in) {
    long writes = 0;
    long total = 0;
    for (TablePlacement t : in.advice().placement().tables()) {
      if (t.kind() == PlacementKind.REFERENCE) {
        OperationCounts c = in.profile().usage(t.table()).committed();
        writes += c.writes();
        total += c.total();
      }
    }
    return total == 0 ? 0.0 : (double) writes / total;
  }
}
