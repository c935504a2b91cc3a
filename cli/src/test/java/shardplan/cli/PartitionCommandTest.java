package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PartitionCommandTest {
  @TempDir Path dir;

  /** Two triangles joined by one light edge, with vertex and edge weights (fmt 011). */
  private static final String TWO_TRIANGLES = """
      % two triangles 1-2-3 and 4-5-6, joined by 3-4
      6 7 011
      1 2 5 3 5
      1 1 5 3 5
      1 1 5 2 5 4 1
      1 3 1 5 5 6 5
      1 4 5 6 5
      1 4 5 5 5
      """;

  @Test
  void writesOnePartPerLineBesideTheGraphAndPrintsCutBalanceAndTime() throws Exception {
    Path g = dir.resolve("g.graph");
    Files.writeString(g, TWO_TRIANGLES);
    CliRun r = CliRun.of("partition", g.toString(), "2");
    assertThat(r.err()).isEmpty();
    assertThat(r.exit()).isZero();
    List<String> parts = Files.readAllLines(dir.resolve("g.graph.part.2"));
    assertThat(parts).hasSize(6);
    assertThat(parts.subList(0, 3)).containsOnly(parts.get(0));
    assertThat(parts.subList(3, 6)).containsOnly(parts.get(3));
    assertThat(parts.get(0)).isNotEqualTo(parts.get(3));
    assertThat(r.out()).contains("edge cut: 1 of 31").contains("balance: 1.000")
        .contains("time: read").contains("wrote " + g + ".part.2");
  }

  @Test
  void theSameSeedGivesTheSameFile() throws Exception {
    Path g = dir.resolve("grid.graph");
    StringBuilder sb = new StringBuilder();
    int side = 30;
    sb.append(side * side).append(' ').append(2 * side * (side - 1)).append('\n');
    for (int v = 0; v < side * side; v++) {
      int row = v / side;
      int col = v % side;
      StringBuilder line = new StringBuilder();
      if (row > 0) line.append(v - side + 1).append(' ');
      if (col > 0) line.append(v).append(' ');
      if (col < side - 1) line.append(v + 2).append(' ');
      if (row < side - 1) line.append(v + side + 1).append(' ');
      sb.append(line.toString().trim()).append('\n');
    }
    Files.writeString(g, sb);
    Path a = dir.resolve("a");
    Path b = dir.resolve("b");
    assertThat(CliRun.of("partition", g.toString(), "7", "--seed", "3", "--output", a.toString()).exit()).isZero();
    assertThat(CliRun.of("partition", g.toString(), "7", "--seed", "3", "--output", b.toString()).exit()).isZero();
    assertThat(Files.readAllLines(a)).isEqualTo(Files.readAllLines(b)).hasSize(side * side);
  }

  @Test
  void malformedGraphsGiveOneLineErrors() throws Exception {
    assertError("3 2\n2\n1\n\n", "the header announces 2 edges but the vertex lines list 2 neighbours");
    assertError("3 2\n2 3\n3\n1\n", "the edge 1-2 is listed on vertex 1's line but not on vertex 2's");
    assertError("2 1 001\n2 4\n1 3\n", "the edge 1-2 has weight 4 on one end and 3 on the other");
    assertError("2 1\n3\n1\n", "neighbour 3 of vertex 1 outside [1, 2]");
    assertError("3 1\n2\n1\n", "the file ends after 2 of 3 vertex lines");
    assertError("2 1 2\n2\n1\n", "fmt must be up to three binary digits");
    assertError("2 1 010\n-1 2\n1 1\n", "vertex weight -1 of vertex 1");
    assertError("2 1\n2 x\n1\n", "expected a number, found 'x'");
    assertError("2 1 011 2\n1 1 2 1\n1 1 1 1\n", "several vertex weights per vertex (ncon=2)");
    assertError("", "empty file");
  }

  @Test
  void aMissingFileAndABadKAreReported() throws Exception {
    CliRun missing = CliRun.of("partition", dir.resolve("nope.graph").toString(), "4");
    assertThat(missing.exit()).isEqualTo(1);
    assertThat(missing.err()).startsWith("error: ").contains("no such file");
    Path g = dir.resolve("g.graph");
    Files.writeString(g, TWO_TRIANGLES);
    CliRun one = CliRun.of("partition", g.toString(), "1");
    assertThat(one.exit()).isEqualTo(2);
    assertThat(one.err()).startsWith("error: K must be at least 2");
  }

  private void assertError(String graph, String message) throws Exception {
    Path g = dir.resolve("bad.graph");
    Files.writeString(g, graph);
    CliRun r = CliRun.of("partition", g.toString(), "2");
    assertThat(r.exit()).as(graph).isEqualTo(1);
    assertThat(r.err()).as(graph).startsWith("error: " + g).contains(message);
    assertThat(r.err().strip().lines()).as(graph).hasSize(1);
    assertThat(Files.exists(dir.resolve("bad.graph.part.2"))).isFalse();
  }
}
