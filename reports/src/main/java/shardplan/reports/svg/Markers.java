package shardplan.reports.svg;

import java.util.List;

/** Point markers with a distinct shape per series: circle, square, triangle, diamond, … */
final class Markers {
  private Markers() {
  }

  static void draw(Svg svg, int shape, double x, double y, String cssClass, String tooltip) {
    double r = 4;
    switch (shape % 4) {
      case 0 -> svg.circle(x, y, r, cssClass, tooltip);
      case 1 -> svg.rect(x - r, y - r, 2 * r, 2 * r, cssClass, tooltip);
      case 2 -> svg.polygon(List.of(new double[] {x, y - r - 1}, new double[] {x + r + 1, y + r},
          new double[] {x - r - 1, y + r}), cssClass, tooltip);
      default -> svg.polygon(List.of(new double[] {x, y - r - 1}, new double[] {x + r + 1, y},
          new double[] {x, y + r + 1}, new double[] {x - r - 1, y}), cssClass, tooltip);
    }
  }
}
