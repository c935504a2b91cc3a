package shardplan.reports;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.TableUsage;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;

/**
 * The rows every report format shows, computed once so that Markdown and HTML say the same.
 */
final class ReportRows {
  /** One table of the placement with its workload numbers. */
  record TableRow(String table, String placement, String column, String group, long reads, long writes,
                  double updateRatio, String reason) {
  }

  /** One placement's metrics, under the name it is shown with. */
  record MetricsRow(String name, PlacementMetrics metrics) {
  }

  private ReportRows() {
  }

  static List<TableRow> tables(ReportInput in) {
    List<TableRow> rows = new ArrayList<>();
    for (TablePlacement t : in.advice().placement().tables()) {
      TableUsage u = in.profile().usage(t.table());
      OperationCounts c = u.committed();
      boolean dist = t.kind() == PlacementKind.DISTRIBUTED;
      rows.add(new TableRow(t.table(), t.kind().jsonName(), dist ? t.column() : "",
          dist ? Integer.toString(t.colocationGroup()) : "", c.reads(), c.writes(), c.updateRatio(), t.reason()));
    }
    return rows;
  }

  static List<MetricsRow> metrics(ReportInput in) {
    List<MetricsRow> rows = new ArrayList<>();
    rows.add(new MetricsRow("advised", in.advice().metrics()));
    in.advice().baselines().forEach((name, m) -> rows.add(new MetricsRow(name, m)));
    return rows;
  }

  /** Colocation group number → its tables with their columns, in group order. */
  static Map<Integer, List<String>> groups(ReportInput in) {
    Map<Integer, List<String>> out = new LinkedHashMap<>();
    in.advice().placement().colocationGroups().forEach((g, tables) -> {
      List<String> names = new ArrayList<>();
      tables.forEach(t -> names.add(t.table() + "(" + t.column() + ")"));
      out.put(g, names);
    });
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
