package shardplan.reports.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.DoubleFunction;
import java.util.function.ToDoubleFunction;
import shardplan.reports.Numbers;
import shardplan.reports.ReportEvaluation;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.doc.Table.Cell;
import shardplan.reports.doc.Table.Mark;
import shardplan.reports.model.ScalingPoint;
import shardplan.reports.svg.LineChart;

/**
 * {@code scaling}: the advice and the baselines evaluated at 2, 4, 8, 16 and 32 nodes (same tables,
 * columns and groups; the cost model run at each node count).
 */
public final class Scaling {
  private record Metric(String name, String axis, ToDoubleFunction<ScalingPoint> value,
                        java.util.function.Function<Double, String> format, DoubleFunction<String> ticks, double max) {
  }

  private static final List<Metric> METRICS = List.of(
      new Metric("distributed transactions", "distributed transactions (% of all)",
          ScalingPoint::distributedTransactionFraction, Numbers::percent, v -> Numbers.compact(v * 100) + " %", 1.0),
      new Metric("multi-shard statements", "statements on several shards (% of statements)",
          ScalingPoint::multiShardStatementFraction, Numbers::percent, v -> Numbers.compact(v * 100) + " %", 1.0),
      new Metric("load skew", "busiest node ÷ mean (1.0 = even)", ScalingPoint::loadSkew, Numbers::ratio,
          Numbers::compact, 0),
      new Metric("replication write amplification", "extra row writes on replicas",
          p -> p.replicationWriteAmplification(), v -> Numbers.count(v.longValue()), Numbers::compact, 0));

  private Scaling() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    List<ScalingPoint> points = in.evaluation().scaling();
    if (points.isEmpty()) {
      blocks.add(Paragraph.note("Not computed: the input has no transactions with values (a pg_stat_statements"
          + " export), so the placement cannot be evaluated at other node counts."));
      return new Section("scaling", "Scaling", blocks);
    }
    blocks.add(Paragraph.of("Each placement evaluated with the cost model at " + ReportEvaluation.NODE_COUNTS
        .stream().map(String::valueOf).reduce((a, b) -> a + ", " + b).orElse("") + " nodes: the same tables, columns"
        + " and groups, " + in.advice().placement().shardCount() + " shards per table. Lower is better; the best value"
        + " at each node count is marked."));
    Map<String, List<ScalingPoint>> byPlacement = new LinkedHashMap<>();
    points.forEach(p -> byPlacement.computeIfAbsent(p.placement(), k -> new ArrayList<>()).add(p));
    Table.Builder t = Table.builder().number("nodes").text("placement");
    METRICS.forEach(m -> t.number(m.name()));
    for (int n : ReportEvaluation.NODE_COUNTS) {
      List<ScalingPoint> at = points.stream().filter(p -> p.nodes() == n).toList();
      for (ScalingPoint p : at) {
        List<Object> cells = new ArrayList<>();
        cells.add(Integer.toString(n));
        cells.add(Names.display(p.placement()));
        for (Metric m : METRICS) {
          String text = m.format().apply(m.value().applyAsDouble(p));
          double best = at.stream().mapToDouble(m.value()).min().orElse(0);
          boolean allEqual = at.stream().map(x -> m.format().apply(m.value().applyAsDouble(x))).distinct().count() == 1;
          cells.add(new Cell(text, !allEqual && text.equals(m.format().apply(best)) ? Mark.BEST : Mark.NONE));
        }
        t.row(cells.toArray());
      }
    }
    blocks.add(t.build());
    List<Double> ticks = ReportEvaluation.NODE_COUNTS.stream().map(Integer::doubleValue).toList();
    for (Metric m : METRICS) {
      List<LineChart.Series> series = new ArrayList<>();
      byPlacement.forEach((name, list) -> {
        List<double[]> pts = new ArrayList<>();
        list.forEach(p -> pts.add(new double[] {p.nodes(), m.value().applyAsDouble(p)}));
        series.add(new LineChart.Series(Names.display(name), pts));
      });
      blocks.add(new Figure(LineChart.svg(m.name() + " by node count",
          new LineChart.Axes("nodes (log scale)", m.axis(), ticks, true, m.max(), m.ticks()), series),
          m.name() + " at 2 to 32 nodes."));
    }
    return new Section("scaling", "Scaling", blocks);
  }
}
