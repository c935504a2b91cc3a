package shardplan.reports.svg;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.reports.Numbers;

import static org.assertj.core.api.Assertions.assertThat;

/** The SVG layer's output pinned by golden files (same update flag as the reports' goldens). */
class SvgGoldenTest {

  @Test
  void barChartWithThresholdAndLegend() throws IOException {
    check("bar.svg", BarChart.svg("Update ratio per table", "update ratio (writes ÷ all accesses)", List.of(
        new BarChart.Bar("order_line", 0.896, "0.896", "dist"), new BarChart.Bar("item", 0.0, "0.000", "ref"),
        new BarChart.Bar("a <table> & more", 0.25, "0.250", "dist")), Numbers::ratio2, 1.0,
        new BarChart.Marker(0.1, "threshold 0.100"), List.of(new Legend("ref", "reference"), new Legend("dist",
            "distributed"))));
  }

  @Test
  void lineChartOnALogAxis() throws IOException {
    check("line.svg", LineChart.svg("skew by node count", new LineChart.Axes("nodes (log scale)", "skew",
        List.of(2.0, 4.0, 8.0), true, 0, Numbers::compact), List.of(
        new LineChart.Series("advised", List.of(new double[] {2, 1.0}, new double[] {4, 1.5}, new double[] {8, 2.5})),
        new LineChart.Series("baseline", List.of(new double[] {2, 1.1}, new double[] {4, 1.2}, new double[] {8, 1.3})))));
  }

  @Test
  void stackedBarsAsShares() throws IOException {
    check("stacked.svg", StackedBarChart.svg("Routing", "share of statements", List.of(new Legend("k0", "single-shard"), new Legend("k1", "multi-shard")),
        List.of(new StackedBarChart.Row("advised", List.of(90.0, 10.0), "100"),
            new StackedBarChart.Row("hashPrimaryKey", List.of(30.0, 70.0), "100"))));
  }

  @Test
  void graphOfFourTables() throws IOException {
    check("graph.svg", GraphDrawing.svg("tables", List.of(
        new GraphDrawing.Node("warehouse", GraphDrawing.Shape.CIRCLE, "g0", "1", "warehouse"),
        new GraphDrawing.Node("district", GraphDrawing.Shape.CIRCLE, "g0", "1", "district"),
        new GraphDrawing.Node("item", GraphDrawing.Shape.SQUARE, "ref", "R", "item"),
        new GraphDrawing.Node("queue", GraphDrawing.Shape.DIAMOND, "local", "L", "queue")),
        List.of(new GraphDrawing.Edge("warehouse", "district", "join", 3, "join"),
            new GraphDrawing.Edge("district", "item", "fkout", 1.5, "left out")),
        List.of(), List.of(new Legend("g0", "group 1"))));
  }

  @Test
  void escapesTextAndPrintsShortCoordinates() {
    assertThat(Svg.num(1.0)).isEqualTo("1");
    assertThat(Svg.num(1.26)).isEqualTo("1.3");
    assertThat(new Svg(10, 10, "a<b").text(0, 0, "start", null, "x & \"y\"").end())
        .contains("aria-label=\"a&lt;b\"").contains(">x &amp; &quot;y&quot;</text>");
  }

  private static void check(String name, String actual) throws IOException {
    Path expected = Path.of("src/test/resources/golden/svg").resolve(name);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(expected.getParent());
      Files.writeString(expected, actual, StandardCharsets.UTF_8);
      return;
    }
    String want = Files.exists(expected) ? Files.readString(expected, StandardCharsets.UTF_8) : "";
    if (!want.equals(actual)) {
      Path out = Path.of("target/golden-actual/svg");
      Files.createDirectories(out);
      Files.writeString(out.resolve(name), actual, StandardCharsets.UTF_8);
    }
    assertThat(actual).as("golden file %s (-Dgolden.update=true rewrites it)", expected).isEqualTo(want);
  }
}
