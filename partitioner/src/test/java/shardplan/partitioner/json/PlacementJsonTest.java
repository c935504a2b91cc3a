package shardplan.partitioner.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.model.Schema;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;

class PlacementJsonTest {
  private static final Schema SHOP = TestSchemas.shop();

  private static Placement expert() {
    return new Placement(4, 32, List.of(
        TablePlacement.distributed("warehouse", "w_id", 1, "root of the warehouse tree"),
        TablePlacement.reference("item", "read-only catalogue"),
        TablePlacement.distributed("orders", "o_w_id", 1, "always accessed by warehouse"),
        TablePlacement.distributed("order_line", "ol_w_id", 1, "joined with orders on the warehouse")));
  }

  @Test
  void readingAgainstAMigratedSchemaKeepsWhatMatchesAndListsTheRest() {
    String json = "{\"tables\": [{\"name\": \"dropped\", \"placement\": \"reference\"},"
        + " {\"name\": \"ORDERS\", \"placement\": \"distributed\", \"column\": \"o_renamed\"},"
        + " {\"name\": \"order_line\", \"placement\": \"distributed\", \"column\": \"ol_w_id\"},"
        + " {\"name\": \"warehouse\", \"placement\": \"distributed\", \"column\": \"w_id\"}]}";
    PlacementJson.Matched m = PlacementJson.readMatching(json, "p.json", SHOP, 4, 32);
    assertThat(m.stale()).containsExactly(new PlacementJson.StaleEntry("dropped", null),
        new PlacementJson.StaleEntry("orders", "o_renamed"));
    assertThat(m.placement().tables()).extracting(TablePlacement::table).containsExactly("warehouse", "order_line");
    assertThat(m.placement().table("warehouse").orElseThrow().colocationGroup())
        .isEqualTo(m.placement().table("order_line").orElseThrow().colocationGroup());
    assertThatThrownBy(() -> PlacementJson.readMatching("{\"tables\": 3}", "p.json", SHOP, 4, 32))
        .hasMessageContaining("no \"tables\" array");
  }

  @Test
  void writtenPlacementReadsBackEqual() {
    Placement p = expert();
    Placement back = PlacementJson.readPlacement(PlacementJson.writePlacement(p), "p.json", SHOP, 1, 1);
    assertThat(back).isEqualTo(p);
  }

  @Test
  void readerOrdersTablesAsTheSchemaDoes() {
    String json = """
        {"tables":[{"name":"order_line","placement":"distributed","column":"ol_w_id","colocationGroup":1},
                   {"name":"orders","placement":"distributed","column":"o_w_id","colocationGroup":1},
                   {"name":"item","placement":"reference"},
                   {"name":"warehouse","placement":"distributed","column":"w_id","colocationGroup":1}]}
        """;
    Placement p = PlacementJson.readPlacement(json, "p.json", SHOP, 3, 16);
    assertThat(p.tables()).extracting(TablePlacement::table).containsExactly("warehouse", "item", "orders", "order_line");
    assertThat(p.nodes()).isEqualTo(3);
    assertThat(p.shardCount()).isEqualTo(16);
    assertThat(p.table("item").orElseThrow().reason()).isEqualTo("given in the placement file");
  }

  @Test
  void nodesAndShardCountInTheFileWinOverDefaults() {
    String json = "{\"nodes\":5,\"shardCount\":8,\"tables\":[{\"name\":\"t\",\"placement\":\"reference\"}]}";
    Placement p = PlacementJson.readPlacement(json, "p.json", null, 3, 16);
    assertThat(p.nodes()).isEqualTo(5);
    assertThat(p.shardCount()).isEqualTo(8);
  }

  @Test
  void unknownTableIsRejectedByName() {
    String json = "{\"tables\":[{\"name\":\"stock\",\"placement\":\"reference\"}]}";
    assertThatThrownBy(() -> PlacementJson.readPlacement(json, "p.json", SHOP, 4, 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.json: table stock is not in the schema");
  }

  @Test
  void unknownColumnIsRejectedByName() {
    String json = """
        {"tables":[{"name":"warehouse","placement":"distributed","column":"w_idx","colocationGroup":1}]}""";
    assertThatThrownBy(() -> PlacementJson.readPlacement(json, "p.json", SHOP, 4, 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("p.json: table warehouse has no column w_idx");
  }

  @Test
  void schemaTablesLeftOutAreNamed() {
    String json = "{\"tables\":[{\"name\":\"item\",\"placement\":\"reference\"},"
        + "{\"name\":\"orders\",\"placement\":\"reference\"}]}";
    assertThatThrownBy(() -> PlacementJson.readPlacement(json, "p.json", SHOP, 4, 32))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("does not place tables warehouse, order_line");
  }

  @Test
  void duplicateTablesAndBadKindsAreRejected() {
    String dup = "{\"tables\":[{\"name\":\"item\",\"placement\":\"reference\"},{\"name\":\"item\",\"placement\":\"reference\"}]}";
    assertThatThrownBy(() -> PlacementJson.readPlacement(dup, "p.json", null, 4, 32))
        .hasMessage("p.json places table item more than once");
    String kind = "{\"tables\":[{\"name\":\"item\",\"placement\":\"replicated\"}]}";
    assertThatThrownBy(() -> PlacementJson.readPlacement(kind, "p.json", null, 4, 32))
        .hasMessageContaining("placement \"replicated\"");
    String noColumn = "{\"tables\":[{\"name\":\"item\",\"placement\":\"distributed\"}]}";
    assertThatThrownBy(() -> PlacementJson.readPlacement(noColumn, "p.json", null, 4, 32))
        .hasMessage("p.json: distributed table item has no \"column\"");
    assertThatThrownBy(() -> PlacementJson.readPlacement("{\"tables\": [", "p.json", null, 4, 32))
        .hasMessageStartingWith("p.json is not valid JSON");
    assertThatThrownBy(() -> PlacementJson.readPlacement("{}", "p.json", null, 4, 32))
        .hasMessage("p.json has no \"tables\" array");
  }

  @Test
  void missingColocationGroupsFollowCitusDefaultColocationByColumnType() {
    String json = """
        {"tables":[{"name":"warehouse","placement":"distributed","column":"w_id","colocationGroup":3},
                   {"name":"item","placement":"distributed","column":"i_id"},
                   {"name":"orders","placement":"distributed","column":"o_c_id"},
                   {"name":"order_line","placement":"distributed","column":"ol_w_id"}]}""";
    Placement p = PlacementJson.readPlacement(json, "p.json", SHOP, 4, 32);
    // integer columns share one new group, bigint columns another
    assertThat(p.table("item").orElseThrow().colocationGroup()).isEqualTo(4);
    assertThat(p.table("order_line").orElseThrow().colocationGroup()).isEqualTo(4);
    assertThat(p.table("orders").orElseThrow().colocationGroup()).isEqualTo(5);
    assertThat(p.table("warehouse").orElseThrow().colocationGroup()).isEqualTo(3);
  }

  @Test
  void expectedJsonReadsAsThePlacementItHolds() {
    String json = """
        {"workload":"tpcc","scale":4,"seed":1,"format":"csvlog","transactions":10,
         "tables":[{"name":"warehouse","placement":"distributed","column":"w_id","colocationGroup":1,"reason":"r"},
                   {"name":"item","placement":"reference","reason":"r"},
                   {"name":"orders","placement":"distributed","column":"o_w_id","colocationGroup":1,"reason":"r"},
                   {"name":"order_line","placement":"distributed","column":"ol_w_id","colocationGroup":1,"reason":"r"}],
         "counts":{"item":{"reads":1,"inserts":0,"updates":0,"deletes":0}}, "notes":["n"]}""";
    Placement p = PlacementJson.readPlacement(json, "expected.json", SHOP, 4, 32);
    assertThat(p.tables()).filteredOn(t -> t.kind() == PlacementKind.DISTRIBUTED).hasSize(3);
  }

  @Test
  void adviceDocumentMatchesGoldenFile() throws IOException {
    Map<String, PlacementMetrics> baselines = new LinkedHashMap<>();
    baselines.put("hashPrimaryKey", new PlacementMetrics(0.912345678, 1234, 56789, 1.0312, 0, 1000));
    baselines.put("replicateAll", new PlacementMetrics(0.95, 0, 0, 1.0, 4242, 1000));
    Advice advice = new Advice(expert(), new PlacementMetrics(0.0125, 12, 480, 1.02, 0, 1000), baselines, List.of("n"));
    Map<String, Long> skipped = new LinkedHashMap<>();
    skipped.put("unparseable", 3L);
    skipped.put("unknown table", 1L);
    String actual = PlacementJson.write(advice, new InputSummary(5000, 1000, skipped));
    Golden.check("json/advice.json", actual);
  }

  /** Golden files with an update flag, as in the rest of the build. */
  static final class Golden {
    static void check(String name, String actual) throws IOException {
      Path golden = Paths.get("src/test/resources/golden", name);
      if (Boolean.getBoolean("golden.update")) {
        Files.createDirectories(golden.getParent());
        Files.writeString(golden, actual, StandardCharsets.UTF_8);
        return;
      }
      String expected = Files.exists(golden) ? Files.readString(golden, StandardCharsets.UTF_8) : null;
      if (!actual.equals(expected)) {
        Path out = Paths.get("target/golden-actual", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, actual, StandardCharsets.UTF_8);
      }
      assertThat(actual).as("golden file " + golden + " (actual written under target/golden-actual;"
          + " rerun with -Dgolden.update=true to accept)").isEqualTo(expected);
    }
  }

  @TempDir Path dir;

  @Test
  void readsFromAFile() throws IOException {
    Path f = dir.resolve("placement.json");
    Files.writeString(f, PlacementJson.writePlacement(expert()));
    assertThat(PlacementJson.readPlacement(f, SHOP, 2, 2)).isEqualTo(expert());
  }
}
