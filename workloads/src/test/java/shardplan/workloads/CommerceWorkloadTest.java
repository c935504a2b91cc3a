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

class CommerceWorkloadTest extends WorkloadContract {
  static final Workload COMMERCE = Workloads.byName("commerce");

  @Override
  Workload workload() {
    return COMMERCE;
  }

  @Override
  WorkloadOptions small() {
    return WorkloadOptions.DEFAULT.withSmall(true).withScale(300).withTransactions(800).withSessions(4).withSeed(3);
  }

  @Test
  void browsingDominatesAndEveryRequestKindRuns() {
    List<ScheduledTransaction> txns = WorkloadGenerator.transactions(COMMERCE, small().withTransactions(20_000));
    Map<String, Integer> n = new HashMap<>();
    txns.forEach(t -> n.merge(t.transaction().type(), 1, Integer::sum));
    assertThat(n.keySet()).contains("Login", "Register", "AnonymousSession", "SessionLookup", "ProductList",
        "ProductDetail", "AddToCart", "SetActiveOrder", "AdjustLine", "SetShipping", "ApplyCoupon", "Checkout",
        "EnqueueJob", "StartJob", "SettleJob", "OrderConfirmation", "OrderHistory", "ModifyOrder", "CatalogueEdit",
        "SettlePayment", "JobCleanup");
    double browse = (n.get("ProductList") + n.get("ProductDetail")) / (double) txns.size();
    assertThat(browse).isCloseTo(0.28, within(0.04));
    Expected e = WorkloadGenerator.expected(COMMERCE, small().withTransactions(20_000));
    assertThat(e.spanFraction()).isEqualTo(n.get("OrderHistory") / (double) txns.size());
  }

  @Test
  void orderTreeSharesOneGroupAndTheQueueStaysLocal() {
    List<ExpectedTable> p = COMMERCE.expectedPlacement(small());
    assertThat(p.stream().filter(t -> Integer.valueOf(2).equals(t.colocationGroup())).map(ExpectedTable::name))
        .containsExactly("order", "order_line", "shipping_line", "order_modification", "surcharge",
            "order_promotions_promotion", "payment");
    assertThat(p.get(p.size() - 1).placement()).isEqualTo("local");
  }

  @Test
  void sqlIsWrittenAsAnOrmSendsIt() {
    String all = String.join("\n", COMMERCE.templates().stream().map(t -> t.sql()).toList());
    assertThat(all).contains("FROM \"order\" \"Order\"", "IN ($1, $2, $3)", "FOR UPDATE SKIP LOCKED",
        "\"discriminator\" IN ($3, $4)", "\"channelId\" = $2", "\"languageCode\" = $2");
  }
}
