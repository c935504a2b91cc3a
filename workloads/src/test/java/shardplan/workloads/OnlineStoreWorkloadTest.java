package shardplan.workloads;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.workloads.model.Expected;
import shardplan.workloads.model.ExpectedTable;
import shardplan.workloads.model.ScheduledTransaction;

class OnlineStoreWorkloadTest extends WorkloadContract {
  static final Workload STORE = Workloads.byName("store");

  @Override
  Workload workload() {
    return STORE;
  }

  @Override
  WorkloadOptions small() {
    return WorkloadOptions.DEFAULT.withSmall(true).withScale(300).withTransactions(600).withSessions(4).withSeed(5);
  }

  @Test
  void mostInteractionsBrowseAndFewWriteTheCatalogue() {
    WorkloadOptions o = small().withTransactions(20_000);
    List<ScheduledTransaction> txns = WorkloadGenerator.transactions(STORE, o);
    Map<String, Integer> n = new HashMap<>();
    txns.forEach(t -> n.merge(t.transaction().type(), 1, Integer::sum));
    double total = txns.size();
    double browse = (n.get("Home") + n.get("ProductDetail") + n.get("SearchBySubject") + n.get("SearchByAuthor")
        + n.get("NewProducts") + n.get("BestSellers")) / total;
    assertThat(browse).isCloseTo(0.73, within(0.01));
    assertThat(n.get("ShoppingCart") / total).isCloseTo(0.15, within(0.01));
    assertThat(n.get("BuyConfirm") / total).isCloseTo(0.03, within(0.005));
    assertThat(n.get("AdminConfirm") / total).isCloseTo(0.01, within(0.003));
    Expected e = WorkloadGenerator.expected(STORE, o);
    assertThat(e.spanFraction()).isEqualTo(n.get("BestSellers") / total);
  }

  @Test
  void customerTablesShareOneGroupAndInventoryIsExplained() {
    List<ExpectedTable> p = STORE.expectedPlacement(small());
    assertThat(p.stream().filter(t -> t.placement().equals("reference")).map(ExpectedTable::name))
        .containsExactly("country", "author", "subject", "item");
    assertThat(p.stream().filter(t -> Integer.valueOf(1).equals(t.colocationGroup())).map(ExpectedTable::column))
        .containsExactly("c_id", "addr_c_id", "sc_c_id", "scl_c_id", "o_c_id", "ol_c_id", "cx_c_id");
    ExpectedTable inventory = p.get(p.size() - 1);
    assertThat(inventory.name()).isEqualTo("inventory");
    assertThat(inventory.reason()).contains("buy confirm");
    assertThat(STORE.notes(small())).anySatisfy(s -> assertThat(s).startsWith("Inventory"));
  }

  @Test
  void inventoryIsWrittenByBuyConfirmsOnly() {
    Expected e = WorkloadGenerator.expected(STORE, small().withTransactions(5_000));
    assertThat(e.counts().get("inventory").updates()).isPositive();
    assertThat(e.counts().get("item").updates()).isLessThan(e.counts().get("inventory").updates());
    assertThat(e.counts().get("country").updates()).isZero();
  }
}
