package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.Seeded;
import shardplan.analyzer.model.Table;

/** Damaged DDL never crashes the reader: it gives a schema with warnings, or one clear error. */
class DdlSchemaReaderPropertiesTest {
  private static final String DUMP = read("pg15-schema-only.sql");
  private static final String TPCC = read("tpcc-like-schema.sql");

  private static String read(String name) {
    try {
      return Files.readString(DdlSchemaReaderTest.resource(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One edit of a text: delete, duplicate or insert a fragment at a position. */
  record Edit(int kind, double at, int length, String inserted) {
    String apply(String text) {
      int pos = (int) (at * text.length());
      int end = Math.min(text.length(), pos + length);
      return switch (kind) {
        case 0 -> text.substring(0, pos) + text.substring(end);
        case 1 -> text.substring(0, end) + text.substring(pos, end) + text.substring(end);
        case 2 -> text.substring(0, pos) + inserted + text.substring(pos);
        default -> text.substring(0, pos); // truncated
      };
    }
  }

  private static final String[] FRAGMENTS = {"(", ")", "'", "\"", "$$", ";", "--", "/*", ",", "NOT NULL",
      "PRIMARY KEY (", "REFERENCES", "CREATE TABLE x (", "\u0000", "\\", "E'", "\n", "\u00e9\u4e2d"};

  static List<Edit> edits(Random rnd) {
    return Seeded.listOf(rnd, 1, 8, r -> new Edit(r.nextInt(4), r.nextInt(20) == 0 ? 1.0 : r.nextDouble(), 1 + r.nextInt(200),
        Seeded.oneOf(r, FRAGMENTS)));
  }

  @Test
  void damagedDumpGivesTablesWithWarningsOrOneLineError() {
    Seeded.forAll("damagedDumpGivesTablesWithWarningsOrOneLineError", 60, rnd -> damaged(edits(rnd), rnd.nextBoolean()));
  }

  private static void damaged(List<Edit> edits, boolean tpcc) {
    String text = tpcc ? TPCC : DUMP;
    if (tpcc) {
      text = "SET search_path = app, public;\n" + text;
    }
    for (Edit e : edits) {
      text = e.apply(text);
    }
    try {
      SchemaReadResult r = DdlSchemaReader.parse(text, "damaged.sql");
      assertThat(r.schema().tables()).isNotEmpty();
      for (String w : r.warnings()) {
        assertThat(w).startsWith("damaged.sql:").doesNotContain("\n");
      }
      for (Table t : r.schema().tables()) {
        assertThat(t.name()).doesNotContain("\u0000");
        for (var fk : t.foreignKeys()) {
          assertThat(fk.referencedColumns()).hasSameSizeAs(fk.columns());
          assertThat(fk.referencedTable()).doesNotContain("\u0000");
        }
        assertThat(t.columns()).extracting(c -> c.name()).doesNotHaveDuplicates();
      }
    } catch (SchemaReadException e) {
      assertThat(e.getMessage()).startsWith("damaged.sql: ").doesNotContain("\n");
    }
  }

  @Test
  void dumpCutShortInsideACreateTableStillGivesTheTablesBeforeIt() {
    String cut = DUMP.substring(0, DUMP.indexOf("    inv_w_id integer NOT NULL,") + 14);
    SchemaReadResult r = DdlSchemaReader.parse(cut, "cut.sql");
    assertThat(r.schema().tables()).extracting(Table::name).contains("customer", "warehouse")
        .doesNotContain("sales.invoice");
    assertThat(r.warnings()).singleElement().asString().startsWith("cut.sql:").contains("CREATE TABLE sales.invoice skipped");
  }
}
