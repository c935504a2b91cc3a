package shardplan.emitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import shardplan.analyzer.catalog.DdlSchemaReader;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.model.SchemaScript;
import shardplan.partitioner.model.Placement;

/**
 * A schema with every kind of object: {@code schemas/rich-source.sql} as written, and
 * {@code schemas/rich-dump.sql}, its {@code pg_dump --schema-only} from PostgreSQL 15 (the emitter's
 * input; {@code RichSchemaRoundTripIT} checks that it is still what pg_dump writes for the source).
 */
public final class RichSchema {
  private RichSchema() {
  }

  public static String resource(String name) {
    try (InputStream in = RichSchema.class.getResourceAsStream("/schemas/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static SchemaScript dump() {
    return new SchemaScript(resource("rich-dump.sql"), "rich-dump.sql");
  }

  public static Schema schema() {
    return DdlSchemaReader.parse(dump().text(), "rich-dump.sql").schema();
  }

  public static Placement placement() {
    return TestPlacements.read("rich.json", schema());
  }
}
