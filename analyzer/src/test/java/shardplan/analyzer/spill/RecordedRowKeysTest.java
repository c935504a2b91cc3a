package shardplan.analyzer.spill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.Seeded;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.AccessPlan;
import shardplan.analyzer.parse.Binder;

/**
 * Row keys bound ahead of time and replayed ({@link RecordedRowKeys}) write exactly the stream
 * that binding in place writes: random access plans (row-wise and not, several bindings, slots
 * out of range) over random values (non-ASCII, NULL, unbound, repeated, IN lists).
 */
class RecordedRowKeysTest {
  @TempDir
  Path dir;

  private static final String[] VALUES = {"1", "42", "O'Brien", "Zoë", "日本", "", null, "1", "a,b", "x\ny"};

  @Test
  void replayedRowKeysWriteWhatBindingInPlaceWrites() {
    Seeded.forAll("replayedRowKeysWriteWhatBindingInPlaceWrites", 200, rnd -> {
      try (SpillingTransactionStream direct = SpillingTransactionStream.create(dir, 1.0);
           SpillingTransactionStream replayed = SpillingTransactionStream.create(dir, 1.0)) {
        Binder binder = new Binder();
        RecordedRowKeys.Recorder recorder = new RecordedRowKeys.Recorder();
        for (int t = 0; t < 20; t++) {
          int statements = 1 + rnd.nextInt(4);
          List<List<AccessPlan>> plans = new ArrayList<>();
          List<SlotValues> values = new ArrayList<>();
          for (int s = 0; s < statements; s++) {
            plans.add(plans(rnd));
            values.add(values(rnd));
          }
          List<RecordedRowKeys> recorded = new ArrayList<>();
          for (int s = 0; s < statements; s++) {
            recorded.add(recorder.record(plans.get(s), values.get(s), "t" + s));
          }
          boolean committed = rnd.nextBoolean();
          direct.begin("s" + t % 3, committed, statements);
          replayed.begin("s" + t % 3, committed, statements);
          for (int s = 0; s < statements; s++) {
            direct.statement(s);
            binder.write(plans.get(s), values.get(s), "t" + s, direct);
            replayed.statement(s);
            replayed.replay(recorded.get(s));
          }
          direct.end();
          replayed.end();
        }
        assertThat(transactions(replayed.finish())).isEqualTo(transactions(direct.finish()));
      }
    });
  }

  private static List<AccessPlan> plans(Random rnd) {
    List<AccessPlan> plans = new ArrayList<>();
    for (int p = rnd.nextInt(4); p > 0; p--) {
      List<AccessPlan.Binding> bindings = new ArrayList<>();
      for (int b = rnd.nextInt(4); b > 0; b--) {
        int[] slots = new int[1 + rnd.nextInt(3)];
        for (int i = 0; i < slots.length; i++) {
          slots[i] = 1 + rnd.nextInt(6);
        }
        bindings.add(new AccessPlan.Binding("c" + rnd.nextInt(5), slots));
      }
      plans.add(new AccessPlan("table" + rnd.nextInt(4), AccessKind.values()[rnd.nextInt(AccessKind.values().length)],
          bindings, rnd.nextBoolean()));
    }
    return plans;
  }

  private static SlotValues values(Random rnd) {
    List<List<String>> slots = new ArrayList<>();
    for (int k = rnd.nextInt(6); k > 0; k--) {
      List<String> vs = new ArrayList<>();
      for (int i = 1 + (rnd.nextInt(4) == 0 ? rnd.nextInt(80) : rnd.nextInt(2)); i > 0; i--) {
        vs.add(rnd.nextInt(10) == 0 ? Normalizer.UNBOUND : VALUES[rnd.nextInt(VALUES.length)]);
      }
      slots.add(vs);
    }
    return new SlotValues() {
      @Override
      public int slotCount() {
        return slots.size();
      }

      @Override
      public int count(int k) {
        return slots.get(k - 1).size();
      }

      @Override
      public String value(int k, int i) {
        return slots.get(k - 1).get(i);
      }
    };
  }

  private static List<Transaction> transactions(SpillingTransactionStream s) {
    List<Transaction> out = new ArrayList<>();
    s.forEach(out::add);
    return out;
  }
}
