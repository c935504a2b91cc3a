package shardplan.reports.svg;

import java.util.List;
import java.util.Objects;

/**
 * A legend entry: the CSS class of the mark and what it stands for.
 *
 * @param cssClass class of the swatch, as the chart draws the data
 * @param label what it means
 */
public record Legend(String cssClass, String label) {
  public Legend {
    Objects.requireNonNull(cssClass, "cssClass");
    Objects.requireNonNull(label, "label");
  }

  /** Draws entries left to right from {@code (x, y)}, wrapping at {@code maxX}; returns the next free y. */
  static double draw(Svg svg, List<Legend> entries, double x, double y, double maxX) {
    double cx = x;
    double cy = y;
    for (Legend e : entries) {
      double w = 18 + Text.width(e.label(), Text.SMALL) + 16;
      if (cx + w > maxX && cx > x) {
        cx = x;
        cy += 18;
      }
      svg.rect(cx, cy - 10, 12, 12, "sw " + e.cssClass());
      svg.text(cx + 17, cy, "start", "small", e.label());
      cx += w;
    }
    return entries.isEmpty() ? y : cy + 18;
  }
}
