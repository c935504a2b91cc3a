package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No literal value from a log reaches the report, the JSON or the DDL unless --show-values is
 * given. The log is generated full of recognisable values: keys, names, emails, JSON parameters,
 * values inside the template text (LIKE patterns, IN lists, comments).
 */
class ReportPrivacyTest {
  @TempDir static Path dir;
  static Path schema;
  static Path log;

  /** Markers every generated value carries; none is a table or column name. */
  static final List<String> MARKERS = List.of("Zebediah", "Quux", "secret-mail", "tok_SECRET", "SKU-SECRET",
      "Wombat", "9876543", "Kilimanjaro", "+44 7700");

  @BeforeAll
  static void write() throws Exception {
    schema = dir.resolve("schema.sql");
    Files.writeString(schema, """
        CREATE TABLE customer (id bigint PRIMARY KEY, email text UNIQUE, full_name text, phone text, prefs jsonb);
        CREATE TABLE product (sku text PRIMARY KEY, title text, price numeric);
        CREATE TABLE orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES customer(id), note text,
          amount numeric);
        CREATE TABLE order_line (order_id bigint REFERENCES orders(id), line int, sku text REFERENCES product(sku),
          qty int, PRIMARY KEY (order_id, line));
        """);
    Random r = new Random(42);
    StringBuilder sql = new StringBuilder();
    for (int c = 0; c < 40; c++) {
      long id = 9876543200L + c;
      sql.append(String.format(Locale.ROOT, "INSERT INTO customer (id, email, full_name, phone, prefs) VALUES (%d,"
          + " 'zebediah.quux%d@secret-mail.example', 'Zebediah Quux %d', '+44 7700 900%03d',"
          + " '{\"cardToken\": \"tok_SECRET%d\", \"city\": \"Kilimanjaro\"}');%n", id, c, c, c, c));
    }
    for (int p = 0; p < 20; p++) {
      sql.append(String.format(Locale.ROOT, "INSERT INTO product (sku, title, price) VALUES ('SKU-SECRET-%d',"
          + " 'Wombat deluxe %d', %d.99);%n", p, p, 10 + p));
    }
    for (int t = 0; t < 400; t++) {
      long customer = 9876543200L + (r.nextInt(10) == 0 ? 0 : r.nextInt(40));
      long order = 9876543000000L + t;
      sql.append("BEGIN;\n");
      sql.append(String.format(Locale.ROOT, "SELECT id, full_name FROM customer WHERE email ="
          + " 'zebediah.quux%d@secret-mail.example';%n", customer - 9876543200L));
      sql.append(String.format(Locale.ROOT, "SELECT * FROM customer WHERE id = %d AND full_name LIKE '%%Quux%%';%n",
          customer));
      sql.append(String.format(Locale.ROOT, "INSERT INTO orders (id, customer_id, note, amount) VALUES (%d, %d,"
          + " 'deliver to Zebediah at Kilimanjaro', 42.50);%n", order, customer));
      int lines = 1 + r.nextInt(3);
      for (int l = 0; l < lines; l++) {
        sql.append(String.format(Locale.ROOT, "INSERT INTO order_line (order_id, line, sku, qty) VALUES (%d, %d,"
            + " 'SKU-SECRET-%d', %d);%n", order, l, r.nextInt(20), 1 + r.nextInt(4)));
      }
      sql.append(String.format(Locale.ROOT, "SELECT sku, title FROM product WHERE sku IN ('SKU-SECRET-%d',"
          + " 'SKU-SECRET-%d') /* Wombat */;%n", r.nextInt(20), r.nextInt(20)));
      sql.append(String.format(Locale.ROOT, "UPDATE customer SET prefs = '{\"cardToken\": \"tok_SECRET%d\"}'"
          + " WHERE id = %d;%n", t, customer));
      sql.append("COMMIT;\n");
    }
    log = dir.resolve("app.sql");
    Files.writeString(log, sql);
  }

  private static CliRun advise(Path out, String... more) {
    List<String> a = new ArrayList<>(List.of("advise", "--schema", schema.toString(), log.toString(), "--nodes", "4",
        "--out", out.toString(), "--format", "json"));
    a.addAll(List.of(more));
    return CliRun.of(a.toArray(new String[0]));
  }

  @Test
  void noValueFromTheLogInReportsJsonOrDdl() throws Exception {
    Path out = dir.resolve("advice");
    CliRun r = advise(out);
    assertThat(r.exit()).as(r.err()).isZero();
    List<Path> files;
    try (Stream<Path> s = Files.list(out)) {
      files = s.sorted().toList();
    }
    assertThat(files).extracting(f -> f.getFileName().toString())
        .contains("report.md", "report.html", "placement.json", "citus.sql", "postgres-fdw.sql");
    for (Path f : files) {
      String text = Files.readString(f);
      for (String m : MARKERS) {
        assertThat(text).as("%s holds %s", f.getFileName(), m).doesNotContainIgnoringCase(m);
      }
    }
    for (String m : MARKERS) {
      assertThat(r.out()).doesNotContainIgnoringCase(m);
      assertThat(r.err()).doesNotContainIgnoringCase(m);
    }
    // The hot keys are there, by rank, without their values.
    assertThat(Files.readString(out.resolve("report.md"))).contains("| 1 | ").contains("hidden");
  }

  @Test
  void showValuesLetsTheHotKeysThrough() throws Exception {
    Path out = dir.resolve("advice-values");
    CliRun r = advise(out, "--show-values");
    assertThat(r.exit()).as(r.err()).isZero();
    // The check above can fail: with --show-values the report does show key values.
    assertThat(Files.readString(out.resolve("report.md"))).contains("9876543");
  }
}
