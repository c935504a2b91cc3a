package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * {@code shardplan check} on the built-in workloads' schemas after hand-made migrations: each
 * migration is the workload's schema.sql with the migration's statements appended, checked
 * against the workload's expert placement.
 */
class CheckCommandTest {
  @TempDir static Path dir;
  static GenerationResult store;
  static GenerationResult tpcc;
  static String storeSchema;

  @BeforeAll
  static void generate() throws Exception {
    WorkloadOptions o = WorkloadOptions.DEFAULT.withScale(2).withTransactions(10).withSmall(true).withWriteData(false);
    store = WorkloadGenerator.generate("store", o, dir.resolve("store"));
    tpcc = WorkloadGenerator.generate("tpcc", o, dir.resolve("tpcc"));
    storeSchema = Files.readString(store.schema());
  }

  private static Path migrated(String name, String schema) throws IOException {
    Path p = dir.resolve(name + ".sql");
    Files.writeString(p, schema);
    return p;
  }

  private static CliRun checkStore(String name, String schema, String... more) throws IOException {
    String[] base = {"check", "--schema", migrated(name, schema).toString(), "--placement",
        store.expectedFile().toString()};
    String[] args = java.util.Arrays.copyOf(base, base.length + more.length);
    System.arraycopy(more, 0, args, base.length, more.length);
    return CliRun.of(args);
  }

  private static List<String> lines(CliRun r) {
    return r.out().lines().toList();
  }

  @Test
  void cleanMigrationExitsZero() throws Exception {
    CliRun r = checkStore("clean", storeSchema
        + "\nALTER TABLE orders ADD COLUMN o_gift_note varchar(200);\n"
        + "CREATE INDEX orders_date ON orders (o_date);\n"
        + "ALTER TABLE customer ADD CONSTRAINT customer_pk_and_mail UNIQUE (c_id, c_email);\n"
        + "ALTER TABLE item ADD COLUMN i_language char(2);\n");
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.out()).isEqualTo("check: clean: the placement places all 12 tables and citus accepts every"
        + " constraint\n");
  }

  @Test
  void uniqueConstraintWithoutTheDistributionColumnIsRefused() throws Exception {
    CliRun r = checkStore("unique", storeSchema + "\nALTER TABLE orders ADD CONSTRAINT orders_id UNIQUE (o_id);\n");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lines(r)).containsExactly("error: table orders: unique key (o_id) lacks o_c_id: citus refuses this:"
        + " a primary key or unique constraint of a distributed table must contain its distribution column"
        + " [key-without-distribution-column]");
    assertThat(r.err()).contains("check: 1 error, 0 warnings (citus, 12 tables)");
  }

  @Test
  void foreignKeyFromAReferenceTableToADistributedTableIsRefused() throws Exception {
    CliRun r = checkStore("ref-to-dist", storeSchema
        + "\nALTER TABLE item ADD CONSTRAINT item_stocked FOREIGN KEY (i_id) REFERENCES inventory (inv_i_id);\n",
        "--target", "postgres-fdw");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lines(r)).containsExactly("error: table item: foreign key item(i_id) -> inventory(inv_i_id):"
        + " postgres-fdw refuses this: a foreign key may not go from a reference table to a distributed table"
        + " [foreign-key-reference-to-distributed]");
  }

  @Test
  void columnTypeChangeThatSplitsAColocationGroupIsFound() throws Exception {
    CliRun r = checkStore("type-split", storeSchema + "\nALTER TABLE orders ALTER COLUMN o_c_id TYPE bigint;\n");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lines(r)).contains("error: table orders: orders.o_c_id is bigint but customer.c_id is integer:"
        + " citus refuses this: colocated distribution columns must have the same type [colocated-types-differ]");
    assertThat(lines(r)).allMatch(l -> l.startsWith("error: table "));
    assertThat(lines(r)).filteredOn(l -> l.contains("[foreign-key-not-colocated]")).isNotEmpty()
        .allMatch(l -> l.contains("(orders left its colocation group: see colocated-types-differ)"));
  }

  @Test
  void newTableOutsideThePlacementIsAnError() throws Exception {
    CliRun r = checkStore("new-table", storeSchema
        + "\nCREATE TABLE audit_event (ae_id bigint PRIMARY KEY, ae_kind text NOT NULL, ae_at timestamp);\n");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lines(r)).containsExactly("error: table audit_event: the placement does not place it; on citus it"
        + " would stay a local table on the coordinator [table-not-placed]");
  }

  @Test
  void droppedTableAndRenamedDistributionColumnAreFound() throws Exception {
    String schema = storeSchema + "\nALTER TABLE inventory RENAME COLUMN inv_i_id TO inv_item_id;\n"
        + "DROP TABLE cc_xacts;\n";
    CliRun r = checkStore("gone", schema);
    assertThat(r.exit()).isEqualTo(1);
    assertThat(lines(r)).containsExactly(
        "error: table cc_xacts: the placement places it but the schema has no such table (dropped or renamed?)"
            + " [placed-table-missing]",
        "error: table inventory: the placement distributes it on inv_i_id but the table has no such column"
            + " (dropped or renamed?) [placed-column-missing]");
  }

  @Test
  void tablesAddedInAForeignKeyTreeGetTheirLikelyPlacement() throws Exception {
    CliRun r = checkStore("fk-tree", storeSchema + """

        CREATE TABLE note_kind (nk_id integer PRIMARY KEY, nk_name text NOT NULL);
        CREATE TABLE order_note (
          on_c_id integer NOT NULL, on_o_id integer NOT NULL, on_id integer NOT NULL, on_kind integer NOT NULL,
          PRIMARY KEY (on_c_id, on_o_id, on_id),
          FOREIGN KEY (on_c_id, on_o_id) REFERENCES orders (o_c_id, o_id),
          FOREIGN KEY (on_kind) REFERENCES note_kind (nk_id));
        CREATE TABLE order_note_file (
          nf_c_id integer NOT NULL, nf_o_id integer NOT NULL, nf_note_id integer NOT NULL, nf_path text,
          PRIMARY KEY (nf_c_id, nf_o_id, nf_note_id),
          FOREIGN KEY (nf_c_id, nf_o_id, nf_note_id) REFERENCES order_note (on_c_id, on_o_id, on_id));
        CREATE TABLE publisher (p_id integer PRIMARY KEY, p_name text NOT NULL);
        ALTER TABLE item ADD COLUMN i_p_id integer;
        ALTER TABLE item ADD CONSTRAINT item_publisher FOREIGN KEY (i_p_id) REFERENCES publisher (p_id);
        """, "--format", "json");
    assertThat(r.exit()).isEqualTo(1);
    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("errors").asInt()).isEqualTo(4);
    assertThat(root.get("warnings").asInt()).isEqualTo(4);
    JsonNode f = root.get("findings");
    assertThat(likely(f, "order_note")).isEqualTo("distributed on_c_id 1 [order_note(on_c_id, on_o_id) ->"
        + " orders(o_c_id, o_id)]");
    assertThat(likely(f, "order_note_file")).isEqualTo("distributed nf_c_id 1 [order_note_file(nf_c_id, nf_o_id,"
        + " nf_note_id) -> order_note(on_c_id, on_o_id, on_id), order_note(on_c_id, on_o_id) -> orders(o_c_id, o_id)]");
    assertThat(likely(f, "note_kind")).isEqualTo("reference null 0 [order_note(on_kind) -> note_kind(nk_id),"
        + " order_note(on_c_id, on_o_id) -> orders(o_c_id, o_id)]");
    assertThat(likely(f, "publisher")).isEqualTo("reference null 0 [item(i_p_id) -> publisher(p_id)]");
  }

  private static String likely(JsonNode findings, String table) {
    for (JsonNode n : findings) {
      if (n.get("table").asText().equals(table) && n.has("likelyPlacement")) {
        JsonNode l = n.get("likelyPlacement");
        List<String> path = new java.util.ArrayList<>();
        l.get("foreignKeyPath").forEach(p -> path.add(p.asText()));
        return l.get("placement").asText() + " " + (l.has("column") ? l.get("column").asText() : "null") + " "
            + (l.has("colocationGroup") ? l.get("colocationGroup").asInt() : 0) + " " + path;
      }
    }
    return "none for " + table;
  }

  @Test
  void findingsTheBaselineSchemaHadDoNotFailTheCheck() throws Exception {
    String base = Files.readString(tpcc.schema());
    Path clean = dir.resolve("tpcc-clean.sql");
    Files.writeString(clean, base + "\nALTER TABLE customer ADD COLUMN c_loyalty integer;\n");
    CliRun r = CliRun.of("check", "--schema", clean.toString(), "--placement", tpcc.expectedFile().toString(),
        "--baseline", tpcc.schema().toString());
    assertThat(r.exit()).as(r.out() + r.err()).isZero();
    assertThat(r.err()).contains("check: 2 findings the baseline schema already had not counted");
    assertThat(r.out()).isEqualTo("check: clean: nothing the baseline schema did not already have (2 known findings"
        + " not counted)\n");

    Path broken = dir.resolve("tpcc-broken.sql");
    Files.writeString(broken, base + "\nALTER TABLE stock ADD CONSTRAINT stock_item UNIQUE (s_i_id);\n");
    CliRun b = CliRun.of("check", "--schema", broken.toString(), "--placement", tpcc.expectedFile().toString(),
        "--baseline", tpcc.schema().toString());
    assertThat(b.exit()).isEqualTo(1);
    assertThat(lines(b)).containsExactly("error: table stock: unique key (s_i_id) lacks s_w_id: citus refuses this:"
        + " a primary key or unique constraint of a distributed table must contain its distribution column"
        + " [key-without-distribution-column]");
  }

  @Test
  void badInputIsOneLine() throws Exception {
    CliRun r = CliRun.of("check", "--schema", store.schema().toString(), "--placement",
        dir.resolve("none.json").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: ").endsWith("none.json: no such file").doesNotContain("\n");
    CliRun f = CliRun.of("check", "--schema", store.schema().toString(), "--placement",
        store.expectedFile().toString(), "--format", "yaml");
    assertThat(f.exit()).isEqualTo(1);
    assertThat(f.err().strip()).isEqualTo("error: unknown --format 'yaml' (use text, json or junit)");
  }
}
