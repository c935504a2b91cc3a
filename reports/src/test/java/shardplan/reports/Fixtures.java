package shardplan.reports;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TableEvidence;
import shardplan.partitioner.model.TablePlacement;
import shardplan.reports.model.Measured;
import shardplan.reports.model.SchemaChange;

/** A small store workload with its advice, built by hand. */
final class Fixtures {
  private Fixtures() {
  }

  static Table table(String name, String... columns) {
    return new Table(name, java.util.Arrays.stream(columns).map(c -> new Column(c, "integer", "", true)).toList(),
        List.of(columns[0]), List.of(), List.of(), TableStatistics.UNKNOWN, Map.of());
  }

  static ReportInput store() {
    Schema schema = new Schema(List.of(table("item", "i_id", "i_price"), table("customer", "c_id"),
        table("orders", "o_id", "o_c_id"), table("order_line", "ol_o_id", "ol_c_id", "ol_i_id")));
    List<TableUsage> usage = List.of(
        new TableUsage("item", new OperationCounts(9000, 0, 12, 0), OperationCounts.ZERO, -1, -1),
        new TableUsage("customer", new OperationCounts(4000, 100, 300, 0), OperationCounts.ZERO, -1, -1),
        new TableUsage("orders", new OperationCounts(1500, 700, 0, 0), new OperationCounts(0, 7, 0, 0), -1, -1),
        new TableUsage("order_line", new OperationCounts(1500, 3500, 0, 0), OperationCounts.ZERO, -1, -1));
    List<JoinEdge> joins = List.of(
        new JoinEdge(new ColumnRef("order_line", "ol_i_id"), new ColumnRef("item", "i_id"), 1500),
        new JoinEdge(new ColumnRef("orders", "o_id"), new ColumnRef("order_line", "ol_o_id"), 900));
    WorkloadProfile profile = new WorkloadProfile(schema, 20612, 6000, 7, usage, List.of(), joins, List.of(),
        TransactionStream.EMPTY, true, 26000, List.of(new SkipReason("unparseable_sql", 3, List.of("SELECT $1 <<>>"))));
    Placement placement = new Placement(4, 32, List.of(
        new TablePlacement("item", PlacementKind.REFERENCE, null, 0, "read-mostly: 0.13 % of accesses are writes",
            new TableEvidence(9000, 12, 0.0013, 1000, 36, 900, 1.0)),
        new TablePlacement("customer", PlacementKind.DISTRIBUTED, "c_id", 1, "every access names c_id",
            new TableEvidence(4000, 400, 0.09, 3000, 1200, 40, 0.98)),
        new TablePlacement("orders", PlacementKind.DISTRIBUTED, "o_c_id", 1, "joined with customer on the customer id",
            new TableEvidence(1500, 700, 0.318, -1, 2100, 120, 0.91)),
        TablePlacement.distributed("order_line", "ol_c_id", 2, "written with its order | colocated")));
    Map<String, PlacementMetrics> baselines = new LinkedHashMap<>();
    baselines.put("hashPrimaryKey", new PlacementMetrics(0.62, 48000, 3_840_000, 1.08, 0, 6000));
    baselines.put("replicateAll", new PlacementMetrics(0.71, 0, 0, 1.0, 13836, 6000));
    Advice advice = new Advice(placement, new PlacementMetrics(0.004, 350, 28000, 1.42, 36, 6000), baselines,
        List.of("search stopped: no better move"));
    return new ReportInput("store <demo>", advice, profile)
        .withSchemaChanges(List.of(new SchemaChange("order_line", SchemaChange.Kind.FOREIGN_KEY_LEFT_OUT, "orders",
            "foreign key order_line(ol_o_id) → orders left out: the tables are in different colocation groups")))
        .withMeasured(new Measured("bench.json", "bench", "store, scale 2, 4 nodes, postgres-fdw", List.of(
            new Measured.Run("advised", 812.5, 3.1, 9.8, 15.2, 0, 0.004, 0.006, -1, -1),
            new Measured.Run("hashPrimaryKey", 301.0, 8.2, 25.5, 40.1, 3, 0.62, 0.6, -1, -1))));
  }
}
