package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.parse.CommandWord;
import shardplan.analyzer.parse.StatementParserTest;

/**
 * Random event streams (transaction control in any order, errors anywhere, good, broken and
 * foreign SQL, mutated statements) never make the analysis throw, and its counts add up: every
 * statement event is transaction control, a counted statement, or a skip with a reason.
 */
class AnalyzerPropertiesTest {
  private static final List<String> SQL = List.of(
      "BEGIN", "COMMIT", "ROLLBACK", "END", "START TRANSACTION", "SAVEPOINT a", "ROLLBACK TO SAVEPOINT a",
      "RELEASE SAVEPOINT a", "SELECT w_tax FROM warehouse WHERE w_id = 4",
      "UPDATE stock SET s_quantity = 3 WHERE s_w_id = 1 AND s_i_id IN (1, 2, 3)",
      "INSERT INTO item (i_id, i_name) VALUES (1, 'a'), (2, 'b')", "DELETE FROM item WHERE i_id = $1",
      "SELECT * FROM stock s JOIN order_line o ON o.ol_i_id = s.s_i_id WHERE s.s_w_id = -2",
      "SET x = 1", "SELECT 1", "SELECT * FROM nowhere", "CREATE TABLE q (a int)", "SELEC nope", "", ";",
      "SELECT * FROM pg_catalog.pg_class");

  static List<LogEvent> events(Random rnd) {
    return Seeded.listOf(rnd, 0, 60, r -> {
      String session = Seeded.oneOf(r, "1", "2", "3");
      if (r.nextInt(7) == 6) {
        return new LogEvent.Error(session, null, "40001", "fail", "p");
      }
      String sql = switch (r.nextInt(3)) {
        case 0 -> Seeded.oneOf(r, SQL);
        case 1 -> {
          String s = Seeded.oneOf(r, SQL);
          yield s.substring(0, Seeded.size(r, 0, s.length()));
        }
        default -> Seeded.anyString(r, 30);
      };
      List<String> params = Seeded.listOf(r, 0, 2, q -> Seeded.stringOf(q, "0123456789", 3));
      return new LogEvent.Statement(session, null, -1, sql, params, "p");
    });
  }

  @Test
  void countsAddUpAndNothingThrows() {
    Seeded.forAll("countsAddUpAndNothingThrows", 300, rnd -> countsAddUp(events(rnd)));
  }

  private static void countsAddUp(List<LogEvent> events) throws Exception {
    WorkloadProfile p = Analyzer.analyzeEvents(StatementParserTest.SCHEMA, events, AnalyzerOptions.DEFAULT);
    long statementEvents = 0;
    for (LogEvent e : events) {
      if (e instanceof LogEvent.Statement st) {
        CommandWord w = CommandWord.of(st.sql());
        if (w == CommandWord.DATA || w == CommandWord.UTILITY || w == CommandWord.DDL) {
          statementEvents++;
        }
      }
    }
    long skipped = 0;
    for (SkipReason r : p.skipped()) {
      if (List.of("catalog_or_utility", "ddl", "unparseable_sql", "unknown_table").contains(r.reason())) {
        skipped += r.count();
      }
    }
    assertThat(p.statements() + skipped).isEqualTo(statementEvents);
    long calls = 0;
    for (TemplateUsage t : p.templates()) {
      calls += t.committedCalls() + t.abortedCalls();
    }
    assertThat(calls).isEqualTo(p.statements());
    List<Object> txns = new ArrayList<>();
    p.transactionStream().forEach(txns::add);
    assertThat(txns).hasSize((int) p.transactions());
    assertThat(p.abortedTransactions()).isBetween(0L, p.transactions());
  }
}
