package shardplan.reports.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import org.jgrapht.Graph;
import org.jgrapht.alg.drawing.FRLayoutAlgorithm2D;
import org.jgrapht.alg.drawing.model.Box2D;
import org.jgrapht.alg.drawing.model.MapLayoutModel2D;
import org.jgrapht.alg.drawing.model.Point2D;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;

/**
 * Places the vertices of a small graph (tables) for a drawing whose labels never overlap.
 *
 * <p>Two steps. First JGraphT's Fruchterman–Reingold force-directed layout
 * ({@link FRLayoutAlgorithm2D}; Fruchterman and Reingold, "Graph drawing by force-directed
 * placement", 1991) on a canvas whose area is a multiple of the labels' total area, so that
 * connected tables sit together. Then each vertex's box (its mark and its label underneath) is
 * pushed apart from any box it overlaps, along the axis of least overlap, until no two overlap;
 * should that not settle within its budget of rounds, boxes still overlapping are moved down
 * past the ones above them, which always ends. O(rounds · n²) for n vertices: meant for the
 * table graph of a schema (hundreds of vertices), not for row graphs.
 *
 * <p>Deterministic: the same vertices and edges in the same order give the same layout (the
 * force-directed step draws its random start from a fixed seed).
 */
public final class GraphLayout {
  /** A vertex to place: its id and the size of the box it needs (mark and label). */
  public record Item(String id, double width, double height) {
    public Item {
      Objects.requireNonNull(id, "id");
      if (!(width > 0 && height > 0)) {
        throw new IllegalArgumentException("box of " + id + " must have a positive size");
      }
    }
  }

  /** A placed box: top-left corner and size; the vertex's mark is at the top centre. */
  public record Box(String id, double x, double y, double width, double height) {
    public boolean overlaps(Box o, double gap) {
      return x < o.x + o.width + gap && o.x < x + width + gap && y < o.y + o.height + gap && o.y < y + height + gap;
    }

    public double centerX() {
      return x + width / 2;
    }
  }

  /** The layout: one box per vertex, in input order, and the canvas that holds them. */
  public record Result(List<Box> boxes, double width, double height) {
    public Result {
      boxes = List.copyOf(boxes);
    }

    public Map<String, Box> byId() {
      Map<String, Box> m = new LinkedHashMap<>();
      boxes.forEach(b -> m.put(b.id(), b));
      return m;
    }
  }

  /** Minimum free space between two boxes, px. */
  public static final double GAP = 3;
  private static final int FR_ITERATIONS = 300;
  private static final int PUSH_ROUNDS = 600;
  /** FR's ideal edge length factor (JGraphT's default 0.5 packs table graphs too tightly for labels). */
  private static final double NORMALIZATION = 0.9;
  private static final double MARGIN = 12;
  private static final long SEED = 20021;
  private static final double MIN_AREA = 560.0 * 340.0;
  private static final double MIN_WIDTH = 560;
  /** Widest canvas the force-directed step uses: fits a 1280 px screen beside the page margins. */
  static final double MAX_WIDTH = 1120;
  private static final double SPACING = 2.6;

  private GraphLayout() {
  }

  /**
   * Lays out {@code items} joined by {@code edges} (pairs of ids; unknown ids and self-loops are
   * ignored).
   */
  public static Result layout(List<Item> items, List<String[]> edges) {
    Graph<String, DefaultEdge> g = new SimpleGraph<>(DefaultEdge.class);
    Map<String, Item> byId = new LinkedHashMap<>();
    for (Item it : items) {
      if (byId.put(it.id(), it) != null) {
        throw new IllegalArgumentException("duplicate vertex " + it.id());
      }
      g.addVertex(it.id());
    }
    for (String[] e : edges) {
      if (byId.containsKey(e[0]) && byId.containsKey(e[1]) && !e[0].equals(e[1]) && !g.containsEdge(e[0], e[1])) {
        g.addEdge(e[0], e[1]);
      }
    }
    double area = 0;
    for (Item it : items) {
      area += (it.width() + 2 * GAP) * (it.height() + 2 * GAP);
    }
    // Room for the labels a few times over, no wider than a page (a wide graph scrolls down, not
    // sideways), never smaller than a small figure.
    double room = Math.max(area * SPACING, MIN_AREA);
    double w = Math.max(MIN_WIDTH, Math.min(MAX_WIDTH, Math.sqrt(room * 1.6)));
    double h = room / w;
    MapLayoutModel2D<String> model = new MapLayoutModel2D<>(Box2D.of(0, 0, w, h));
    if (g.vertexSet().size() > 1) {
      new FRLayoutAlgorithm2D<String, DefaultEdge>(FR_ITERATIONS, NORMALIZATION,
          new Random(SEED)).layout(g, model);
    } else {
      for (String v : g.vertexSet()) {
        model.put(v, Point2D.of(w / 2, h / 2));
      }
    }
    double[] x = new double[items.size()];
    double[] y = new double[items.size()];
    for (int i = 0; i < items.size(); i++) {
      Point2D p = model.get(items.get(i).id());
      x[i] = p.getX() - items.get(i).width() / 2;
      y[i] = p.getY();
    }
    separate(items, x, y);
    return normalise(items, x, y);
  }

  /** Pushes overlapping boxes apart; then moves any still overlapping below the others. */
  static void separate(List<Item> items, double[] x, double[] y) {
    int n = items.size();
    for (int round = 0; round < PUSH_ROUNDS; round++) {
      boolean moved = false;
      for (int i = 0; i < n; i++) {
        for (int j = i + 1; j < n; j++) {
          Item a = items.get(i);
          Item b = items.get(j);
          double ox = Math.min(x[i] + a.width(), x[j] + b.width()) - Math.max(x[i], x[j]) + GAP;
          double oy = Math.min(y[i] + a.height(), y[j] + b.height()) - Math.max(y[i], y[j]) + GAP;
          if (ox <= 0 || oy <= 0) {
            continue;
          }
          moved = true;
          if (ox < oy) {
            double s = (ox / 2 + 0.5) * (x[i] + a.width() / 2 <= x[j] + b.width() / 2 ? -1 : 1);
            x[i] += s;
            x[j] -= s;
          } else {
            double s = (oy / 2 + 0.5) * (y[i] + a.height() / 2 <= y[j] + b.height() / 2 ? -1 : 1);
            y[i] += s;
            y[j] -= s;
          }
        }
      }
      if (!moved) {
        return;
      }
    }
    // Fallback that always ends: place boxes top to bottom, each moved down past any placed box
    // it overlaps (a box moved below another never meets it again).
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.<Integer>comparingDouble(i -> y[i]).thenComparingDouble(i -> x[i]).thenComparingInt(i -> i));
    List<Integer> placed = new ArrayList<>();
    for (int i : order) {
      boolean again = true;
      while (again) {
        again = false;
        for (int j : placed) {
          if (overlap(items.get(i), x[i], y[i], items.get(j), x[j], y[j])) {
            y[i] = y[j] + items.get(j).height() + GAP + 0.5;
            again = true;
          }
        }
      }
      placed.add(i);
    }
  }

  private static boolean overlap(Item a, double ax, double ay, Item b, double bx, double by) {
    return ax < bx + b.width() + GAP && bx < ax + a.width() + GAP && ay < by + b.height() + GAP
        && by < ay + a.height() + GAP;
  }

  private static Result normalise(List<Item> items, double[] x, double[] y) {
    double minX = Double.MAX_VALUE;
    double minY = Double.MAX_VALUE;
    double maxX = -Double.MAX_VALUE;
    double maxY = -Double.MAX_VALUE;
    for (int i = 0; i < items.size(); i++) {
      minX = Math.min(minX, x[i]);
      minY = Math.min(minY, y[i]);
      maxX = Math.max(maxX, x[i] + items.get(i).width());
      maxY = Math.max(maxY, y[i] + items.get(i).height());
    }
    if (items.isEmpty()) {
      return new Result(List.of(), 2 * MARGIN, 2 * MARGIN);
    }
    List<Box> boxes = new ArrayList<>();
    for (int i = 0; i < items.size(); i++) {
      Item it = items.get(i);
      boxes.add(new Box(it.id(), x[i] - minX + MARGIN, y[i] - minY + MARGIN, it.width(), it.height()));
    }
    return new Result(boxes, maxX - minX + 2 * MARGIN, maxY - minY + 2 * MARGIN);
  }
}
