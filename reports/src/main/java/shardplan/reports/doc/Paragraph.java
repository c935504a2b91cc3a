package shardplan.reports.doc;

import java.util.Objects;

/**
 * A paragraph of plain text.
 *
 * @param text the text; a note (true) is shown as a call-out in HTML and in italics in Markdown
 * @param note whether this paragraph says that something is missing or needs attention
 */
public record Paragraph(String text, boolean note) implements Block {
  public Paragraph {
    Objects.requireNonNull(text, "text");
  }

  public static Paragraph of(String text) {
    return new Paragraph(text, false);
  }

  /** A call-out: data that does not exist yet, or a decision that needs a reader's attention. */
  public static Paragraph note(String text) {
    return new Paragraph(text, true);
  }
}
