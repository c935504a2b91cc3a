package shardplan.reports.model;

import java.util.Objects;

/**
 * A change the emitted DDL makes to the user's schema so that the target accepts the placement.
 *
 * @param table the table whose DDL changes
 * @param kind what kind of change
 * @param relatedTable the other table of a foreign key, or null
 * @param text one sentence saying what and why (schema names only, never values)
 */
public record SchemaChange(String table, Kind kind, String relatedTable, String text) {
  public SchemaChange {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }

  /** Kinds of change, as the summary flags them. */
  public enum Kind {
    FOREIGN_KEY_LEFT_OUT("foreign key left out"),
    KEY_WIDENED("key widened"),
    GROUP_SPLIT("colocation group split"),
    OTHER("changed");

    private final String words;

    Kind(String words) {
      this.words = words;
    }

    public String words() {
      return words;
    }
  }
}
