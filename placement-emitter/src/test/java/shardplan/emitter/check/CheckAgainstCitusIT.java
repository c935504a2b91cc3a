package shardplan.emitter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.model.Schema;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.apply.Applier;
import shardplan.emitter.apply.ApplyReport;
import shardplan.emitter.apply.Connections;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Target;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * What {@code check} flags as a broken rule is what Citus refuses: the built-in store workload is
 * distributed by its expert placement on a real Citus cluster, then each hand-made migration is
 * both checked (appended to the schema file) and run on the cluster (in a transaction that is rolled back). Skipped, saying why, without Citus.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CheckAgainstCitusIT {
  private Path dir;
  private LocalCluster cluster;
  private String storeSchema;
  private Path placementFile;

  /** A migration: its statements, run on the cluster and appended to the schema file that is checked. */
  record Migration(String name, String sql) {
    @Override
    public String toString() {
      return name;
    }
  }

  static List<Migration> migrations() {
    return List.of(
        new Migration("clean: a column, an index, a unique key with the distribution column",
            "ALTER TABLE orders ADD COLUMN o_gift_note varchar(200);\n"
                + "CREATE INDEX orders_date ON orders (o_date);\n"
                + "ALTER TABLE customer ADD CONSTRAINT customer_mail UNIQUE (c_id, c_email);"),
        new Migration("unique key without the distribution column",
            "ALTER TABLE orders ADD CONSTRAINT orders_id UNIQUE (o_id);"),
        new Migration("foreign key from a reference table to a distributed table",
            "ALTER TABLE item ADD CONSTRAINT item_stocked FOREIGN KEY (i_id) REFERENCES inventory (inv_i_id);"),
        new Migration("foreign key between distributed tables of different groups",
            "ALTER TABLE order_line ADD CONSTRAINT ol_inventory FOREIGN KEY (ol_i_id) REFERENCES inventory (inv_i_id);"),
        new Migration("foreign key that pairs the distribution column with another column",
            "ALTER TABLE cc_xacts ADD CONSTRAINT cx_orders_swapped FOREIGN KEY (cx_o_id, cx_c_id)"
                + " REFERENCES orders (o_c_id, o_id);"),
        new Migration("distribution column type change that splits the colocation group",
            "ALTER TABLE orders ALTER COLUMN o_c_id TYPE bigint;"),
        new Migration("new table in the foreign-key tree (accepted, left local: check reports it unplaced)",
            "CREATE TABLE order_note (on_c_id integer NOT NULL, on_o_id integer NOT NULL, on_id integer NOT NULL,"
                + " PRIMARY KEY (on_c_id, on_o_id, on_id),"
                + " FOREIGN KEY (on_c_id, on_o_id) REFERENCES orders (o_c_id, o_id));"));
  }

  @BeforeAll
  void up() throws Exception {
    Assumptions.assumeTrue(PostgresBinaries.locate().map(PostgresBinaries::hasCitus).orElse(false),
        "the Citus extension is not installed for this machine's PostgreSQL (no citus.so in its pkglibdir)");
    dir = Files.createTempDirectory("shardplan-check-citus",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(true));
    GenerationResult store = WorkloadGenerator.generate("store", WorkloadOptions.DEFAULT.withScale(2)
        .withTransactions(10).withSmall(true).withWriteData(false), dir.resolve("store"));
    storeSchema = Files.readString(store.schema());
    placementFile = store.expectedFile();
    try (Connection c = cluster.coordinator().connect(LocalCluster.DATABASE); Statement st = c.createStatement()) {
      st.execute(storeSchema);
    }
    Schema schema = Analyzer.readSchema(store.schema());
    Placement p = PlacementJson.readPlacement(placementFile, schema, 3, 8);
    Connections conns = new Connections(cluster.coordinator().jdbcUrl(LocalCluster.DATABASE),
        Map.of("PGUSER", cluster.coordinator().user()));
    StringWriter log = new StringWriter();
    ApplyReport r = new Applier(PlacementEmitter.plan(schema, p, EmitOptions.citus(Mode.EXISTING)), schema, conns,
        new PrintWriter(log)).run(true);
    assertThat(r.ok()).as(log.toString()).isTrue();
  }

  @AfterAll
  void down() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("migrations")
  void checkFlagsARuleExactlyWhenCitusRefusesTheMigration(Migration m) throws Exception {
    String after = storeSchema + "\n" + m.sql() + "\n";
    Path file = dir.resolve("after.sql");
    Files.writeString(file, after);
    Schema schema = Analyzer.readSchema(file);
    PlacementJson.Matched matched = PlacementJson.readMatching(placementFile, schema, 3, 8);
    CheckReport report = PlacementCheck.check(schema, matched.placement(), matched.stale(), Target.CITUS);
    List<Finding> rules = report.findings().stream().filter(f -> f.kind() == FindingKind.RULE).toList();

    String refusal = null;
    try (Connection c = cluster.coordinator().connect(LocalCluster.DATABASE)) {
      c.setAutoCommit(false);
      try (Statement st = c.createStatement()) {
        st.execute(m.sql());
      } catch (SQLException e) {
        refusal = e.getMessage().lines().findFirst().orElse("");
      } finally {
        c.rollback();
      }
    }
    List<String> lines = new ArrayList<>();
    rules.forEach(f -> lines.add(f.line()));
    System.out.println("[" + m.name() + "] citus: " + (refusal == null ? "accepted" : refusal) + "; check: "
        + (lines.isEmpty() ? "no rule broken" : String.join(" / ", lines)));
    assertThat(refusal != null).as("citus refused (" + refusal + ") vs check flagged " + lines)
        .isEqualTo(!rules.isEmpty());
    if (m.name().startsWith("clean")) {
      assertThat(report.clean()).as(report.findings().toString()).isTrue();
    }
    if (m.name().startsWith("new table")) {
      assertThat(report.errors()).extracting(Finding::kind).containsExactly(FindingKind.TABLE_NOT_PLACED);
      assertThat(report.warnings()).singleElement().satisfies(f -> assertThat(f.likely().colocationGroup())
          .isEqualTo(matched.placement().table("orders").orElseThrow().colocationGroup()));
    }
  }
}
