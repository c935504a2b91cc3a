package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.parse.StatementParserTest;

/** The facade over hand-written events: committed and aborted work apart, row keys, skips. */
class AnalyzerEventsTest {
  private final List<LogEvent> events = new ArrayList<>();
  private int line;

  private void sql(String session, String sql, String... params) {
    events.add(new LogEvent.Statement(session, null, -1, sql, List.of(params), "log:" + (++line)));
  }

  private void error(String session) {
    events.add(new LogEvent.Error(session, null, "40001", "could not serialize access", "log:" + (++line)));
  }

  @Test
  void retriedTransactionIsCountedOnceAsCommittedAndOnceAsAborted() throws Exception {
    for (int attempt = 0; attempt < 2; attempt++) {
      sql("1", "BEGIN");
      sql("1", "SELECT w_tax FROM warehouse WHERE w_id = $1", "3");
      sql("1", "UPDATE stock SET s_quantity = s_quantity - 1 WHERE s_w_id = $1 AND s_i_id = $2", "3", "99");
      if (attempt == 0) {
        error("1");
        sql("1", "ROLLBACK");
      } else {
        sql("1", "COMMIT");
      }
    }
    sql("2", "SELECT * FROM stock s JOIN item i ON i.i_id = s.s_i_id WHERE s.s_w_id = 4");
    sql("2", "SET application_name = 'x'");
    sql("2", "SELECT * FROM nowhere");
    sql("2", "SELEC broken");
    sql("3", "BEGIN");
    sql("3", "DELETE FROM item WHERE i_id = 5");

    WorkloadProfile p = Analyzer.analyzeEvents(StatementParserTest.SCHEMA, events, AnalyzerOptions.DEFAULT);

    assertThat(p.statements()).isEqualTo(6);
    assertThat(p.transactions()).isEqualTo(4);
    assertThat(p.abortedTransactions()).isEqualTo(2);
    assertThat(p.usage("warehouse").committed()).isEqualTo(new OperationCounts(1, 0, 0, 0));
    assertThat(p.usage("warehouse").aborted()).isEqualTo(new OperationCounts(1, 0, 0, 0));
    assertThat(p.usage("stock").committed()).isEqualTo(new OperationCounts(1, 0, 1, 0));
    assertThat(p.usage("stock").aborted()).isEqualTo(new OperationCounts(0, 0, 1, 0));
    assertThat(p.usage("item").aborted()).isEqualTo(new OperationCounts(0, 0, 0, 1));
    assertThat(p.tables()).extracting(t -> t.table()).containsExactly("warehouse", "stock", "order_line", "item");
    assertThat(p.joins()).singleElement().satisfies(j -> {
      assertThat(j.left() + "=" + j.right()).isEqualTo("item.i_id=stock.s_i_id");
      assertThat(j.weight()).isEqualTo(1);
    });
    assertThat(p.skipped()).extracting(r -> r.reason() + ":" + r.count()).containsExactlyInAnyOrder(
        "catalog_or_utility:1", "unknown_table:1", "unparseable_sql:1", "unterminated_transaction:1");
    assertThat(p.skipped()).flatExtracting(r -> r.examples()).noneMatch(e -> e.contains("'x'"));

    List<Transaction> txns = new ArrayList<>();
    p.transactionStream().forEach(txns::add);
    assertThat(txns).hasSize(4);
    Transaction committed = txns.get(1);
    assertThat(committed.committed()).isTrue();
    assertThat(committed.accesses()).extracting(a -> a.table() + ":" + a.kind() + ":" + a.bindings())
        .containsExactly("warehouse:READ:[ColumnValues[column=w_id, values=[3]]]",
            "stock:UPDATE:[ColumnValues[column=s_w_id, values=[3]], ColumnValues[column=s_i_id, values=[99]]]");
    assertThat(Analyzer.unusablePercent(p)).isEqualTo(100.0 * 2 / 8);
  }
}
