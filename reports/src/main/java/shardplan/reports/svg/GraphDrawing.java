package shardplan.reports.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.reports.layout.GraphLayout;

/**
 * A table graph: tables as marks with their names underneath, edges between them. The layout is
 * {@link GraphLayout}'s (force-directed, then labels pushed apart so that none overlap).
 */
public final class GraphDrawing {
  /** Mark shapes. */
  public enum Shape {
    CIRCLE, SQUARE, DIAMOND
  }

  /**
   * A vertex.
   *
   * @param id table name, also the label
   * @param shape its mark
   * @param cssClass colour class of the mark
   * @param badge short text inside the mark (a group number), or empty
   * @param tooltip hover text
   */
  public record Node(String id, Shape shape, String cssClass, String badge, String tooltip) {
    public Node {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(shape, "shape");
      Objects.requireNonNull(cssClass, "cssClass");
      Objects.requireNonNull(badge, "badge");
    }
  }

  /**
   * An edge.
   *
   * @param a one end
   * @param b the other end
   * @param cssClass line style class (solid, dotted, dashed)
   * @param width stroke width, px
   * @param tooltip hover text
   */
  public record Edge(String a, String b, String cssClass, double width, String tooltip) {
  }

  /** Radius of a mark, px. */
  static final double R = 9;
  private static final double LABEL_HEIGHT = 14;

  private GraphDrawing() {
  }

  /** The boxes the layout must keep apart: each mark with its label underneath. */
  public static List<GraphLayout.Item> items(List<Node> nodes) {
    List<GraphLayout.Item> items = new ArrayList<>();
    for (Node n : nodes) {
      items.add(new GraphLayout.Item(n.id(), Math.max(2 * R + 2, Text.width(n.id(), Text.SMALL) + 2),
          2 * R + 3 + LABEL_HEIGHT));
    }
    return items;
  }

  /**
   * Draws the graph.
   *
   * @param layoutPairs extra vertex pairs that pull together in the layout without being drawn
   *                    (e.g. the less frequent co-accesses)
   */
  public static String svg(String title, List<Node> nodes, List<Edge> edges, List<String[]> layoutPairs,
                           List<Legend> legend) {
    List<String[]> pairs = new ArrayList<>();
    edges.forEach(e -> pairs.add(new String[] {e.a(), e.b()}));
    pairs.addAll(layoutPairs);
    GraphLayout.Result layout = GraphLayout.layout(items(nodes), pairs);
    Map<String, GraphLayout.Box> at = layout.byId();
    double width = Math.max(layout.width(), 480);
    double legendEnd = Legend.draw(new Svg(1, 1, ""), legend, 0, 40, width);
    double top = legendEnd;
    Svg svg = new Svg(width, layout.height() + top, title);
    svg.text(0, 14, "start", "title", title);
    Legend.draw(svg, legend, 0, 40, width);
    for (Edge e : edges) {
      GraphLayout.Box a = at.get(e.a());
      GraphLayout.Box b = at.get(e.b());
      if (a == null || b == null) {
        continue;
      }
      svg.line(a.centerX(), a.y() + R + top, b.centerX(), b.y() + R + top, "edge " + e.cssClass(), e.width(),
          e.tooltip());
    }
    for (Node n : nodes) {
      GraphLayout.Box b = at.get(n.id());
      double cx = b.centerX();
      double cy = b.y() + R + top;
      String cls = "node " + n.cssClass();
      switch (n.shape()) {
        case CIRCLE -> svg.circle(cx, cy, R, cls, n.tooltip());
        case SQUARE -> svg.rect(cx - R, cy - R, 2 * R, 2 * R, cls, n.tooltip());
        default -> svg.polygon(List.of(new double[] {cx, cy - R - 2}, new double[] {cx + R + 2, cy},
            new double[] {cx, cy + R + 2}, new double[] {cx - R - 2, cy}), cls, n.tooltip());
      }
      if (!n.badge().isEmpty()) {
        svg.text(cx, cy + 3.5, "middle", "badge", n.badge());
      }
      svg.text(cx, b.y() + 2 * R + 3 + 11 + top, "middle", "small node-label", n.id());
    }
    return svg.end();
  }
}
