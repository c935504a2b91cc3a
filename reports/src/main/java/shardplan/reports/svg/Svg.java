package shardplan.reports.svg;

import java.util.List;
import java.util.Locale;

/**
 * The one place that writes SVG markup. Charts and drawings call it; nothing else in the
 * project emits SVG.
 *
 * <p>Hand-written rather than JFreeChart + JFreeSVG: the output is plain, deterministic text that
 * golden files can pin, its colours are CSS classes so the report's colour-blind palette and print
 * stylesheet apply, and it needs no AWT font metrics on a headless machine.
 *
 * <p>Coordinates are printed with one decimal in the ROOT locale; text is escaped.
 */
public final class Svg {
  private final StringBuilder out = new StringBuilder();
  private final double width;
  private final double height;

  /**
   * Starts a drawing of {@code width × height} user units that scales to its container.
   *
   * @param label what the drawing shows, for screen readers
   */
  public Svg(double width, double height, String label) {
    this.width = width;
    this.height = height;
    out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ").append(num(width)).append(' ')
        .append(num(height)).append("\" width=\"").append(num(width)).append("\" height=\"").append(num(height))
        .append("\" font-family=\"sans-serif\" font-size=\"12\" role=\"img\" aria-label=\"").append(escape(label))
        .append("\">\n");
    out.append("<title>").append(escape(label)).append("</title>\n");
  }

  public double width() {
    return width;
  }

  public double height() {
    return height;
  }

  public Svg rect(double x, double y, double w, double h, String cssClass) {
    return rect(x, y, w, h, cssClass, null);
  }

  /** A rectangle with an optional tooltip. */
  public Svg rect(double x, double y, double w, double h, String cssClass, String tooltip) {
    out.append("<rect x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" width=\"")
        .append(num(Math.max(0, w))).append("\" height=\"").append(num(Math.max(0, h))).append('"');
    cls(cssClass);
    close(tooltip, "rect");
    return this;
  }

  public Svg line(double x1, double y1, double x2, double y2, String cssClass) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append('"');
    cls(cssClass);
    out.append("/>\n");
    return this;
  }

  /** A line with a stroke width and a tooltip, for weighted edges. */
  public Svg line(double x1, double y1, double x2, double y2, String cssClass, double strokeWidth, String tooltip) {
    out.append("<line x1=\"").append(num(x1)).append("\" y1=\"").append(num(y1)).append("\" x2=\"").append(num(x2))
        .append("\" y2=\"").append(num(y2)).append("\" stroke-width=\"").append(num(strokeWidth)).append('"');
    cls(cssClass);
    close(tooltip, "line");
    return this;
  }

  /** An open line through the points {@code x0, y0, x1, y1, …}. */
  public Svg polyline(List<double[]> points, String cssClass) {
    out.append("<polyline points=\"");
    for (int i = 0; i < points.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
    }
    out.append("\" fill=\"none\"");
    cls(cssClass);
    out.append("/>\n");
    return this;
  }

  public Svg circle(double cx, double cy, double r, String cssClass, String tooltip) {
    out.append("<circle cx=\"").append(num(cx)).append("\" cy=\"").append(num(cy)).append("\" r=\"").append(num(r))
        .append('"');
    cls(cssClass);
    close(tooltip, "circle");
    return this;
  }

  /** A closed polygon through the points, e.g. a diamond marker. */
  public Svg polygon(List<double[]> points, String cssClass, String tooltip) {
    out.append("<polygon points=\"");
    for (int i = 0; i < points.size(); i++) {
      if (i > 0) {
        out.append(' ');
      }
      out.append(num(points.get(i)[0])).append(',').append(num(points.get(i)[1]));
    }
    out.append('"');
    cls(cssClass);
    close(tooltip, "polygon");
    return this;
  }

  /**
   * Text at {@code (x, y)}, the baseline.
   *
   * @param anchor {@code start}, {@code middle} or {@code end}
   */
  public Svg text(double x, double y, String anchor, String cssClass, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append('"');
    if (!"start".equals(anchor)) {
      out.append(" text-anchor=\"").append(anchor).append('"');
    }
    // Sizes as attributes too, so a drawing copied out of the page keeps the sizes its layout assumed.
    if (cssClass != null && (cssClass.contains("small") || cssClass.contains("axis-title"))) {
      out.append(" font-size=\"11\"");
    } else if (cssClass != null && cssClass.contains("badge")) {
      out.append(" font-size=\"9\"");
    }
    cls(cssClass);
    out.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /** Text turned 90° counter-clockwise around its anchor, for a vertical axis title. */
  public Svg verticalText(double x, double y, String cssClass, String text) {
    out.append("<text x=\"").append(num(x)).append("\" y=\"").append(num(y)).append("\" text-anchor=\"middle\"")
        .append(" transform=\"rotate(-90 ").append(num(x)).append(' ').append(num(y)).append(")\"");
    cls(cssClass);
    out.append('>').append(escape(text)).append("</text>\n");
    return this;
  }

  /** The finished drawing. */
  public String end() {
    return out + "</svg>\n";
  }

  private void cls(String cssClass) {
    if (cssClass != null && !cssClass.isEmpty()) {
      out.append(" class=\"").append(cssClass).append('"');
    }
  }

  private void close(String tooltip, String element) {
    if (tooltip == null) {
      out.append("/>\n");
    } else {
      out.append("><title>").append(escape(tooltip)).append("</title></").append(element).append(">\n");
    }
  }

  /** A coordinate with at most one decimal, ROOT locale, no trailing {@code .0}. */
  static String num(double v) {
    double r = Math.round(v * 10.0) / 10.0;
    if (r == Math.rint(r)) {
      return Long.toString((long) r);
    }
    return String.format(Locale.ROOT, "%.1f", r);
  }

  /** Escapes text for SVG (XML) content and attributes. */
  public static String escape(String s) {
    StringBuilder b = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
