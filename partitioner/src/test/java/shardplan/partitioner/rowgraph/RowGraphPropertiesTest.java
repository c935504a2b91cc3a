package shardplan.partitioner.rowgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.fixture.ProfileBuilder;

class RowGraphPropertiesTest {
  /**
   * Random transactions over two tables, each access naming a row by its key (or a group by a
   * non-key column); with cliques only, the graph's weights are exactly the counts.
   */
  @Test
  void vertexWeightsCountRowAccessesAndEdgeWeightsCountCoAccessingTransactions() {
    qt().withExamples(60)
        .forAll(lists().of(lists().of(integers().between(0, 30)).ofSizeBetween(1, 6)).ofSizeBetween(1, 40))
        .checkAssert(RowGraphPropertiesTest::weightsAreCounts);
  }

  private static void weightsAreCounts(List<List<Integer>> txs) {
    ProfileBuilder b = new ProfileBuilder()
        .table("a", List.of("id"), "id integer", "g integer")
        .table("b", List.of("x", "y"), "x integer", "y integer");
    for (List<Integer> tx : txs) {
      b.begin();
      for (int v : tx) {
        if (v % 3 == 0) {
          b.access("a", READ, "id", v % 7);
        } else if (v % 3 == 1) {
          b.access("b", UPDATE, "x", v % 4, "y", v % 5);
        } else {
          b.access("a", READ, "g", v % 2);
        }
      }
      b.commit();
    }
    WorkloadProfile p = b.build();
    Map<String, List<String>> cols = new LinkedHashMap<>();
    cols.put("a", List.of("id", "g"));
    cols.put("b", List.of("x", "y"));
    RowGraph g = new RowGraphBuilder(p.schema(), cols, 1000, 100_000).build(p.transactionStream());
    g.graph().checkSymmetric();

    long accesses = 0;
    long pairs = 0;
    Map<String, Table> tables = p.schema().byName();
    List<List<TableAccess>> all = new java.util.ArrayList<>();
    p.transactionStream().forEach(tx -> all.add(tx.accesses()));
    Set<Long> distinctRows = new HashSet<>();
    for (List<TableAccess> tx : all) {
      Set<Long> rows = new HashSet<>();
      for (TableAccess a : tx) {
        for (RowKey r : RowKeys.of(tables.get(a.table()), a)) {
          accesses++;
          rows.add(r.key());
        }
      }
      distinctRows.addAll(rows);
      pairs += (long) rows.size() * (rows.size() - 1) / 2;
    }
    assertThat(g.graph().vertexCount()).isEqualTo(distinctRows.size());
    assertThat(g.graph().totalVertexWeight()).isEqualTo(accesses);
    assertThat(g.graph().totalEdgeWeight()).isEqualTo(pairs);
    for (int v = 0; v < g.graph().vertexCount(); v++) {
      assertThat(g.vertexTable()[v]).isBetween(0, 1);
    }
  }
}
