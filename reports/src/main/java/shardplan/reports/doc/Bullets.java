package shardplan.reports.doc;

import java.util.List;

/** A bulleted list of plain-text items. */
public record Bullets(List<String> items) implements Block {
  public Bullets {
    items = List.copyOf(items);
  }
}
