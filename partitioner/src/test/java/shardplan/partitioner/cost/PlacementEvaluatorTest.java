package shardplan.partitioner.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static shardplan.analyzer.model.AccessKind.INSERT;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;
import static shardplan.partitioner.cost.HandWorkloads.access;
import static shardplan.partitioner.cost.HandWorkloads.aborted;
import static shardplan.partitioner.cost.HandWorkloads.tx;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.partitioner.fixture.Seeded;
import shardplan.partitioner.hash.NodeMapper;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;

class PlacementEvaluatorTest {
  static final Schema SCHEMA = HandWorkloads.schema(
      HandWorkloads.table("warehouse", "w_id integer", "w_name text"),
      HandWorkloads.table("item", "i_id integer", "i_price bigint"),
      HandWorkloads.table("stock", "s_i_id integer", "s_w_id integer", "s_quantity integer"),
      HandWorkloads.table("orders", "o_id integer", "o_w_id integer"));

  static Placement byWarehouse(int nodes) {
    return new Placement(nodes, 4, List.of(
        TablePlacement.distributed("warehouse", "w_id", 1, "r"),
        TablePlacement.reference("item", "r"),
        TablePlacement.distributed("stock", "s_w_id", 1, "r"),
        TablePlacement.distributed("orders", "o_w_id", 1, "r")));
  }

  /** The {@code k}-th smallest non-negative warehouse id that lives on {@code node}. */
  static String warehouseOn(Placement p, int node, int k) {
    NodeMapper m = NodeMapper.of(p, SCHEMA);
    int found = 0;
    for (int w = 0; ; w++) {
      if (m.nodeOf("warehouse", Integer.toString(w)) == node && found++ == k) {
        return Integer.toString(w);
      }
    }
  }

  /** Seven transactions whose metrics on two nodes are worked out by hand below. */
  static List<Transaction> handWorkload(Placement p) {
    String a = warehouseOn(p, 0, 0);
    String a2 = warehouseOn(p, 0, 1);
    String b = warehouseOn(p, 1, 0);
    return List.of(
        // T0: one warehouse on node 0, item read there: local
        tx(access("warehouse", READ, "w_id", a), access("stock", UPDATE, "s_i_id", "5", "s_w_id", a),
            access("item", READ, "i_id", "5")),
        // T1: stock rows of a (node 0) and b (node 1): distributed, 1 row remote (tie: home 0)
        tx(access("stock", READ, "s_i_id", "5", "s_w_id", a), access("stock", UPDATE, "s_i_id", "6", "s_w_id", b)),
        // T2: orders without the distribution column: multi-shard, 2 rows spread over 2 nodes, 1 remote
        tx(access("orders", READ, "o_id", "7,8")),
        // T3: a reference write: distributed, 1 copy shipped, amplification 1, 1 row on each node
        tx(access("item", INSERT, "i_id", "9", "i_price", "10")),
        // T4: two warehouses of node 0 by IN, and an item scan read on home node 0: local
        tx(access("warehouse", READ, "w_id", a + "," + a2), access("item", READ)),
        // T5: rolled back, one row of node 1: counted, local
        aborted(access("warehouse", UPDATE, "w_id", b)),
        // T6: nothing the log could attribute
        tx());
  }

  @Test
  void handWorkedMetricsOnTwoNodes() {
    Placement p = byWarehouse(2);
    PlacementEvaluation e = new PlacementEvaluator().evaluateInDetail(p, SCHEMA, HandWorkloads.stream(handWorkload(p)));
    PlacementMetrics m = e.metrics();
    assertThat(m.transactions()).isEqualTo(7);
    assertThat(e.distributedTransactions()).isEqualTo(3);
    assertThat(m.distributedTransactionFraction()).isCloseTo(3.0 / 7, within(1e-12));
    assertThat(m.internodeRows()).isEqualTo(3);
    int stockWidth = 4 + 4 + 4;
    int ordersWidth = 4 + 4;
    int itemWidth = 4 + 8;
    assertThat(m.internodeBytes()).isEqualTo(stockWidth + ordersWidth + itemWidth);
    // node 0: T0 3 rows, T1 1, T2 1, T3 1, T4 3; node 1: T1 1, T2 1, T3 1, T5 1
    assertThat(e.nodeRowAccesses()).containsExactly(9L, 4L);
    assertThat(m.loadSkew()).isCloseTo(9 / 6.5, within(1e-12));
    assertThat(m.replicationWriteAmplification()).isEqualTo(1);
    assertThat(e.multiShardAccesses()).isEqualTo(1);
    assertThat(e.internodeRowsByTable()).containsOnlyKeys("item", "stock", "orders");
  }

  @Test
  void replicatingEverythingMakesEveryWritingTransactionDistributed() {
    Placement p = byWarehouse(2);
    List<Transaction> w = handWorkload(p);
    Placement all = Baselines.replicateAll(SCHEMA, 2, 4);
    PlacementMetrics m = new PlacementEvaluator().evaluate(all, SCHEMA, HandWorkloads.stream(w));
    // T0, T1, T3, T5 write
    assertThat(m.distributedTransactionFraction()).isCloseTo(4.0 / 7, within(1e-12));
    assertThat(m.replicationWriteAmplification()).isEqualTo(4);
    assertThat(m.internodeRows()).isEqualTo(4);
  }

  @Test
  void oneNodeHasNothingDistributedAndNoSkew() {
    Placement p2 = byWarehouse(2);
    Placement p1 = byWarehouse(1);
    PlacementMetrics m = new PlacementEvaluator().evaluate(p1, SCHEMA, HandWorkloads.stream(handWorkload(p2)));
    assertThat(m.distributedTransactionFraction()).isZero();
    assertThat(m.internodeRows()).isZero();
    assertThat(m.replicationWriteAmplification()).isZero();
    assertThat(m.loadSkew()).isEqualTo(1.0);
  }

  @Test
  void anInsertWithoutItsDistributionValueLandsOnOneNode() {
    Placement p = byWarehouse(4);
    List<Transaction> txs = new ArrayList<>();
    for (int i = 0; i < 100; i++) {
      txs.add(tx(access("orders", INSERT, "o_id", Integer.toString(i))));
    }
    PlacementEvaluation e = new PlacementEvaluator().evaluateInDetail(p, SCHEMA, HandWorkloads.stream(txs));
    assertThat(e.metrics().distributedTransactionFraction()).isZero();
    assertThat(e.multiShardAccesses()).isZero();
    // spread over the nodes rather than piled on one
    assertThat(e.nodeRowAccesses()).allSatisfy(l -> assertThat(l).isPositive());
  }

  @Test
  void nullDistributionValuesMatchNoRow() {
    Placement p = byWarehouse(2);
    Transaction t = new Transaction("s", true, 1, List.of(new shardplan.analyzer.model.TableAccess("warehouse", READ,
        List.of(new shardplan.analyzer.model.ColumnValues("w_id", java.util.Arrays.asList((String) null))), "t")));
    PlacementEvaluation e = new PlacementEvaluator().evaluateInDetail(p, SCHEMA, HandWorkloads.stream(List.of(t)));
    assertThat(e.metrics().distributedTransactionFraction()).isZero();
    assertThat(e.nodeRowAccesses()).containsExactly(0L, 0L);
  }

  @Test
  void aSampledStreamIsSaidToBeASample() {
    Placement p = byWarehouse(2);
    List<Transaction> w = handWorkload(p);
    shardplan.analyzer.model.TransactionStream sampled = new shardplan.analyzer.model.TransactionStream() {
      @Override
      public long size() {
        return w.size();
      }

      @Override
      public double sampleRate() {
        return 0.25;
      }

      @Override
      public void forEach(java.util.function.Consumer<Transaction> action) {
        w.forEach(action);
      }
    };
    PlacementEvaluation e = new PlacementEvaluator().evaluateInDetail(p, SCHEMA, sampled);
    assertThat(e.metrics().transactions()).isEqualTo(7);
    assertThat(e.notes()).anySatisfy(n -> assertThat(n).contains("sample of 25.0% of the transactions"));
  }

  @Test
  void evaluatingSeveralPlacementsInOnePassGivesTheSameAsOneByOne() {
    Placement p = byWarehouse(2);
    List<Transaction> w = handWorkload(p);
    List<Placement> ps = List.of(p, Baselines.replicateAll(SCHEMA, 2, 4), Baselines.hashPrimaryKey(SCHEMA, 2, 4));
    PlacementEvaluator ev = new PlacementEvaluator();
    List<PlacementMetrics> together = ev.evaluateAll(ps, SCHEMA, HandWorkloads.stream(w));
    for (int i = 0; i < ps.size(); i++) {
      assertThat(together.get(i)).isEqualTo(ev.evaluate(ps.get(i), SCHEMA, HandWorkloads.stream(w)));
    }
  }

  @Test
  void metricsStayInTheirRanges() {
    Seeded.forAll("metricsStayInTheirRanges", 50, rnd -> {
      int nodes = Seeded.between(rnd, 1, 8);
      List<Transaction> w = workload(rnd);
      PlacementMetrics m = new PlacementEvaluator().evaluate(byWarehouse(nodes), SCHEMA, HandWorkloads.stream(w));
      assertThat(m.distributedTransactionFraction()).isBetween(0.0, 1.0);
      assertThat(m.loadSkew()).isBetween(1.0, (double) nodes);
      assertThat(m.internodeRows()).isNotNegative();
      if (nodes == 1) {
        assertThat(m.distributedTransactionFraction()).isZero();
      }
    });
  }

  @Test
  void transactionsOfOneWarehouseAreNeverDistributedWhenTablesFollowTheWarehouse() {
    Seeded.forAll("transactionsOfOneWarehouseAreNeverDistributedWhenTablesFollowTheWarehouse", 50, rnd -> {
      int nodes = Seeded.between(rnd, 2, 8);
      List<Transaction> txs = new ArrayList<>();
      int transactions = Seeded.between(rnd, 0, 30);
      for (int w = 0; w < transactions; w++) {
        List<TableAccess> as = new ArrayList<>();
        String wid = Integer.toString(w % 13);
        as.add(access("warehouse", READ, "w_id", wid));
        int items = Seeded.between(rnd, 0, 15);
        for (int k = 0; k < items; k++) {
          int i = Seeded.between(rnd, 1, 1000);
          as.add(access("item", READ, "i_id", Integer.toString(i)));
          as.add(access("stock", UPDATE, "s_i_id", Integer.toString(i), "s_w_id", wid));
        }
        txs.add(tx(as.toArray(new TableAccess[0])));
      }
      PlacementMetrics m = new PlacementEvaluator().evaluate(byWarehouse(nodes), SCHEMA, HandWorkloads.stream(txs));
      assertThat(m.distributedTransactionFraction()).isZero();
      assertThat(m.internodeRows()).isZero();
    });
  }

  /**
   * Up to 40 transactions of up to 6 accesses, each to a random table with a random kind, binding
   * 1 to 4 values in [-5, 40] to the table's warehouse-like column or binding nothing.
   */
  static List<Transaction> workload(Random rnd) {
    String[] tables = {"warehouse", "item", "stock", "orders"};
    AccessKind[] kinds = AccessKind.values();
    List<Transaction> out = new ArrayList<>();
    int n = Seeded.between(rnd, 0, 40);
    for (int x = 0; x < n; x++) {
      int accesses = Seeded.between(rnd, 0, 6);
      List<TableAccess> as = new ArrayList<>();
      for (int a = 0; a < accesses; a++) {
        String t = tables[rnd.nextInt(tables.length)];
        AccessKind k = kinds[rnd.nextInt(kinds.length)];
        String col = switch (t) {
          case "warehouse" -> "w_id";
          case "item" -> "i_id";
          case "stock" -> "s_w_id";
          default -> "o_w_id";
        };
        int values = Seeded.between(rnd, 1, 4);
        List<String> vs = new ArrayList<>();
        for (int v = 0; v < values; v++) {
          vs.add(Integer.toString(Seeded.between(rnd, -5, 40)));
        }
        as.add(rnd.nextBoolean() ? access(t, k, col, String.join(",", vs)) : access(t, k));
      }
      out.add(tx(as.toArray(new TableAccess[0])));
    }
    return out;
  }
}
