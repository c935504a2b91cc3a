package shardplan.partitioner.rowgraph;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.model.AccessKind.INSERT;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

class RowGraphBuilderTest {
  private static ProfileBuilder schema() {
    return new ProfileBuilder()
        .table("a", List.of("k1", "k2"), "k1 integer", "k2 integer", "g integer")
        .table("b", List.of("id"), "id integer", "a_k1 integer");
  }

  private static Map<String, List<String>> columns() {
    Map<String, List<String>> m = new LinkedHashMap<>();
    m.put("a", List.of("k1", "k2", "g"));
    m.put("b", List.of("id", "a_k1"));
    return m;
  }

  private static RowGraph build(WorkloadProfile p, int cliqueLimit, int maxVertices) {
    return new RowGraphBuilder(p.schema(), columns(), cliqueLimit, maxVertices).build(p.transactionStream());
  }

  private static long edge(WeightedGraph g, int u, int v) {
    for (int e = g.edgeBegin(u); e < g.edgeEnd(u); e++) {
      if (g.adjacent(e) == v) {
        return g.edgeWeight(e);
      }
    }
    return 0;
  }

  @Test
  void rowsNamedByTheirFullKeyAreOneVertexWeightedByAccessesAndCoAccessIsAnEdgeWeightedByTransactions() {
    ProfileBuilder b = schema();
    for (int i = 0; i < 3; i++) {
      b.begin().access("a", READ, "k1", 1, "k2", 2).access("b", UPDATE, "id", 7).access("a", UPDATE, "k2", 2, "k1", 1)
          .commit();
    }
    RowGraph g = build(b.build(), 12, 1000);
    assertThat(g.graph().vertexCount()).isEqualTo(2);
    assertThat(g.graph().vertexWeight(0)).isEqualTo(6);
    assertThat(g.graph().vertexWeight(1)).isEqualTo(3);
    assertThat(edge(g.graph(), 0, 1)).isEqualTo(3);
    assertThat(g.sampleRate()).isEqualTo(1.0);
  }

  @Test
  void accessesWithoutTheFullKeyNameAGroupOfRowsAndTellTheirBoundValues() {
    ProfileBuilder b = schema();
    b.begin().access("a", READ, "g", 5, "k1", 1).access("a", READ, "k1", 1, "g", 5).access("b", READ, "id", 1, "a_k1", 1)
        .commit();
    RowGraph g = build(b.build(), 12, 1000);
    assertThat(g.graph().vertexCount()).isEqualTo(2);
    int k1 = g.columnIndex(0, "k1");
    int gc = g.columnIndex(0, "g");
    assertThat(g.value(0, k1)).isEqualTo(g.value(1, g.columnIndex(1, "a_k1")));
    assertThat(g.value(0, gc)).isNotNegative();
    assertThat(g.value(0, g.columnIndex(0, "k2"))).isEqualTo(-1);
  }

  @Test
  void anInListOnAKeyColumnNamesEveryRow() {
    ProfileBuilder b = schema();
    b.begin().access("a", READ, "k1", 1, "k2", List.of(1, 2, 3)).commit();
    RowGraph g = build(b.build(), 12, 1000);
    assertThat(g.graph().vertexCount()).isEqualTo(3);
    assertThat(g.graph().edgeCount()).isEqualTo(3);
  }

  @Test
  void largeTransactionsAddAStarNotAClique() {
    ProfileBuilder b = schema();
    b.begin();
    for (int i = 0; i < 20; i++) {
      b.access("b", INSERT, "id", i, "a_k1", 1);
    }
    b.commit();
    RowGraph g = build(b.build(), 5, 1000);
    assertThat(g.graph().vertexCount()).isEqualTo(20);
    assertThat(g.graph().edgeCount()).isEqualTo(19);
    assertThat(g.graph().degree(0)).isEqualTo(19);
    assertThat(g.starTransactions()).isEqualTo(1);
  }

  @Test
  void abortedTransactionsAndUnboundScansAddNothing() {
    ProfileBuilder b = schema();
    b.begin().access("b", INSERT, "id", 1).access("b", INSERT, "id", 2).rollback();
    b.begin().access("b", READ).access("a", READ).commit();
    RowGraph g = build(b.build(), 12, 1000);
    assertThat(g.graph().vertexCount()).isZero();
    assertThat(g.transactions()).isEqualTo(1);
    assertThat(g.transactionsWithRows()).isZero();
  }

  @Test
  void tooManyRowsSampleTransactionsAndReportTheRate() {
    ProfileBuilder b = schema();
    for (int i = 0; i < 2000; i++) {
      b.begin().access("b", INSERT, "id", i).commit();
    }
    RowGraph g = build(b.build(), 12, 600);
    assertThat(g.sampleRate()).isEqualTo(0.25);
    assertThat(g.graph().vertexCount()).isBetween(300, 600);
    assertThat((double) g.transactions()).isEqualTo(g.graph().vertexCount());
  }

  @Test
  void theSameInputGivesTheSameGraph() {
    ProfileBuilder b = schema();
    for (int i = 0; i < 300; i++) {
      b.begin().access("a", READ, "k1", i % 7, "k2", i % 5).access("b", UPDATE, "id", i % 11).commit();
    }
    WorkloadProfile p = b.build();
    RowGraph x = build(p, 12, 1000);
    RowGraph y = build(p, 12, 1000);
    assertThat(x.graph().adjncy()).isEqualTo(y.graph().adjncy());
    assertThat(x.graph().adjwgt()).isEqualTo(y.graph().adjwgt());
    assertThat(x.graph().vwgt()).isEqualTo(y.graph().vwgt());
  }

  @Test
  void aGraphBuiltWithMoreColumnsProjectsToTheGraphOfFewer() {
    ProfileBuilder b = schema();
    for (int i = 0; i < 300; i++) {
      b.begin().access("a", READ, "k1", i % 7, "k2", i % 5, "g", i % 3).access("b", UPDATE, "id", i % 11, "a_k1", i % 7)
          .commit();
    }
    WorkloadProfile p = b.build();
    Map<String, List<String>> fewer = new LinkedHashMap<>();
    fewer.put("a", List.of("g", "k1"));
    fewer.put("b", List.of("a_k1"));
    RowGraph direct = new RowGraphBuilder(p.schema(), fewer, 12, 1000).build(p.transactionStream());
    RowGraph projected = build(p, 12, 1000).project(fewer);
    assertThat(projected.columns()).isEqualTo(direct.columns());
    assertThat(projected.graph().adjncy()).isEqualTo(direct.graph().adjncy());
    assertThat(projected.graph().adjwgt()).isEqualTo(direct.graph().adjwgt());
    int n = direct.graph().vertexCount();
    for (int u = 0; u < n; u++) {
      for (int v = 0; v < n; v++) {
        if (direct.vertexTable()[u] != direct.vertexTable()[v]) {
          continue;
        }
        for (int c = 0; c < direct.columns().get(direct.vertexTable()[u]).size(); c++) {
          assertThat(projected.value(u, c) == projected.value(v, c))
              .as("same value of column %d for vertices %d and %d", c, u, v)
              .isEqualTo(direct.value(u, c) == direct.value(v, c));
          assertThat(projected.value(u, c) < 0).isEqualTo(direct.value(u, c) < 0);
        }
      }
    }
  }
}
