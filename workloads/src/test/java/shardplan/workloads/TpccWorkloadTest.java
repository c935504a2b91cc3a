package shardplan.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.Expected;
import shardplan.workloads.model.ScheduledTransaction;

class TpccWorkloadTest extends WorkloadContract {
  static final Workload TPCC = Workloads.byName("tpcc");
  static final WorkloadOptions MIX = WorkloadOptions.DEFAULT.withSmall(true).withScale(4).withTransactions(20_000);
  static List<ScheduledTransaction> mix;

  @BeforeAll
  static void generateMix() {
    mix = WorkloadGenerator.transactions(TPCC, MIX);
  }

  @Override
  Workload workload() {
    return TPCC;
  }

  @Override
  WorkloadOptions small() {
    return WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(400).withSessions(4).withSeed(5);
  }

  private static List<Call> calls(String templateId) {
    return mix.stream().flatMap(t -> t.transaction().calls().stream())
        .filter(c -> c.template().id().equals(templateId)).toList();
  }

  @Test
  void mixFollowsTheSpecificationWithinAPercentPoint() {
    Map<String, Integer> n = new HashMap<>();
    mix.forEach(t -> n.merge(t.transaction().type(), 1, Integer::sum));
    double total = mix.size();
    assertThat(n.get("NewOrder") / total).isCloseTo(0.45, within(0.01));
    assertThat(n.get("Payment") / total).isCloseTo(0.43, within(0.01));
    assertThat(n.get("OrderStatus") / total).isCloseTo(0.04, within(0.005));
    assertThat(n.get("Delivery") / total).isCloseTo(0.04, within(0.005));
    assertThat(n.get("StockLevel") / total).isCloseTo(0.04, within(0.005));
  }

  @Test
  void onePercentOfOrderLinesAreSuppliedByAnotherWarehouse() {
    List<Call> lines = calls("new_order.order_line_insert");
    long remote = lines.stream().filter(c -> !c.params()[5].equals(c.params()[2])).count();
    assertThat((double) remote / lines.size()).isCloseTo(0.01, within(0.002));
  }

  @Test
  void fifteenPercentOfPaymentsAreByACustomerOfAnotherWarehouse() {
    List<Call> history = calls("payment.history_insert");
    long remote = history.stream().filter(c -> !c.params()[1].equals(c.params()[4])).count();
    assertThat((double) remote / history.size()).isCloseTo(0.15, within(0.01));
  }

  @Test
  void fortyPercentOfCustomersAreChosenByLastName() {
    long byName = calls("payment.customer_by_name").size() + calls("order_status.customer_by_name").size();
    long byId = calls("payment.customer_by_id").size() + calls("order_status.customer_by_id").size();
    assertThat((double) byName / (byName + byId)).isCloseTo(0.40, within(0.015));
  }

  @Test
  void onePercentOfNewOrdersRollBackOnAnUnusedItem() {
    List<ScheduledTransaction> newOrders = mix.stream().filter(t -> t.transaction().type().equals("NewOrder")).toList();
    List<ScheduledTransaction> rolledBack = newOrders.stream().filter(t -> t.transaction().rollback()).toList();
    assertThat((double) rolledBack.size() / newOrders.size()).isCloseTo(0.01, within(0.003));
    for (ScheduledTransaction t : rolledBack) {
      List<Call> c = t.transaction().calls();
      Call last = c.get(c.size() - 1);
      assertThat(last.template().id()).isEqualTo("new_order.item");
      assertThat(last.params()[0]).isEqualTo(TpccSizes().items() + 1);
    }
  }

  private static shardplan.workloads.tpcc.TpccSizes TpccSizes() {
    return shardplan.workloads.tpcc.TpccSizes.SMALL;
  }

  @Test
  void itemNumbersAreSkewedAsNurandMakes() {
    List<Call> items = calls("new_order.item");
    Map<Object, Integer> freq = new HashMap<>();
    items.forEach(c -> freq.merge(c.params()[0], 1, Integer::sum));
    List<Integer> sorted = freq.values().stream().sorted((a, b) -> b - a).toList();
    int top = sorted.subList(0, 100).stream().mapToInt(Integer::intValue).sum();
    // uniform choice would give the 10 % most frequent items about 11 % of the picks
    assertThat((double) top / items.size()).isGreaterThan(0.2);
  }

  @Test
  void withoutRemoteOptionsEveryTransactionStaysInItsWarehouse() {
    Expected e = WorkloadGenerator.expected(TPCC, MIX.withTransactions(2_000).withRemoteOrderLineFraction(0)
        .withRemotePaymentFraction(0));
    assertThat(e.spanFraction()).isZero();
    Expected one = WorkloadGenerator.expected(TPCC, MIX.withTransactions(2_000).withScale(1));
    assertThat(one.spanFraction()).isZero();
  }

  @Test
  void multiWarehouseFractionCountsRemoteLinesAndPayments() {
    long multi = mix.stream().filter(t -> {
      for (Call c : t.transaction().calls()) {
        String id = c.template().id();
        if (id.equals("new_order.stock") && !c.params()[1].equals(t.transaction().calls().get(0).params()[0])) {
          return true;
        }
        if (id.equals("payment.history_insert") && !c.params()[1].equals(c.params()[4])) {
          return true;
        }
      }
      return false;
    }).count();
    Expected e = WorkloadGenerator.expected(TPCC, MIX);
    assertThat(e.spanFraction()).isEqualTo((double) multi / mix.size());
    // 43 % x 15 % payments + 45 % x (1 - 0.99^10) new orders, about 0.107
    assertThat(e.spanFraction()).isCloseTo(0.107, within(0.01));
  }

  @Test
  void defaultSizesAreTheStandardOnes() {
    assertThat(shardplan.workloads.tpcc.TpccSizes.STANDARD.items()).isEqualTo(100_000);
    assertThat(WorkloadOptions.DEFAULT.small()).isFalse();
    assertThat(WorkloadOptions.DEFAULT.remoteOrderLineFraction()).isEqualTo(0.01);
    assertThat(WorkloadOptions.DEFAULT.remotePaymentFraction()).isEqualTo(0.15);
  }
}
