package shardplan.analyzer.catalog;

import java.util.List;
import java.util.Objects;
import shardplan.analyzer.model.Schema;

/**
 * A schema and what the reader could not use on the way.
 *
 * @param schema the tables read
 * @param warnings one line per statement skipped or constraint ignored, naming where it was and
 *                 what kind of statement it was (never the values it contained)
 */
public record SchemaReadResult(Schema schema, List<String> warnings) {
  public SchemaReadResult {
    Objects.requireNonNull(schema, "schema");
    warnings = List.copyOf(warnings);
  }
}
