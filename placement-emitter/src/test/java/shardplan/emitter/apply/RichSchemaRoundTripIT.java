package shardplan.emitter.apply;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import shardplan.analyzer.catalog.SqlStatementSplitter;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.cluster.PostgresInstance;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.RichSchema;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.WorkerAddress;

/**
 * The rich schema (every object kind) through new mode onto a real cluster: the schema read back
 * with pg_dump equals the input plus exactly the documented changes, inserts that rely on serial,
 * identity and sequence defaults work, and the placement reads back with its colocation groups.
 * The Citus part is skipped, saying why, where the Citus extension is not installed.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RichSchemaRoundTripIT {
  private LocalCluster cluster;
  private Path dir;
  private PostgresBinaries bin;
  private boolean citus;

  @BeforeAll
  void up() throws Exception {
    bin = PostgresBinaries.require();
    citus = bin.hasCitus();
    dir = Files.createTempDirectory("shardplan-rich-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(3, dir.resolve("cluster")).withCitus(citus));
  }

  @AfterAll
  void down() {
    if (cluster != null) {
      cluster.close();
    }
    TpccDatabase.deleteTree(dir);
  }

  @Test
  void theFixtureIsWhatPgDumpWritesForItsSource() throws Exception {
    PostgresInstance c = cluster.coordinator();
    c.createDatabase("source");
    run(c, "source", RichSchema.resource("rich-source.sql"));
    assertThat(statements(pgDump(c, "source"))).isEqualTo(statements(RichSchema.dump().text()));
  }

  @Test
  void citusNewModeKeepsEveryObjectAndAddsOnlyThePlacementsChanges() throws Exception {
    Assumptions.assumeTrue(citus, "the Citus extension is not installed for this machine's PostgreSQL"
        + " (no citus.so in its pkglibdir)");
    String db = "richcitus";
    for (PostgresInstance n : cluster.nodes()) {
      n.createDatabase(db);
      run(n, db, "CREATE EXTENSION citus");
    }
    StringBuilder wire = new StringBuilder("SELECT citus_set_coordinator_host('127.0.0.1', "
        + cluster.coordinator().port() + ");");
    for (PostgresInstance w : cluster.workers()) {
      wire.append("SELECT citus_add_node('127.0.0.1', ").append(w.port()).append(");");
    }
    run(cluster.coordinator(), db, wire.toString());
    DdlPlan plan = PlacementEmitter.plan(RichSchema.schema(), RichSchema.placement(),
        EmitOptions.citus(Mode.NEW).withSchemaScript(RichSchema.dump()));
    StringWriter log = new StringWriter();
    Connections conns = new Connections(cluster.coordinator().jdbcUrl(db) + "?user=" + cluster.coordinator().user(),
        Map.of());
    ApplyReport report = new Applier(plan, RichSchema.schema(), conns, new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("read back: the cluster holds the placement asked for");
    StringWriter log2 = new StringWriter();
    ApplyReport again = new Applier(plan, RichSchema.schema(), conns, new PrintWriter(log2)).run(true);
    assertThat(again.ran()).as("a second run finds everything in place: " + log2).isZero();

    Set<String> before = statements(RichSchema.dump().text());
    Set<String> after = statements(pgDump(cluster.coordinator(), db));
    Set<String> lost = new LinkedHashSet<>(before);
    lost.removeAll(after);
    Set<String> added = new LinkedHashSet<>(after);
    added.removeAll(before);
    added.removeIf(s -> s.matches("(?is)(CREATE|COMMENT ON) EXTENSION .*\\bcitus\\b.*"));
    assertThat(lost).as("objects of the input changed or lost").containsExactlyInAnyOrder(
        "CREATE SEQUENCE public.invoice_number_seq START WITH 1000 INCREMENT BY 10 MINVALUE 1000 NO MAXVALUE CACHE 5",
        "CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email)",
        "ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)",
        "ALTER TABLE ONLY public.order_line ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id)"
            + " REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED");
    assertThat(added).as("objects the placement added").containsExactlyInAnyOrder(
        "CREATE SEQUENCE public.invoice_number_seq AS integer START WITH 1000 INCREMENT BY 10 MINVALUE 1000"
            + " NO MAXVALUE CACHE 5",
        "ALTER TABLE ONLY public.customer ADD CONSTRAINT customer_email_id_key UNIQUE (email, id)",
        "ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, customer_id)");

    try (Connection c = cluster.coordinator().connect(db); Statement st = c.createStatement()) {
      st.execute("INSERT INTO country (code, name) VALUES ('DE', 'Germany')");
      st.execute("INSERT INTO product (sku, title, price) VALUES ('b-1', 'A book', 12.5)");
      try (ResultSet rs = st.executeQuery("INSERT INTO customer (email, country_code) VALUES ('a@example.org', 'DE')"
          + " RETURNING id")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO orders (customer_id) SELECT id FROM customer"
          + " RETURNING id, invoice_no, status::text")) {
        rs.next();
        assertThat(rs.getLong(1)).isPositive();
        assertThat(rs.getInt(2)).isEqualTo(1000);
        assertThat(rs.getString(3)).isEqualTo("new");
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO order_line (customer_id, order_id, line_no, product_id,"
          + " quantity, unit_price) SELECT customer_id, id, 1, (SELECT id FROM product), 3, 2.50 FROM orders"
          + " RETURNING line_total")) {
        rs.next();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("7.50");
      }
      st.execute("INSERT INTO \"Audit Log\" (\"actorId\", action, during) VALUES (1, 'login', tstzrange(now(), null))");
      try (ResultSet rs = st.executeQuery("UPDATE customer SET \"displayName\" = 'A' RETURNING updated_at")) {
        rs.next();
        assertThat(rs.getTimestamp(1)).isNotNull();
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM open_orders")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
      try (ResultSet rs = st.executeQuery("SELECT count(DISTINCT colocation_id) FROM citus_tables"
          + " WHERE citus_table_type = 'distributed'")) {
        rs.next();
        assertThat(rs.getInt(1)).as("three colocation groups, as placed").isEqualTo(3);
      }
    }
  }

  @Test
  void postgresFdwNewModeKeepsEveryObjectOnTheWorkersAndTheCoordinator() throws Exception {
    String db = "richfdw";
    for (PostgresInstance n : cluster.nodes()) {
      n.createDatabase(db);
    }
    List<WorkerAddress> workers = cluster.workers().stream()
        .map(w -> new WorkerAddress("127.0.0.1", w.port(), db)).toList();
    DdlPlan plan = PlacementEmitter.plan(RichSchema.schema(), RichSchema.placement(),
        EmitOptions.fdw(Mode.NEW, workers).withWorkerUser(java.util.Optional.of(cluster.coordinator().user()))
            .withSchemaScript(RichSchema.dump()));
    StringWriter log = new StringWriter();
    Connections conns = new Connections(cluster.coordinator().jdbcUrl(db) + "?user=" + cluster.coordinator().user(),
        Map.of());
    ApplyReport report = new Applier(plan, RichSchema.schema(), conns, new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("read back: the cluster holds the placement asked for");
    StringWriter log2 = new StringWriter();
    ApplyReport again = new Applier(plan, RichSchema.schema(), conns, new PrintWriter(log2)).run(true);
    assertThat(again.ran()).as("a second run finds everything in place: " + log2).isZero();

    Set<String> before = statements(RichSchema.dump().text());
    String alwaysIdentity = before.stream().filter(s -> s.contains("ADD GENERATED ALWAYS AS IDENTITY")).findFirst()
        .orElseThrow();
    for (PostgresInstance w : cluster.workers()) {
      Set<String> after = statements(pgDump(w, db));
      Set<String> lost = new LinkedHashSet<>(before);
      lost.removeAll(after);
      Set<String> added = new LinkedHashSet<>(after);
      added.removeAll(before);
      List<String> expectedLost = new java.util.ArrayList<>(List.of(alwaysIdentity,
          "CREATE UNIQUE INDEX customer_email_key ON public.customer USING btree (email)",
          "ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id)",
          "ALTER TABLE ONLY public.order_line ADD CONSTRAINT order_line_order_id_fkey FOREIGN KEY (order_id)"
              + " REFERENCES public.orders(id) DEFERRABLE INITIALLY DEFERRED"));
      // the local table stays on the coordinator only
      before.stream().filter(s -> s.contains("public.app_setting")).forEach(expectedLost::add);
      assertThat(lost).as("objects of the input changed or lost on a worker")
          .containsExactlyInAnyOrderElementsOf(expectedLost);
      assertThat(added).as("objects the placement added on a worker").containsExactlyInAnyOrder(
          alwaysIdentity.replace("GENERATED ALWAYS", "GENERATED BY DEFAULT"),
          "ALTER TABLE ONLY public.customer ADD CONSTRAINT customer_email_id_key UNIQUE (email, id)",
          "ALTER TABLE ONLY public.orders ADD CONSTRAINT orders_pkey PRIMARY KEY (id, customer_id)",
          "ALTER TABLE public.customer DISABLE TRIGGER customer_touch");
    }
    // pg_dump writes an index of a partitioned table as CREATE INDEX ... ON ONLY (the partitions' own are attached)
    Set<String> coordinator = statements(pgDump(cluster.coordinator(), db)).stream()
        .map(s -> s.replaceFirst("^(CREATE (UNIQUE )?INDEX \\S+ ON) ONLY ", "$1 "))
        .collect(Collectors.toCollection(LinkedHashSet::new));
    Set<String> lost = new LinkedHashSet<>(before);
    lost.removeAll(coordinator);
    Set<String> distributed = Set.of("customer", "orders", "order_line", "\"Audit Log\"", "inventory.stock");
    for (String s : lost) {
      assertThat(distributed.stream().anyMatch(t -> s.contains((t.contains(".") ? "" : "public.") + t + " ")
          || s.contains((t.contains(".") ? "" : "public.") + t + "\n") || s.contains((t.contains(".") ? "" : "public.")
          + t + "(")))
          .as("only keys, unique indexes, foreign keys and CREATE TABLE of distributed tables may differ on the"
              + " coordinator: " + s).isTrue();
      if (s.startsWith("CREATE TABLE")) {
        assertThat(coordinator).anyMatch(c -> c.startsWith(s + " PARTITION BY HASH ("));
      } else {
        assertThat(s).matches("(?s)(ALTER TABLE ONLY .* ADD CONSTRAINT .* (PRIMARY KEY|UNIQUE|EXCLUDE|FOREIGN KEY).*"
            + "|CREATE UNIQUE INDEX .*)");
      }
    }
    assertThat(coordinator).as("sequences, defaults, identity, indexes, triggers and views stay on the coordinator")
        .contains("ALTER TABLE ONLY public.orders ALTER COLUMN invoice_no SET DEFAULT"
            + " nextval('public.invoice_number_seq'::regclass)",
            "CREATE INDEX orders_open ON public.orders USING btree (customer_id) WHERE (status = ANY"
                + " (ARRAY['new'::public.order_status, 'paid'::public.order_status]))");

    try (Connection c = cluster.coordinator().connect(db); Statement st = c.createStatement()) {
      st.execute("INSERT INTO country (code, name) VALUES ('DE', 'Germany')");
      st.execute("INSERT INTO product (sku, title, price) VALUES ('b-1', 'A book', 12.5)");
      try (ResultSet rs = st.executeQuery("INSERT INTO customer (email, country_code) VALUES ('a@example.org', 'DE')"
          + " RETURNING id")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO orders (customer_id) SELECT id FROM customer"
          + " RETURNING id, invoice_no, status::text")) {
        rs.next();
        assertThat(rs.getLong(1)).isEqualTo(1);
        assertThat(rs.getInt(2)).isEqualTo(1000);
        assertThat(rs.getString(3)).isEqualTo("new");
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO order_line (customer_id, order_id, line_no, product_id,"
          + " quantity, unit_price) SELECT customer_id, id, 1, (SELECT id FROM product), 3, 2.50 FROM orders"
          + " RETURNING line_total")) {
        rs.next();
        assertThat(rs.getBigDecimal(1)).isEqualByComparingTo("7.50");
      }
      st.execute("INSERT INTO \"Audit Log\" (\"actorId\", action, during) VALUES (1, 'login', tstzrange(now(), null))");
      try (ResultSet rs = st.executeQuery("UPDATE customer SET \"displayName\" = 'A' RETURNING updated_at")) {
        rs.next();
        assertThat(rs.getTimestamp(1)).isNotNull();
      }
      try (ResultSet rs = st.executeQuery("SELECT count(*) FROM open_orders")) {
        rs.next();
        assertThat(rs.getInt(1)).isEqualTo(1);
      }
    }
  }

  @Test
  void citusExistingModeKeepsSequencesDefaultsIndexesAndTriggersWorking() throws Exception {
    Assumptions.assumeTrue(citus, "the Citus extension is not installed for this machine's PostgreSQL"
        + " (no citus.so in its pkglibdir)");
    String db = "richexisting";
    for (PostgresInstance n : cluster.nodes()) {
      n.createDatabase(db);
      run(n, db, "CREATE EXTENSION citus");
    }
    StringBuilder wire = new StringBuilder("SELECT citus_set_coordinator_host('127.0.0.1', "
        + cluster.coordinator().port() + ");");
    for (PostgresInstance w : cluster.workers()) {
      wire.append("SELECT citus_add_node('127.0.0.1', ").append(w.port()).append(");");
    }
    run(cluster.coordinator(), db, wire.toString());
    run(cluster.coordinator(), db, RichSchema.resource("rich-source.sql"));
    run(cluster.coordinator(), db, "INSERT INTO country (code, name) VALUES ('DE', 'Germany');"
        + "INSERT INTO product (sku, title, price) VALUES ('b-1', 'A book', 12.5);"
        + "INSERT INTO customer (email, country_code) VALUES ('a@example.org', 'DE');"
        + "INSERT INTO orders (customer_id) VALUES (1);");
    String indexes = "SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes"
        + " WHERE tablename IN ('product', 'customer', 'orders') AND indexname NOT IN ('customer_email_key', 'customer_email_id_key', 'orders_pkey')";
    String before = query(cluster.coordinator(), db, indexes);

    DdlPlan plan = PlacementEmitter.plan(RichSchema.schema(), RichSchema.placement(), EmitOptions.citus(Mode.EXISTING));
    StringWriter log = new StringWriter();
    Connections conns = new Connections(cluster.coordinator().jdbcUrl(db) + "?user=" + cluster.coordinator().user(),
        Map.of());
    ApplyReport report = new Applier(plan, RichSchema.schema(), conns, new PrintWriter(log)).run(true);
    assertThat(report.ok()).as(log.toString()).isTrue();
    assertThat(log.toString()).contains("read back: the cluster holds the placement asked for",
        "every table has the same row count and checksum as before");

    assertThat(query(cluster.coordinator(), db, indexes)).as("indexes kept").isEqualTo(before);
    try (Connection c = cluster.coordinator().connect(db); Statement st = c.createStatement()) {
      try (ResultSet rs = st.executeQuery("INSERT INTO customer (email, country_code) VALUES ('b@example.org', 'DE')"
          + " RETURNING id")) {
        rs.next();
        assertThat(rs.getLong(1)).as("the serial default continues").isEqualTo(2);
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO orders (customer_id) VALUES (2) RETURNING id, invoice_no")) {
        rs.next();
        assertThat(rs.getLong(1)).as("the identity continues").isEqualTo(2);
        // CACHE 5: the session that drew 1000 holds 1010..1040, so a new session continues at 1050
        assertThat(rs.getInt(2)).as("the sequence default continues").isEqualTo(1050);
      }
      try (ResultSet rs = st.executeQuery("INSERT INTO product (sku, title, price) VALUES ('b-2', 'Another', 3)"
          + " RETURNING id")) {
        rs.next();
        assertThat(rs.getLong(1)).as("a reference table's serial default continues").isEqualTo(2);
      }
      try (ResultSet rs = st.executeQuery("UPDATE customer SET \"displayName\" = 'B' WHERE id = 2"
          + " RETURNING updated_at")) {
        rs.next();
        assertThat(rs.getTimestamp(1)).as("the trigger fires on the shards").isNotNull();
      }
    }
  }

  private static String query(PostgresInstance n, String db, String sql) throws Exception {
    try (Connection c = n.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getString(1);
    }
  }

  /** The statements of a dump, comments and psql lines left out, white space folded: what to compare. */
  static Set<String> statements(String dump) {
    return SqlStatementSplitter.split(dump).stream()
        .map(s -> s.text().lines().filter(l -> !l.strip().startsWith("--")).collect(Collectors.joining(" "))
            .replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")").strip())
        .collect(Collectors.toCollection(LinkedHashSet::new));
  }

  private static void run(PostgresInstance n, String db, String sql) throws Exception {
    try (Connection c = n.connect(db); Statement st = c.createStatement()) {
      st.execute(sql);
    }
  }

  private String pgDump(PostgresInstance n, String db) throws Exception {
    Path out = dir.resolve(db + ".sql");
    Process p = new ProcessBuilder(bin.tool("pg_dump").toString(), "--schema-only", "-h", n.host(), "-p",
        Integer.toString(n.port()), "-U", n.user(), "-f", out.toString(), db)
        .redirectErrorStream(true).start();
    String msg = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(msg).isZero();
    return Files.readString(out);
  }

}
