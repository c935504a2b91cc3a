package shardplan.partitioner.multilevel.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WeightedGraphTest {

  @TempDir Path dir;

  @Test
  void builderMergesDuplicateEdgesAndStoresBothDirections() {
    WeightedGraph g = new WeightedGraph.Builder(3)
        .addEdge(0, 1, 2).addEdge(1, 0, 3).addEdge(1, 2, 1).addEdge(2, 2, 7).build();
    assertThat(g.vertexCount()).isEqualTo(3);
    assertThat(g.edgeCount()).isEqualTo(2);
    assertThat(g.adjncy()).containsExactly(1, 0, 2, 1);
    assertThat(g.adjwgt()).containsExactly(5, 5, 1, 1);
    assertThat(g.xadj()).containsExactly(0, 1, 3, 4);
    assertThat(g.totalEdgeWeight()).isEqualTo(6);
    g.checkSymmetric();
  }

  @Test
  void adjacencyListsAreSortedByNeighbour() {
    WeightedGraph g = TestGraphs.random(200, 8, true, 3);
    for (int v = 0; v < g.vertexCount(); v++) {
      for (int e = g.edgeBegin(v) + 1; e < g.edgeEnd(v); e++) {
        assertThat(g.adjacent(e)).isGreaterThan(g.adjacent(e - 1));
      }
    }
    g.checkSymmetric();
  }

  @Test
  void edgeCutCountsEachCutEdgeOnceWithItsWeight() {
    WeightedGraph g = new WeightedGraph.Builder(4)
        .addEdge(0, 1, 4).addEdge(1, 2, 3).addEdge(2, 3, 2).addEdge(3, 0, 1).build();
    assertThat(g.edgeCut(new int[] {0, 0, 1, 1})).isEqualTo(3 + 1);
    assertThat(g.edgeCut(new int[] {0, 1, 0, 1})).isEqualTo(10);
    assertThat(g.edgeCut(new int[] {2, 2, 2, 2})).isZero();
  }

  @Test
  void vertexWeightsDefaultToOneAndCanBeSet() {
    WeightedGraph g = new WeightedGraph.Builder(3).setVertexWeight(1, 5).build();
    assertThat(g.vwgt()).containsExactly(1, 5, 1);
    assertThat(g.totalVertexWeight()).isEqualTo(7);
    assertThat(g.partWeights(new int[] {0, 1, 0}, 2)).containsExactly(2, 5);
  }

  @Test
  void metisFormatRoundTripsWeights() throws IOException {
    WeightedGraph g = TestGraphs.random(300, 6, true, 11);
    Path file = dir.resolve("g.graph");
    g.writeMetis(file);
    assertThat(Files.readAllLines(file).get(0)).isEqualTo(
        g.vertexCount() + " " + g.edgeCount() + " 011");
    WeightedGraph back = WeightedGraph.readMetis(file);
    assertThat(back.xadj()).isEqualTo(g.xadj());
    assertThat(back.adjncy()).isEqualTo(g.adjncy());
    assertThat(back.adjwgt()).isEqualTo(g.adjwgt());
    assertThat(back.vwgt()).isEqualTo(g.vwgt());
  }

  @Test
  void readsUnweightedMetisFilesWithComments() throws IOException {
    Path file = dir.resolve("plain.graph");
    Files.writeString(file, "% a triangle and a pendant vertex\n4 4\n2 3\n1 3\n1 2 4\n3\n");
    WeightedGraph g = WeightedGraph.readMetis(file);
    assertThat(g.vertexCount()).isEqualTo(4);
    assertThat(g.edgeCount()).isEqualTo(4);
    assertThat(g.totalVertexWeight()).isEqualTo(4);
    assertThat(g.edgeCut(new int[] {0, 0, 0, 1})).isEqualTo(1);
  }

  @Test
  void rejectsMetisFilesThatEndEarly() throws IOException {
    Path file = dir.resolve("short.graph");
    Files.writeString(file, "3 1\n2\n1\n");
    assertThatThrownBy(() -> WeightedGraph.readMetis(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("2 of 3 vertex lines");
  }

  @Test
  void rejectsBadInput() {
    assertThatThrownBy(() -> new WeightedGraph.Builder(2).addEdge(0, 2, 1))
        .isInstanceOf(IndexOutOfBoundsException.class);
    assertThatThrownBy(() -> new WeightedGraph.Builder(2).addEdge(0, 1, 0))
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> WeightedGraph.ofCsr(new int[] {0, 1}, new int[] {5}, new int[] {1},
        new int[] {1})).hasMessageContaining("out of range");
    WeightedGraph g = TestGraphs.grid(2, 2);
    assertThatThrownBy(() -> g.edgeCut(new int[3])).hasMessageContaining("3 entries");
  }
}
