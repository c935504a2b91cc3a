package shardplan.reports.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.reports.svg.GraphDrawing;

class GraphLayoutTest {

  /** A schema-like graph: tables with ORM-style names, hubs and chains of foreign keys, a few isolated tables. */
  static List<GraphDrawing.Node> tables(int n, long seed) {
    Random r = new Random(seed);
    String[] words = {"order", "customer", "product", "variant", "translation", "channel", "shipping", "line",
        "payment", "promotion", "surcharge", "modification", "stock", "location", "tax", "rate", "zone", "asset",
        "collection", "facet", "value", "session", "history", "entry", "job", "queue", "setting", "role"};
    List<GraphDrawing.Node> nodes = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = words[r.nextInt(words.length)] + "_" + words[r.nextInt(words.length)] + (i % 3 == 0 ? "_item" : "")
          + "_" + i;
      nodes.add(new GraphDrawing.Node(name, GraphDrawing.Shape.CIRCLE, "g0", "1", name));
    }
    return nodes;
  }

  static List<String[]> edges(List<GraphDrawing.Node> nodes, long seed) {
    Random r = new Random(seed);
    List<String[]> e = new ArrayList<>();
    for (int i = 1; i < nodes.size() - 5; i++) {
      int parent = r.nextInt(4) == 0 ? r.nextInt(5) : r.nextInt(i);
      e.add(new String[] {nodes.get(i).id(), nodes.get(parent).id()});
      if (r.nextInt(3) == 0) {
        e.add(new String[] {nodes.get(i).id(), nodes.get(r.nextInt(nodes.size())).id()});
      }
    }
    return e;
  }

  @Test
  void labelsOfAHundredTablesNeverOverlap() {
    for (long seed = 1; seed <= 5; seed++) {
      List<GraphDrawing.Node> nodes = tables(100, seed);
      GraphLayout.Result layout = GraphLayout.layout(GraphDrawing.items(nodes), edges(nodes, seed));
      assertNoOverlap(layout, seed);
      // Readable: the drawing stays within a few screens, not a strip of 100 labels in a row.
      assertThat(layout.width()).as("width, seed %d", seed).isLessThan(1400);
      assertThat(layout.height()).as("height, seed %d", seed).isLessThan(2000);
    }
  }

  @Test
  void boxesStartingOnOnePointAreStillSeparated() {
    // No edges and identical boxes: the push step alone may not settle; the fallback must.
    List<GraphLayout.Item> items = new ArrayList<>();
    for (int i = 0; i < 60; i++) {
      items.add(new GraphLayout.Item("t" + i, 80, 30));
    }
    double[] x = new double[60];
    double[] y = new double[60];
    GraphLayout.separate(items, x, y);
    for (int i = 0; i < 60; i++) {
      for (int j = i + 1; j < 60; j++) {
        GraphLayout.Box a = new GraphLayout.Box("a", x[i], y[i], 80, 30);
        GraphLayout.Box b = new GraphLayout.Box("b", x[j], y[j], 80, 30);
        assertThat(a.overlaps(b, GraphLayout.GAP - 0.01)).as("boxes %d and %d", i, j).isFalse();
      }
    }
  }

  @Test
  void sameGraphSameLayout() {
    List<GraphDrawing.Node> nodes = tables(100, 7);
    assertThat(GraphLayout.layout(GraphDrawing.items(nodes), edges(nodes, 7)))
        .isEqualTo(GraphLayout.layout(GraphDrawing.items(nodes), edges(nodes, 7)));
  }

  private static void assertNoOverlap(GraphLayout.Result layout, long seed) {
    List<GraphLayout.Box> b = layout.boxes();
    for (int i = 0; i < b.size(); i++) {
      for (int j = i + 1; j < b.size(); j++) {
        assertThat(b.get(i).overlaps(b.get(j), 0)).as("seed %d: %s overlaps %s", seed, b.get(i), b.get(j)).isFalse();
      }
    }
  }
}
