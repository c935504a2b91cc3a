package shardplan.reports.svg;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Horizontal bars each split into categories (e.g. single-shard, multi-shard, reference-write,
 * unsupported statements), as shares of the bar's total so that rows of different sizes compare,
 * with the total printed at the end of each bar.
 */
public final class StackedBarChart {
  /**
   * A bar.
   *
   * @param label row label
   * @param values one value per category, in category order
   * @param total the total as the reader should read it
   */
  public record Row(String label, List<Double> values, String total) {
    public Row {
      Objects.requireNonNull(label, "label");
      values = List.copyOf(values);
      Objects.requireNonNull(total, "total");
    }
  }

  private static final double ROW = 22;
  private static final double BAR = 14;

  private StackedBarChart() {
  }

  /**
   * Draws the chart.
   *
   * @param categories the categories in stacking order, each with its colour class and name
   */
  public static String svg(String title, String axisTitle, List<Legend> categories, List<Row> rows) {
    double width = BarChart.WIDTH;
    double labelW = 60;
    double textW = 40;
    for (Row r : rows) {
      labelW = Math.max(labelW, Text.width(r.label(), Text.NORMAL));
      textW = Math.max(textW, Text.width(r.total(), Text.SMALL));
    }
    labelW = Math.min(labelW, 300) + 10;
    List<Legend> legend = new ArrayList<>(categories);
    double y0 = Legend.draw(new Svg(1, 1, ""), legend, 0, 40, width) + 4;
    double height = y0 + ROW * rows.size() + 44;
    double x0 = labelW;
    double x1 = width - textW - 12;
    Svg svg = new Svg(width, height, title);
    svg.text(0, 14, "start", "title", title);
    Legend.draw(svg, legend, 0, 40, width);
    double yEnd = y0 + ROW * rows.size();
    Axis axis = Axis.nice(0, 100, 5);
    for (double t : axis.ticks()) {
      double x = axis.scale(t, x0, x1);
      svg.line(x, y0, x, yEnd, "grid");
      svg.text(x, yEnd + 14, "middle", "small", Svg.num(t) + " %");
    }
    svg.line(x0, yEnd, x1, yEnd, "axis");
    svg.text((x0 + x1) / 2, yEnd + 32, "middle", "axis-title", axisTitle);
    double y = y0;
    for (Row r : rows) {
      svg.text(labelW - 8, y + ROW / 2 + 4, "end", "label", BarChart.clip(r.label(), labelW - 10));
      double sum = 0;
      for (double v : r.values()) {
        sum += v;
      }
      double x = x0;
      for (int i = 0; i < r.values().size(); i++) {
        double w = sum <= 0 ? 0 : r.values().get(i) / sum * (x1 - x0);
        if (w > 0) {
          svg.rect(x, y + (ROW - BAR) / 2, w, BAR, "bar " + categories.get(i).cssClass(), r.label() + ", "
              + categories.get(i).label() + ": "
              + Svg.num(sum <= 0 ? 0 : 100.0 * r.values().get(i) / sum) + " %");
        }
        x += w;
      }
      svg.text(x1 + 5, y + ROW / 2 + 4, "start", "small", r.total());
      y += ROW;
    }
    return svg.end();
  }
}
