package shardplan.reports.section;

import java.util.ArrayList;
import java.util.List;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.doc.Table.Cell;
import shardplan.reports.doc.Table.Mark;
import shardplan.reports.model.Measured;

/** {@code measured}: figures measured on a real cluster against the predictions, when a file was given. */
public final class MeasuredSection {
  private MeasuredSection() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    Measured m = in.measured();
    if (m == null) {
      blocks.add(Paragraph.note("No measurement given. Give --measured FILE with a bench.json or a"
          + " 'replay --format json' output to compare measured figures with the predictions."));
      return new Section("measured", "Measured", blocks);
    }
    blocks.add(Paragraph.of("Measured on a cluster (" + m.kind() + ", " + m.source() + "): " + m.description() + "."));
    Table.Builder t = Table.builder().text("placement").number("throughput (tx/s)").number("p50 (ms)")
        .number("p95 (ms)").number("p99 (ms)").number("errors").number("distributed tx predicted")
        .number("distributed tx measured").number("multi-shard predicted").number("multi-shard measured");
    double bestTps = m.placements().stream().mapToDouble(Measured.Run::throughputTps).filter(v -> !Double.isNaN(v))
        .max().orElse(Double.NaN);
    double bestP95 = m.placements().stream().mapToDouble(Measured.Run::p95Ms).filter(v -> !Double.isNaN(v))
        .min().orElse(Double.NaN);
    for (Measured.Run r : m.placements()) {
      boolean many = m.placements().size() > 1;
      t.row(Names.display(r.name()),
          new Cell(Numbers.decimal(r.throughputTps(), 1), many && r.throughputTps() == bestTps ? Mark.BEST : Mark.NONE),
          Numbers.decimal(r.p50Ms(), 2),
          new Cell(Numbers.decimal(r.p95Ms(), 2), many && r.p95Ms() == bestP95 ? Mark.BEST : Mark.NONE),
          Numbers.decimal(r.p99Ms(), 2), r.errors() < 0 ? "–" : Numbers.count(r.errors()),
          fraction(r.predictedDistributedFraction()), fraction(r.measuredDistributedFraction()),
          r.predictedMultiShard() < 0 ? "–" : Numbers.count(r.predictedMultiShard()),
          r.measuredMultiShard() < 0 ? "–" : Numbers.count(r.measuredMultiShard()));
    }
    blocks.add(t.build());
    blocks.add(Paragraph.of("Higher throughput and lower latency are better; the best of each is marked."
        + " A dash is a figure the file does not give."));
    return new Section("measured", "Measured", blocks);
  }

  private static String fraction(double v) {
    return Double.isNaN(v) ? "–" : Numbers.percent(v);
  }
}
