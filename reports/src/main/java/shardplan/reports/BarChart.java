package shardplan.reports;

import java.util.List;
import java.util.Locale;

/**
 * A horizontal bar chart as self-contained SVG: one bar per labelled value, scaled to the
 * largest value (or to {@code max} when given), with the formatted value at the bar's end.
 */
final class BarChart {
  /** A bar. */
  record Bar(String label, double value, String text) {
  }

  private static final int LABEL_WIDTH = 150;
  private static final int BAR_AREA = 360;
  private static final int ROW = 26;

  private BarChart() {
  }

  static String svg(String title, List<Bar> bars, double max) {
    double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(1.0);
    if (top <= 0) {
      top = 1.0;
    }
    int height = 30 + ROW * bars.size() + 10;
    int width = LABEL_WIDTH + BAR_AREA + 110;
    StringBuilder s = new StringBuilder();
    s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(width).append("\" height=\"").append(height)
        .append("\" role=\"img\" aria-label=\"").append(Html.escape(title)).append("\">\n");
    s.append("  <text x=\"0\" y=\"18\" font-weight=\"bold\">").append(Html.escape(title)).append("</text>\n");
    int y = 30;
    for (Bar b : bars) {
      double w = Math.max(0.0, Math.min(1.0, b.value() / top)) * BAR_AREA;
      s.append("  <text x=\"0\" y=\"").append(y + 17).append("\">").append(Html.escape(b.label())).append("</text>\n");
      s.append(String.format(Locale.ROOT, "  <rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"%d\" fill=\"%s\"/>%n",
          LABEL_WIDTH, y + 4, w, ROW - 8, b.label().equals("advised") ? "#2b7a3d" : "#7a8aa0"));
      s.append(String.format(Locale.ROOT, "  <text x=\"%.1f\" y=\"%d\">%s</text>%n", LABEL_WIDTH + w + 6, y + 17,
          Html.escape(b.text())));
      y += ROW;
    }
    s.append("</svg>\n");
    return s.toString();
  }
}
