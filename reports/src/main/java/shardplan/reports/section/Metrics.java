package shardplan.reports.section;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Table;
import shardplan.reports.doc.Table.Cell;
import shardplan.reports.doc.Table.Mark;
import shardplan.reports.svg.BarChart;
import shardplan.reports.svg.Legend;

/** The predicted metrics of the advice and its baselines, as a table and as charts. */
final class Metrics {
  /** One placement's metrics under the name it is shown with. */
  record Row(String name, PlacementMetrics metrics) {
  }

  /** A metric: its name, how to read it off, how to print it. Lower is better for all of them. */
  record Metric(String name, String axis, ToDoubleFunction<PlacementMetrics> value, Function<Double, String> format,
                boolean fraction) {
  }

  static final List<Metric> ALL = List.of(
      new Metric("distributed transactions", "distributed transactions (% of all transactions)",
          PlacementMetrics::distributedTransactionFraction, Numbers::percent, true),
      new Metric("multi-shard statements", "statements run on several shards",
          m -> m.routing().multiShardStatements(), v -> Numbers.count(v.longValue()), false),
      new Metric("internode rows", "rows crossing nodes", m -> m.internodeRows(), v -> Numbers.count(v.longValue()),
          false),
      new Metric("internode bytes", "bytes crossing nodes (estimate)", m -> m.internodeBytes(),
          v -> Numbers.count(v.longValue()), false),
      new Metric("load skew", "busiest node's share ÷ mean share (1.0 = even)", PlacementMetrics::loadSkew,
          Numbers::ratio, false),
      new Metric("replication write amplification", "extra row writes on replicas",
          m -> m.replicationWriteAmplification(), v -> Numbers.count(v.longValue()), false));

  private Metrics() {
  }

  static List<Row> rows(ReportInput in) {
    List<Row> rows = new ArrayList<>();
    rows.add(new Row(Names.ADVISED, in.advice().metrics()));
    in.advice().baselines().forEach((name, m) -> rows.add(new Row(name, m)));
    return rows;
  }

  /**
   * The best (lowest) value of a metric over the rows, as printed: ties at that precision are all
   * best. Null when every row prints the same value, for then none stands out.
   */
  static String best(List<Row> rows, Metric metric) {
    String best = null;
    double bestValue = Double.MAX_VALUE;
    java.util.Set<String> printed = new java.util.HashSet<>();
    for (Row r : rows) {
      double v = metric.value().applyAsDouble(r.metrics());
      printed.add(metric.format().apply(v));
      if (v < bestValue) {
        bestValue = v;
        best = metric.format().apply(v);
      }
    }
    return printed.size() > 1 ? best : null;
  }

  /** The metrics table; the best value of each column is marked (ties all marked). */
  static Table table(List<Row> rows) {
    Table.Builder t = Table.builder().text("placement");
    ALL.forEach(m -> t.number(m.name()));
    for (Row r : rows) {
      List<Object> cells = new ArrayList<>();
      cells.add(Names.display(r.name()));
      for (Metric m : ALL) {
        String text = m.format().apply(m.value().applyAsDouble(r.metrics()));
        cells.add(new Cell(text, text.equals(best(rows, m)) ? Mark.BEST : Mark.NONE));
      }
      t.row(cells.toArray());
    }
    return t.build();
  }

  /** A bar chart of one metric; the best bar is coloured as best, whichever placement it is. */
  static String chart(List<Row> rows, Metric metric, double max) {
    List<BarChart.Bar> bars = new ArrayList<>();
    String best = best(rows, metric);
    for (Row r : rows) {
      double v = metric.value().applyAsDouble(r.metrics());
      String text = metric.format().apply(v);
      bars.add(new BarChart.Bar(Names.display(r.name()), v, text,
          text.equals(best) ? "best" : "other"));
    }
    java.util.function.DoubleFunction<String> ticks = metric.fraction()
        ? v -> Numbers.compact(v * 100) + " %" : Numbers::compact;
    return BarChart.svg(metric.name() + " (lower is better)", metric.axis(), bars, ticks, max, null,
        List.of(new Legend("best", "best of the placements"), new Legend("other", "the others")));
  }
}
