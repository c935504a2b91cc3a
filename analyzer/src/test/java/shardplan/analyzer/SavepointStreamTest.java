package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.parse.StatementParserTest;

/**
 * Statements undone by {@code ROLLBACK TO SAVEPOINT} ran on the server: they are in the
 * transaction stream with the rows they touched, so that routing counts them as a replay runs them.
 */
class SavepointStreamTest {
  private static LogEvent sql(String text) {
    return new LogEvent.Statement("7", null, -1, text, List.of(), "p");
  }

  @Test
  void statementsUndoneByRollbackToSavepointStayInTheTransactionStream() throws Exception {
    List<LogEvent> events = List.of(
        sql("BEGIN"),
        sql("SELECT w_tax FROM warehouse WHERE w_id = 1"),
        sql("SAVEPOINT a"),
        sql("UPDATE stock SET s_quantity = 3 WHERE s_w_id = 2 AND s_i_id = 5"),
        new LogEvent.Error("7", null, "23505", "duplicate key", "p"),
        sql("ROLLBACK TO SAVEPOINT a"),
        sql("UPDATE stock SET s_quantity = 4 WHERE s_w_id = 3 AND s_i_id = 6"),
        sql("COMMIT"));
    WorkloadProfile p = Analyzer.analyzeEvents(StatementParserTest.SCHEMA, events, AnalyzerOptions.DEFAULT);
    List<Transaction> txns = new ArrayList<>();
    p.transactionStream().forEach(txns::add);
    assertThat(txns).hasSize(1);
    Transaction t = txns.get(0);
    assertThat(t.committed()).isTrue();
    assertThat(t.statements()).isEqualTo(3);
    assertThat(t.accesses()).extracting(TableAccess::statement).containsExactly(0, 1, 2);
    assertThat(t.accesses().stream().filter(a -> a.table().equals("stock")).map(a -> a.valuesOf("s_w_id")).toList())
        .containsExactlyInAnyOrder(List.of("2"), List.of("3"));
  }
}
