package shardplan.partitioner.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Transaction;

class SecondThreadTest {
  private static Transaction tx(int i) {
    return new Transaction("s" + i, true, i, List.of());
  }

  @Test
  void theReaderSeesEveryTransactionInOrder() {
    List<Integer> seen = new ArrayList<>();
    try (SecondThread t = new SecondThread("test", tx -> seen.add(tx.statements()))) {
      for (int i = 0; i < 10_000; i++) {
        t.accept(tx(i));
      }
      t.finish();
    }
    assertThat(seen).hasSize(10_000);
    for (int i = 0; i < seen.size(); i++) {
      assertThat(seen.get(i)).isEqualTo(i);
    }
  }

  @Test
  void aFailureOfTheReaderIsRethrownToTheCaller() {
    assertThatThrownBy(() -> {
      try (SecondThread t = new SecondThread("test", tx -> {
        if (tx.statements() == 5_000) {
          throw new IllegalArgumentException("bad transaction 5000");
        }
      })) {
        for (int i = 0; i < 100_000; i++) {
          t.accept(tx(i));
        }
        t.finish();
      }
    }).isInstanceOf(IllegalArgumentException.class).hasMessage("bad transaction 5000");
  }
}
