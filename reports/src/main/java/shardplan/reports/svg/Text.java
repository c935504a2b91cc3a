package shardplan.reports.svg;

/**
 * Conservative text widths for layout without font metrics: every character is counted as wide
 * as a wide sans-serif glyph, so that real labels are never wider than the space kept for them.
 */
public final class Text {
  /** Font size of chart text, px (the stylesheet sets the same). */
  public static final double NORMAL = 12;
  /** Font size of small chart text, px. */
  public static final double SMALL = 11;

  private Text() {
  }

  /** Width of {@code s} at {@code fontSize}, px: 0.62 em a character, 0.9 em for wide capitals. */
  public static double width(String s, double fontSize) {
    double em = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      em += (c == 'm' || c == 'w' || c == 'M' || c == 'W' || c == '@') ? 0.9 : Character.isUpperCase(c) ? 0.72 : 0.62;
    }
    return em * fontSize;
  }
}
