package shardplan.reports.doc;

import java.util.List;
import java.util.Objects;

/**
 * One section of the report; {@code id} is the HTML element id that links and tests find.
 *
 * @param id stable id, e.g. {@code summary}
 * @param title heading
 * @param blocks content in order
 */
public record Section(String id, String title, List<Block> blocks) {
  public Section {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    blocks = List.copyOf(blocks);
  }
}
