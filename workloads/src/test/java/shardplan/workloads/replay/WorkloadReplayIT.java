package shardplan.workloads.replay;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.workloads.Databases;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.model.ScheduledTransaction;

/**
 * The proof that the workloads are real: a generated workload's schema and initial rows load
 * into a real PostgreSQL, and every statement of 2,000 and more transactions, in their sessions
 * and transactions, with their parameters, succeeds; only the intended rollbacks roll back.
 * Afterwards the database holds what the generator says it wrote.
 */
class WorkloadReplayIT {
  @TempDir
  static Path dir;
  static LocalCluster cluster;
  static PostgresInstance pg;

  @BeforeAll
  static void start() throws Exception {
    cluster = Databases.start("replay", Map.of());
    pg = cluster.coordinator();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static ReplayResult loadAndReplay(Workload w, WorkloadOptions o, String db) throws Exception {
    GenerationResult gen = WorkloadGenerator.generate(w, o, dir.resolve(db));
    pg.createDatabase(db);
    try (Connection c = pg.connect(db)) {
      Map<String, Long> rows = DataLoader.load(c, gen.dir(), w.tables());
      assertThat(rows.keySet()).containsExactlyElementsOf(w.tables());
    }
    List<ScheduledTransaction> txns = WorkloadGenerator.transactions(w, o);
    assertThat(txns).hasSize(o.transactions());
    ReplayResult r = ReplayDriver.replay(() -> pg.connect(db), txns);
    assertThat(r.failures()).isEmpty();
    assertThat(r.failedStatements()).isZero();
    assertThat(r.failedTransactions()).isZero();
    assertThat(r.transactions()).isEqualTo(gen.expected().transactions());
    assertThat(r.committed()).isEqualTo(gen.expected().committedTransactions());
    assertThat(r.intendedRollbacks()).isEqualTo(gen.expected().transactions() - gen.expected().committedTransactions());
    assertThat(r.statements()).isEqualTo(gen.expected().statements());
    return r;
  }

  private static long count(String db, String sql) throws Exception {
    try (Connection c = pg.connect(db); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  @Test
  void everyTpccStatementSucceedsExceptTheIntendedRollbacks() throws Exception {
    Workload tpcc = Workloads.byName("tpcc");
    WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(3).withTransactions(2_500).withSessions(8)
        .withSeed(11);
    ReplayResult r = loadAndReplay(tpcc, o, "tpcc");
    assertThat(r.intendedRollbacks()).as("NewOrder rollbacks").isPositive();
    long newOrders = WorkloadGenerator.transactions(tpcc, o).stream()
        .filter(t -> t.transaction().type().equals("NewOrder") && !t.transaction().rollback()).count();
    // every committed NewOrder added one order to the 3 x 10 x 100 loaded ones
    assertThat(count("tpcc", "SELECT count(*) FROM orders")).isEqualTo(3_000 + newOrders);
    // rolled back NewOrders left no order line: line counts match o_ol_cnt everywhere
    assertThat(count("tpcc", "SELECT count(*) FROM orders o WHERE o_ol_cnt <> (SELECT count(*) FROM order_line"
        + " WHERE ol_w_id = o_w_id AND ol_d_id = o_d_id AND ol_o_id = o_id)")).isZero();
    // the generator's next order numbers are the database's
    assertThat(count("tpcc", "SELECT count(*) FROM district d WHERE d_next_o_id <> (SELECT max(o_id) + 1"
        + " FROM orders WHERE o_w_id = d_w_id AND o_d_id = d_id)")).isZero();
  }

  @Test
  void concurrentSessionsRunTheTpccWorkloadWithRetriedDeadlocksOnly() throws Exception {
    Workload tpcc = Workloads.byName("tpcc");
    WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(1_500).withSessions(6)
        .withSeed(12);
    GenerationResult gen = WorkloadGenerator.generate(tpcc, o, dir.resolve("concurrent"));
    pg.createDatabase("concurrent");
    try (Connection c = pg.connect("concurrent")) {
      DataLoader.load(c, gen.dir(), tpcc.tables());
    }
    List<ScheduledTransaction> txns = WorkloadGenerator.transactions(tpcc, o);
    ReplayResult r = ReplayDriver.replayConcurrently(() -> pg.connect("concurrent"), txns,
        shardplan.workloads.Protocol.EXTENDED, 20);
    long rollbacks = gen.expected().transactions() - gen.expected().committedTransactions();
    // only a rollback's order number, taken first by the next NewOrder of its district, can fail
    assertThat(r.failedTransactions()).isLessThanOrEqualTo(rollbacks);
    assertThat(r.failures()).allSatisfy(f -> assertThat(f).startsWith("NewOrder new_order.order_insert: 23505"));
    assertThat(r.committed()).isEqualTo(gen.expected().committedTransactions());
    assertThat(r.committed() + r.intendedRollbacks() + r.failedTransactions()).isEqualTo(txns.size());
    assertThat(r.elapsed()).isPositive();
  }

  @Test
  void everyStoreStatementSucceeds() throws Exception {
    Workload store = Workloads.byName("store");
    WorkloadOptions o = WorkloadOptions.DEFAULT.withSmall(true).withScale(500).withTransactions(2_500).withSessions(8)
        .withSeed(11);
    ReplayResult r = loadAndReplay(store, o, "store");
    assertThat(r.intendedRollbacks()).isZero();
    long confirms = WorkloadGenerator.transactions(store, o).stream()
        .filter(t -> t.transaction().type().equals("BuyConfirm")).count();
    assertThat(confirms).isPositive();
    long initialOrders;
    try (var lines = java.nio.file.Files.lines(dir.resolve("store").resolve("data").resolve("orders.csv"))) {
      initialOrders = lines.count();
    }
    assertThat(count("store", "SELECT count(*) FROM orders")).isEqualTo(initialOrders + confirms);
    assertThat(count("store", "SELECT count(*) FROM cc_xacts")).isEqualTo(initialOrders + confirms);
    // every confirmed purchase emptied its cart
    assertThat(count("store", "SELECT count(*) FROM orders o WHERE o_status = 'PENDING' AND NOT EXISTS"
        + " (SELECT 1 FROM order_line WHERE ol_c_id = o_c_id AND ol_o_id = o_id)")).isZero();
    assertThat(count("store", "SELECT count(*) FROM inventory WHERE inv_qty < 10")).isZero();
  }
}
