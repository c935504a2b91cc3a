package shardplan.reports.svg;

import java.util.List;
import java.util.Objects;
import java.util.function.DoubleFunction;

/**
 * A horizontal bar chart: one bar per labelled value on a linear axis from zero, the formatted
 * value at the end of each bar, an axis with its title and unit, an optional reference line
 * (a threshold or a mean) and a legend.
 */
public final class BarChart {
  /**
   * A bar.
   *
   * @param label row label
   * @param value length
   * @param text the value as the reader should read it
   * @param cssClass colour class (e.g. {@code best}, {@code other}, {@code ref}, {@code dist})
   */
  public record Bar(String label, double value, String text, String cssClass) {
    public Bar {
      Objects.requireNonNull(label, "label");
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(cssClass, "cssClass");
    }
  }

  /** A vertical reference line at {@code value}, labelled. */
  public record Marker(double value, String label) {
  }

  /** Drawing width: one column of the report's two-column chart grid at 1280 px, drawn 1:1. */
  static final double WIDTH = 560;
  private static final double ROW = 22;
  private static final double BAR = 14;

  private BarChart() {
  }

  /**
   * Draws the chart.
   *
   * @param title what it shows
   * @param axisTitle the value axis title with its unit, e.g. "update ratio (writes / accesses)"
   * @param bars the bars, top to bottom
   * @param tickFormat formats tick values
   * @param max axis maximum; 0 to fit the largest value
   * @param marker a reference line, or null
   * @param legend legend entries (may be empty)
   */
  public static String svg(String title, String axisTitle, List<Bar> bars, DoubleFunction<String> tickFormat,
                           double max, Marker marker, List<Legend> legend) {
    double labelW = 60;
    double textW = 40;
    for (Bar b : bars) {
      labelW = Math.max(labelW, Text.width(b.label(), Text.NORMAL));
      textW = Math.max(textW, Text.width(b.text(), Text.SMALL));
    }
    labelW = Math.min(labelW, 260) + 10;
    double top = max;
    if (!(top > 0)) {
      top = 0;
      for (Bar b : bars) {
        top = Math.max(top, b.value());
      }
      if (marker != null) {
        top = Math.max(top, marker.value());
      }
    }
    Axis axis = Axis.nice(0, top, 5);
    double x0 = labelW;
    double x1 = WIDTH - textW - 12;
    double legendY = 20;
    double probeY = legend.isEmpty() ? legendY : legendY + 20;
    // Measure the legend's height by drawing it in a scratch drawing.
    double afterLegend = legend.isEmpty() ? probeY : Legend.draw(new Svg(1, 1, ""), legend, 0, probeY, WIDTH);
    double y0 = afterLegend + (marker != null ? 14 : 4);
    double height = y0 + ROW * bars.size() + 44;
    Svg svg = new Svg(WIDTH, height, title);
    svg.text(0, 14, "start", "title", title);
    if (!legend.isEmpty()) {
      Legend.draw(svg, legend, 0, probeY, WIDTH);
    }
    double yEnd = y0 + ROW * bars.size();
    List<String> tickLabels = axis.labels(tickFormat);
    for (int i = 0; i < axis.ticks().size(); i++) {
      double x = axis.scale(axis.ticks().get(i), x0, x1);
      svg.line(x, y0, x, yEnd, "grid");
      svg.text(x, yEnd + 14, "middle", "small", tickLabels.get(i));
    }
    svg.line(x0, yEnd, x1, yEnd, "axis");
    svg.text((x0 + x1) / 2, yEnd + 32, "middle", "axis-title", axisTitle);
    double y = y0;
    for (Bar b : bars) {
      String label = b.label();
      svg.text(labelW - 8, y + ROW / 2 + 4, "end", "label", clip(label, labelW - 10));
      double w = axis.scale(b.value(), x0, x1) - x0;
      svg.rect(x0, y + (ROW - BAR) / 2, w, BAR, "bar " + b.cssClass(), b.label() + ": " + b.text());
      svg.text(x0 + w + 5, y + ROW / 2 + 4, "start", "small", b.text());
      y += ROW;
    }
    if (marker != null) {
      double x = axis.scale(marker.value(), x0, x1);
      svg.line(x, y0 - 8, x, yEnd, "marker");
      svg.text(x, y0 - 10, x > (x0 + x1) / 2 ? "end" : "start", "small marker-text", marker.label());
    }
    return svg.end();
  }

  /** Cuts a label to fit {@code width}, with an ellipsis. */
  static String clip(String s, double width) {
    if (Text.width(s, Text.NORMAL) <= width) {
      return s;
    }
    String t = s;
    while (t.length() > 1 && Text.width(t + "…", Text.NORMAL) > width) {
      t = t.substring(0, t.length() - 1);
    }
    return t + "…";
  }
}
