package shardplan.emitter.model;

import java.util.Objects;

/**
 * The user's schema as DDL text, exactly as given: {@code pg_dump --schema-only} output or
 * hand-written statements. In {@link Mode#NEW} the emitter runs it as written and then alters
 * what the placement changes, so that no object of it is lost.
 *
 * @param text the DDL
 * @param source where it came from (a file name, or {@code pg_dump of <database>}), for comments and messages
 */
public record SchemaScript(String text, String source) {
  public SchemaScript {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(source, "source");
  }
}
