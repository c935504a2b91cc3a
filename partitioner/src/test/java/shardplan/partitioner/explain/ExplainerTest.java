package shardplan.partitioner.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.AccessSummary;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.fixture.SyntheticTpcc;
import shardplan.partitioner.rowgraph.RowGraph;
import shardplan.partitioner.rowgraph.RowGraphBuilder;

class ExplainerTest {
  private static final Map<String, String> WAREHOUSE_COLUMN = Map.of("warehouse", "w_id", "district", "d_w_id",
      "customer", "c_w_id", "history", "h_w_id", "new_order", "no_w_id", "orders", "o_w_id", "order_line", "ol_w_id",
      "stock", "s_w_id");

  private record Setup(WorkloadProfile profile, Map<String, List<String>> candidates, RowGraph rows) {}

  private static Setup tpcc() {
    WorkloadProfile p = SyntheticTpcc.generate(8, 3000, 0.01, 0.15, 3);
    Set<String> pset = new LinkedHashSet<>(WAREHOUSE_COLUMN.keySet());
    AccessSummary s = AccessSummary.scan(p, 1_000_000);
    Map<String, List<String>> cands = CandidateColumns.of(p, s, pset);
    RowGraph rg = new RowGraphBuilder(p.schema(), cands, 12, 1_000_000).build(p.transactionStream());
    return new Setup(p, cands, rg);
  }

  /** The part of each vertex by the value of its table's warehouse column (value ids are consistent). */
  private static int[] byWarehouse(RowGraph rg, int k) {
    int[] parts = new int[rg.graph().vertexCount()];
    for (int v = 0; v < parts.length; v++) {
      int t = rg.vertexTable()[v];
      int c = rg.columnIndex(t, WAREHOUSE_COLUMN.get(rg.tables().get(t)));
      int x = rg.value(v, c);
      parts[v] = x < 0 ? 0 : x % k;
    }
    return parts;
  }

  @Test
  void aPartitionByWarehouseIsExplainedAsWarehouseColumnsInOneColocationGroup() {
    Setup s = tpcc();
    Explanation e = new Explainer(s.profile(), s.candidates(), s.rows(), byWarehouse(s.rows(), 4), 4, Set.of())
        .explain();
    for (TableChoice c : e.choices()) {
      if (c.table().equals("history")) {
        // Both history columns name the paying warehouse or the customer's; either follows the partition.
        assertThat(c.column()).as(c.table()).isIn("h_w_id", "h_c_w_id");
      } else {
        assertThat(c.column()).as(c.table()).isEqualTo(WAREHOUSE_COLUMN.get(c.table()));
      }
      assertThat(c.colocationGroup()).as(c.table()).isEqualTo(1);
      assertThat(c.agreement()).as(c.table()).isGreaterThan(0.8);
      assertThat(c.reason()).contains("distributed on " + c.column());
    }
    assertThat(e.notes()).anyMatch(n -> n.contains("stopped"));
  }

  @Test
  void aRandomPartitionHasNoGoodColumnSoTablesFallBackToTheirPrimaryKeyOrReplication() {
    Setup s = tpcc();
    int[] parts = new int[s.rows().graph().vertexCount()];
    SplittableRandom r = new SplittableRandom(5);
    for (int v = 0; v < parts.length; v++) {
      parts[v] = r.nextInt(4);
    }
    Explanation e = new Explainer(s.profile(), s.candidates(), s.rows(), parts, 4, Set.of("district")).explain();
    TableChoice d = e.choice("district").orElseThrow();
    assertThat(d.replicated()).isTrue();
    assertThat(d.reason()).contains("small and rarely written");
    TableChoice c = e.choice("customer").orElseThrow();
    assertThat(List.of("c_w_id", "c_d_id", "c_id")).contains(c.column());
    assertThat(c.reason()).contains("primary key");
    // A unique column trivially keeps each row in its part, so it is never a fallback case.
    assertThat(e.choice("warehouse").orElseThrow().column()).isEqualTo("w_id");
    // A reason names a column the primary key only when it is part of it.
    for (TableChoice t : e.choices()) {
      if (t.reason().contains("on its primary key ")) {
        assertThat(s.profile().schema().table(t.table()).orElseThrow().primaryKey()).as(t.reason())
            .contains(t.column());
      }
    }
  }

  @Test
  void withoutRowDataTablesJoinedOnTheirChosenColumnsAreColocated() {
    ProfileBuilder b = new ProfileBuilder()
        .table("parent", List.of("id"), "id integer", "name text")
        .table("child", List.of("id"), "id integer", "parent_id integer")
        .table("other", List.of("code"), "code text");
    for (int i = 0; i < 10; i++) {
      b.begin().access("parent", READ).access("child", UPDATE).join("child.parent_id", "parent.id").commit();
      b.begin().access("other", UPDATE).commit();
    }
    WorkloadProfile p = b.build();
    Set<String> pset = new LinkedHashSet<>(List.of("parent", "child", "other"));
    Map<String, List<String>> cands = CandidateColumns.of(p, AccessSummary.scan(p, 100), pset);
    Explanation e = new Explainer(p, cands, null, null, 4, Set.of()).explain();
    assertThat(e.choice("parent").orElseThrow().column()).isEqualTo("id");
    assertThat(e.choice("child").orElseThrow().column()).isEqualTo("parent_id");
    assertThat(e.choice("child").orElseThrow().colocationGroup()).isEqualTo(e.choice("parent").orElseThrow()
        .colocationGroup());
    assertThat(e.choice("other").orElseThrow().colocationGroup()).isNotEqualTo(e.choice("parent").orElseThrow()
        .colocationGroup());
    assertThat(e.notes()).anyMatch(n -> n.contains("no row-level data"));
  }

  @Test
  void columnsOfDifferentTypesAreNeverColocated() {
    ProfileBuilder b = new ProfileBuilder()
        .table("a", List.of("id"), "id integer")
        .table("b", List.of("id"), "id bigint");
    for (int i = 0; i < 10; i++) {
      b.begin().access("a", UPDATE, "id", i).access("b", UPDATE, "id", i).commit();
    }
    WorkloadProfile p = b.build();
    Set<String> pset = new LinkedHashSet<>(List.of("a", "b"));
    Map<String, List<String>> cands = CandidateColumns.of(p, AccessSummary.scan(p, 100), pset);
    RowGraph rg = new RowGraphBuilder(p.schema(), cands, 12, 1000).build(p.transactionStream());
    int[] parts = new int[rg.graph().vertexCount()];
    for (int v = 0; v < parts.length; v++) {
      parts[v] = rg.value(v, 0) % 2;
    }
    Explanation e = new Explainer(p, cands, rg, parts, 2, Set.of()).explain();
    assertThat(e.choice("a").orElseThrow().colocationGroup()).isNotEqualTo(e.choice("b").orElseThrow()
        .colocationGroup());
  }
}
