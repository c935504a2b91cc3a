package shardplan.replay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.workloads.model.GeneratedTransaction;

class MeasuredTransactionsTest {
  private static GeneratedTransaction tx(String type) {
    return new GeneratedTransaction(type, List.of(), false, false);
  }

  @Test
  void comparesTheMeanLatencyOfDistributedAndSingleNodeTransactionsOfOneType() {
    MeasuredTransactions c = new MeasuredTransactions();
    for (int i = 0; i < 10; i++) {
      GeneratedTransaction local = tx("Payment");
      GeneratedTransaction remote = tx("Payment");
      c.measured(local, false);
      c.measured(remote, true);
      c.timed(local, 2_000_000);
      c.timed(remote, 3_000_000);
      c.timed(tx("Payment"), 50_000_000); // not measured: not counted
    }
    assertThat(c.lines()).containsExactly("Payment: 10 on one worker 2.0 ms, 10 distributed 3.0 ms (1.50×)");
    assertThat(c.fraction()).isEqualTo(0.5);
    assertThat(c.distributedByType()).containsExactly(java.util.Map.entry("Payment", 10L));
  }

  @Test
  void saysNothingOfATypeWithTooFewOfEitherKind() {
    MeasuredTransactions c = new MeasuredTransactions();
    for (int i = 0; i < 20; i++) {
      GeneratedTransaction t = tx("NewOrder");
      c.measured(t, i < 15);
      c.timed(t, 1_000_000);
    }
    assertThat(c.lines()).isEmpty();
  }
}
