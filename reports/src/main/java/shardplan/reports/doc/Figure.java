package shardplan.reports.doc;

import java.util.Objects;

/**
 * A chart. Only the HTML report draws it; every figure's numbers are also in a table or text of
 * the same section, which is what the Markdown report shows.
 *
 * @param svg the drawing, from {@code shardplan.reports.svg}
 * @param caption what it shows, in one sentence
 * @param wide whether it keeps its size and scrolls on a narrow screen instead of shrinking
 *             (a graph whose labels would become unreadable)
 */
public record Figure(String svg, String caption, boolean wide) implements Block {
  public Figure {
    Objects.requireNonNull(svg, "svg");
    Objects.requireNonNull(caption, "caption");
  }

  public Figure(String svg, String caption) {
    this(svg, caption, false);
  }
}
