package shardplan.emitter.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.cluster.PostgresInstance;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;

/**
 * The Citus target on a locally installed Citus: a coordinator and two workers started by
 * {@link LocalCluster}. Skipped, saying why, when the Citus extension is not installed for this
 * machine's PostgreSQL.
 *
 * <p>{@code existing} mode moves a loaded TPC-C database (tables with their foreign keys) into
 * place with every row kept, which on Citus depends on dropping the foreign keys around the
 * distribution calls; {@code new} mode creates the tables, which then load through the
 * coordinator. Both are read back from Citus' metadata, and the workload's templates return
 * the same rows as on a single-node copy.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CitusLocalIT {
  private static final String SINGLE = "single";
  private static final String FRESH = "fresh";
  private LocalCluster cluster;
  private TpccDatabase tpcc;
  private Path dir;

  @BeforeAll
  void up() throws Exception {
    Assumptions.assumeTrue(PostgresBinaries.locate().map(PostgresBinaries::hasCitus).orElse(false),
        "the Citus extension is not installed for this machine's PostgreSQL (no citus.so in its pkglibdir)");
    dir = Files.createTempDirectory("shardplan-citus-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(true));
    tpcc = new TpccDatabase("tpcc", shardplan.workloads.WorkloadOptions.DEFAULT.withScale(4).withSmall(true)
        .withSeed(5), dir.resolve("data"));
    PostgresInstance c = cluster.coordinator();
    c.createDatabase(SINGLE);
    for (String db : List.of(LocalCluster.DATABASE, SINGLE)) {
      try (Connection conn = c.connect(db)) {
        tpcc.createSchema(conn);
        tpcc.load(conn);
      }
    }
    wireCitus(FRESH);
  }

  /** A second Citus database: the extension on every node, the workers registered with the coordinator. */
  private void wireCitus(String db) throws Exception {
    for (PostgresInstance n : cluster.nodes()) {
      n.createDatabase(db);
      try (Connection conn = n.connect(db); Statement st = conn.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      }
    }
    try (Connection conn = cluster.coordinator().connect(db); Statement st = conn.createStatement()) {
      st.execute("SELECT citus_set_coordinator_host('127.0.0.1', " + cluster.coordinator().port() + ")");
      for (PostgresInstance w : cluster.workers()) {
        st.execute("SELECT citus_add_node('127.0.0.1', " + w.port() + ")");
      }
    }
  }

  @AfterAll
  void down() {
    if (cluster != null) {
      cluster.close();
    }
    TpccDatabase.deleteTree(dir);
  }

  private Connections connections(String db) {
    return new Connections(cluster.coordinator().jdbcUrl(db) + "?user=" + cluster.coordinator().user(), Map.of());
  }

  private DdlPlan plan(Mode mode) {
    return PlacementEmitter.plan(tpcc.schema, tpcc.expertPlacement(3, 8), EmitOptions.citus(mode));
  }

  @Test
  @Order(1)
  void existingModeDistributesLoadedTablesWithForeignKeysAndKeepsEveryRow() throws Exception {
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(plan(Mode.EXISTING), tpcc.schema, connections(LocalCluster.DATABASE),
        new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("every table has the same row count and checksum as before",
        "read back: the cluster holds the placement asked for");
    try (Connection c = cluster.coordinator().connect(LocalCluster.DATABASE); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FILTER (WHERE citus_table_type = 'distributed'),"
             + " count(*) FILTER (WHERE citus_table_type = 'reference'), count(DISTINCT colocation_id)"
             + " FILTER (WHERE citus_table_type = 'distributed') FROM citus_tables")) {
      rs.next();
      assertThat(rs.getInt(1)).isEqualTo(8);
      assertThat(rs.getInt(2)).isEqualTo(1);
      assertThat(rs.getInt(3)).isEqualTo(1);
    }
    StringWriter log2 = new StringWriter();
    ApplyReport again = new Applier(plan(Mode.EXISTING), tpcc.schema, connections(LocalCluster.DATABASE),
        new PrintWriter(log2)).run(true);
    assertThat(again.ran()).as(log2.toString()).isZero();
  }

  @Test
  @Order(2)
  void everyTemplateReturnsTheSameRowsOnCitusAsOnOneNode() throws Exception {
    try (Connection placed = cluster.coordinator().connect(LocalCluster.DATABASE);
         Connection single = cluster.coordinator().connect(SINGLE)) {
      TemplateReplay.check(tpcc, placed, single);
    }
  }

  @Test
  @Order(3)
  void newModeCreatesDistributedTablesThatLoadThroughTheCoordinator() throws Exception {
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(plan(Mode.NEW), tpcc.schema, connections(FRESH), new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    try (Connection c = cluster.coordinator().connect(FRESH)) {
      tpcc.load(c);
      try (Connection single = cluster.coordinator().connect(SINGLE)) {
        assertThat(TableFingerprint.ofAll(c, tpcc.schema).get("item"))
            .isEqualTo(TableFingerprint.ofAll(single, tpcc.schema).get("item"));
      }
    }
    ApplyReport again = new Applier(plan(Mode.NEW), tpcc.schema, connections(FRESH), new PrintWriter(log)).run(true);
    assertThat(again.ran()).isZero();
  }

  @Test
  @Order(4)
  void aPlacementThatNeedsRepairsMovesExistingTablesWithEveryRow() throws Exception {
    String db = "store";
    wireCitus(db);
    try (Connection c = cluster.coordinator().connect(db)) {
      StoreDatabase.create(c);
    }
    DdlPlan plan = PlacementEmitter.plan(StoreDatabase.SCHEMA, shardplan.emitter.TestPlacements.store(),
        EmitOptions.citus(Mode.EXISTING));
    assertThat(plan.repairs()).hasSize(9);
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(plan, StoreDatabase.SCHEMA, connections(db), new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("every table has the same row count and checksum as before",
        "read back: the cluster holds the placement asked for");
    try (Connection c = cluster.coordinator().connect(db); Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_constraint WHERE contype = 'f'"
             + " AND conrelid::regclass::text IN ('cart', 'order_line', 'orders', 'cc_xacts')")) {
      rs.next();
      assertThat(rs.getInt(1)).as("kept: order_line -> item, cc_xacts -> country, orders -> customer").isEqualTo(3);
    }
  }

  @Test
  @Order(5)
  void theOnlineStoreMovesWithEveryRowAndItsTemplatesReturnTheSameRows() throws Exception {
    TpccDatabase store = new TpccDatabase("store", shardplan.workloads.WorkloadOptions.DEFAULT.withSmall(true)
        .withSeed(13), dir.resolve("store-data"));
    wireCitus("shop");
    cluster.coordinator().createDatabase("shop_single");
    for (String db : List.of("shop", "shop_single")) {
      try (Connection c = cluster.coordinator().connect(db)) {
        store.createSchema(c);
        store.load(c);
      }
    }
    DdlPlan plan = PlacementEmitter.plan(store.schema, store.expertPlacement(3, 8), EmitOptions.citus(Mode.EXISTING));
    StringWriter log = new StringWriter();
    ApplyReport report = new Applier(plan, store.schema, connections("shop"), new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("every table has the same row count and checksum as before",
        "read back: the cluster holds the placement asked for");
    try (Connection placed = cluster.coordinator().connect("shop");
         Connection single = cluster.coordinator().connect("shop_single")) {
      TemplateReplay.check(store, placed, single);
    }
  }
}
