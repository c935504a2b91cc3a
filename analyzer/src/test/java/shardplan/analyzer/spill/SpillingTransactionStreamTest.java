package shardplan.analyzer.spill;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;

class SpillingTransactionStreamTest {
  @TempDir
  Path dir;

  private static Transaction txn(int i) {
    return new Transaction("s" + (i % 3), i % 5 != 0, 2, List.of(
        new TableAccess("stock", AccessKind.UPDATE, List.of(new ColumnValues("s_w_id", List.of(String.valueOf(i))),
            new ColumnValues("s_i_id", Arrays.asList("x", null, "é" + i))), "abc"),
        new TableAccess("item", AccessKind.READ, List.of(), "def", 1 + i % 2)));
  }

  @Test
  void readsBackEveryTransactionAsWrittenAsOftenAsAsked() throws Exception {
    List<Transaction> written = new ArrayList<>();
    try (SpillingTransactionStream s = SpillingTransactionStream.create(dir, 1.0)) {
      for (int i = 0; i < 1000; i++) {
        written.add(txn(i));
        s.add(txn(i));
      }
      s.finish();
      for (int round = 0; round < 2; round++) {
        List<Transaction> read = new ArrayList<>();
        s.forEach(read::add);
        assertThat(read).isEqualTo(written);
      }
      assertThat(s.size()).isEqualTo(1000);
    }
    try (var files = Files.list(dir)) {
      assertThat(files).as("temporary file deleted on close").isEmpty();
    }
  }

  @Test
  void valuesLongerThanTheReadBufferAndAcrossItsEdgesReadBackWhole() throws Exception {
    List<Transaction> written = new ArrayList<>();
    try (SpillingTransactionStream s = SpillingTransactionStream.create(dir, 1.0)) {
      for (int i = 0; i < 300; i++) {
        String v = "v".repeat(i * 997 % 70_000) + "é" + i;
        Transaction t = new Transaction("s", true, 1, List.of(new TableAccess("t", AccessKind.INSERT,
            List.of(new ColumnValues("c", List.of(v, String.valueOf(i)))), "tpl", 0)));
        written.add(t);
        s.add(t);
      }
      s.finish();
      List<Transaction> read = new ArrayList<>();
      s.forEach(read::add);
      assertThat(read).isEqualTo(written);
    }
  }

  @Test
  void sampleKeepsAboutTheRateDeterministically() throws Exception {
    try (SpillingTransactionStream a = SpillingTransactionStream.create(dir, 0.25);
         SpillingTransactionStream b = SpillingTransactionStream.create(dir, 0.25)) {
      for (int i = 0; i < 20_000; i++) {
        a.add(txn(i));
        b.add(txn(i));
      }
      a.finish();
      b.finish();
      assertThat(a.size()).isEqualTo(b.size()).isBetween(4_600L, 5_400L);
      assertThat(a.sampleRate()).isEqualTo(0.25);
      List<Transaction> ra = new ArrayList<>();
      List<Transaction> rb = new ArrayList<>();
      a.forEach(ra::add);
      b.forEach(rb::add);
      assertThat(ra).isEqualTo(rb);
    }
  }
}
