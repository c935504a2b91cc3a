package shardplan.reports.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A line chart of one or more series over a numeric x axis (linear, or base-2 logarithmic for
 * node counts), each series with its own dash pattern and marker shape as well as its colour, so
 * that the lines stay apart in grey print and for colour-blind readers.
 */
public final class LineChart {
  /**
   * A series.
   *
   * @param name legend text
   * @param points {x, y} pairs in x order
   */
  public record Series(String name, List<double[]> points) {
    public Series {
      Objects.requireNonNull(name, "name");
      points = List.copyOf(points);
    }
  }

  /**
   * The chart's axes.
   *
   * @param xTitle x axis title with its unit
   * @param yTitle y axis title with its unit
   * @param xTicks x values that get a tick and label
   * @param log2X whether x is drawn on a base-2 logarithmic scale
   * @param yMax y axis maximum; 0 to fit the data
   * @param yFormat formats y tick values
   */
  public record Axes(String xTitle, String yTitle, List<Double> xTicks, boolean log2X, double yMax,
                     DoubleFunction<String> yFormat) {
    public Axes {
      xTicks = List.copyOf(xTicks);
    }
  }

  private static final double WIDTH = BarChart.WIDTH;
  private static final double HEIGHT = 280;

  private LineChart() {
  }

  public static String svg(String title, Axes axes, List<Series> series) {
    return svg(title, axes, series, null);
  }

  /** Draws the chart; {@code marker} adds a horizontal reference line (or null). */
  public static String svg(String title, Axes axes, List<Series> series, BarChart.Marker marker) {
    List<Legend> legend = new ArrayList<>();
    for (int i = 0; i < series.size(); i++) {
      legend.add(new Legend("s" + (i % 6), series.get(i).name()));
    }
    double legendEnd = Legend.draw(new Svg(1, 1, ""), legend, 60, 40, WIDTH);
    double top = legendEnd + 6;
    double height = HEIGHT + top;
    double x0 = 70;
    double x1 = WIDTH - 24;
    double y1 = top;
    double y0 = height - 48;
    double ymax = axes.yMax();
    if (!(ymax > 0)) {
      for (Series s : series) {
        for (double[] p : s.points()) {
          ymax = Math.max(ymax, p[1]);
        }
      }
      if (marker != null) {
        ymax = Math.max(ymax, marker.value());
      }
    }
    Axis y = Axis.nice(0, ymax, 5);
    double xmin = Double.MAX_VALUE;
    double xmax = -Double.MAX_VALUE;
    for (double t : axes.xTicks()) {
      xmin = Math.min(xmin, t);
      xmax = Math.max(xmax, t);
    }
    for (Series s : series) {
      for (double[] p : s.points()) {
        xmin = Math.min(xmin, p[0]);
        xmax = Math.max(xmax, p[0]);
      }
    }
    double fx0 = axes.log2X() ? log2(xmin) : xmin;
    double fx1 = axes.log2X() ? log2(xmax) : xmax;
    if (fx1 <= fx0) {
      fx1 = fx0 + 1;
    }
    final double a = fx0;
    final double b = fx1;
    java.util.function.DoubleUnaryOperator sx = v -> x0 + ((axes.log2X() ? log2(v) : v) - a) / (b - a) * (x1 - x0);

    Svg svg = new Svg(WIDTH, height, title);
    svg.text(0, 14, "start", "title", title);
    Legend.draw(svg, legend, 60, 40, WIDTH);
    List<String> yl = y.labels(axes.yFormat());
    for (int i = 0; i < y.ticks().size(); i++) {
      double yy = y.scale(y.ticks().get(i), y0, y1);
      svg.line(x0, yy, x1, yy, "grid");
      svg.text(x0 - 6, yy + 4, "end", "small", yl.get(i));
    }
    for (double t : axes.xTicks()) {
      double xx = sx.applyAsDouble(t);
      svg.line(xx, y0, xx, y0 + 4, "axis");
      svg.text(xx, y0 + 17, "middle", "small", Svg.num(t));
    }
    svg.line(x0, y0, x1, y0, "axis");
    svg.line(x0, y0, x0, y1, "axis");
    svg.text((x0 + x1) / 2, height - 10, "middle", "axis-title", axes.xTitle());
    svg.verticalText(16, (y0 + y1) / 2, "axis-title", axes.yTitle());
    if (marker != null) {
      double yy = y.scale(marker.value(), y0, y1);
      svg.line(x0, yy, x1, yy, "marker");
      svg.text(x1, yy - 4, "end", "small marker-text", marker.label());
    }
    for (int i = 0; i < series.size(); i++) {
      Series s = series.get(i);
      String cls = "s" + (i % 6);
      List<double[]> pts = new ArrayList<>();
      for (double[] p : s.points()) {
        pts.add(new double[] {sx.applyAsDouble(p[0]), y.scale(p[1], y0, y1)});
      }
      svg.polyline(pts, "line " + cls);
      for (int j = 0; j < pts.size(); j++) {
        double[] p = pts.get(j);
        String tip = s.name() + " at " + Svg.num(s.points().get(j)[0]) + ": " + axes.yFormat().apply(s.points().get(j)[1]);
        Markers.draw(svg, i % 6, p[0], p[1], "pt " + cls, tip);
      }
    }
    return svg.end();
  }

  private static double log2(double v) {
    return Math.log(Math.max(v, 1e-9)) / Math.log(2);
  }
}
