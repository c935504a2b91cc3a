package shardplan.reports.doc;

import java.util.List;
import java.util.Objects;

/**
 * A whole report, independent of its output format.
 *
 * @param title page heading
 * @param lead one-line description under the heading
 * @param sections in reading order
 */
public record Document(String title, String lead, List<Section> sections) {
  public Document {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(lead, "lead");
    sections = List.copyOf(sections);
  }
}
