package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.parse.StatementParserTest;

/** Statements of megabytes: long VALUES lists and IN lists collapse; deep nesting is a counted skip. */
class LargeInputTest {
  private static LogEvent.Statement st(String sql) {
    return new LogEvent.Statement("1", null, -1, sql, List.of(), "p");
  }

  @Test
  void hugeMultiRowInsertAndInListAreOneTemplateWithEveryValue() throws Exception {
    StringBuilder insert = new StringBuilder("INSERT INTO item (i_id, i_name) VALUES ");
    StringBuilder in = new StringBuilder("SELECT * FROM item WHERE i_id IN (");
    int rows = 50_000;
    for (int i = 0; i < rows; i++) {
      insert.append(i == 0 ? "" : ", ").append('(').append(i).append(", 'name").append(i).append("')");
      in.append(i == 0 ? "" : ",").append(i);
    }
    in.append(')');
    WorkloadProfile p = Analyzer.analyzeEvents(StatementParserTest.SCHEMA,
        List.of(st(insert.toString()), st(in.toString())), AnalyzerOptions.DEFAULT);
    assertThat(p.statements()).isEqualTo(2);
    assertThat(p.templates()).hasSize(2);
    assertThat(p.usage("item").committed().inserts()).isEqualTo(1);
    List<TableAccess> accesses = new ArrayList<>();
    p.transactionStream().forEach(t -> accesses.addAll(t.accesses()));
    assertThat(accesses).hasSize(rows + 1);
    assertThat(accesses.get(rows - 1).valuesOf("i_name")).containsExactly("name" + (rows - 1));
    assertThat(accesses.get(rows).valuesOf("i_id")).hasSize(rows);
  }

  @Test
  void deeplyNestedExpressionIsASkipNotACrash() throws Exception {
    String sql = "SELECT * FROM item WHERE i_id = " + "(".repeat(5_000) + "1" + ")".repeat(5_000);
    WorkloadProfile p = Analyzer.analyzeEvents(StatementParserTest.SCHEMA, List.of(st(sql)), AnalyzerOptions.DEFAULT);
    assertThat(p.skipped()).singleElement().satisfies(r -> {
      assertThat(r.reason()).isEqualTo("unparseable_sql");
      assertThat(r.count()).isEqualTo(1);
    });
  }
}
