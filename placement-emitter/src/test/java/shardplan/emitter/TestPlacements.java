package shardplan.emitter;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import shardplan.analyzer.model.Schema;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;

/** The hand-written placement JSON test resources, read with the placement codec. */
public final class TestPlacements {
  private TestPlacements() {
  }

  public static Placement read(String resource, Schema schema) {
    try (InputStream in = TestPlacements.class.getResourceAsStream("/placements/" + resource)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + resource);
      }
      return PlacementJson.readPlacement(new String(in.readAllBytes(), StandardCharsets.UTF_8), resource, schema,
          4, 32);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static Placement tpcc() {
    return read("tpcc.json", TestSchemas.tpcc());
  }

  public static Placement store() {
    return read("store.json", TestSchemas.store());
  }
}
