package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * The row keys bound from the log are the rows the generator touched: the fraction of TPC-C
 * transactions whose rows span more than one warehouse, computed from the analyzer's transaction
 * stream, equals the generator's ground truth.
 */
class RowKeysTest {
  private static final Map<String, String> WAREHOUSE_COLUMN = Map.of("warehouse", "w_id", "district", "d_w_id",
      "customer", "c_w_id", "history", "h_w_id", "new_order", "no_w_id", "orders", "o_w_id",
      "order_line", "ol_w_id", "stock", "s_w_id");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void multiWarehouseFractionFromRowKeysEqualsTheGenerators(Protocol protocol) throws Exception {
    GenerationResult g = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withTransactions(800)
        .withScale(4).withSmall(true).withSessions(4).withProtocol(protocol).withWriteData(false), dir);
    WorkloadProfile p = Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()),
        AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    long[] spanning = {0};
    long[] all = {0};
    p.transactionStream().forEach(t -> {
      all[0]++;
      Set<String> warehouses = new HashSet<>();
      for (TableAccess a : t.accesses()) {
        String col = WAREHOUSE_COLUMN.get(a.table());
        if (col != null) {
          warehouses.addAll(a.valuesOf(col));
        }
      }
      if (warehouses.size() > 1) {
        spanning[0]++;
      }
    });
    assertThat(all[0]).isEqualTo(g.expected().transactions());
    assertThat(g.expected().spanFractionName()).isEqualTo("multiWarehouseTransactionFraction");
    assertThat((double) spanning[0] / all[0]).isCloseTo(g.expected().spanFraction(),
        org.assertj.core.data.Offset.offset(1e-9));
  }

  @ParameterizedTest
  @EnumSource(Protocol.class)
  void accessesKeepTheirStatementBoundaries(Protocol protocol) throws Exception {
    GenerationResult g = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withTransactions(300)
        .withScale(2).withSmall(true).withSessions(3).withProtocol(protocol).withWriteData(false), dir);
    WorkloadProfile p = Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()),
        AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    Map<String, shardplan.analyzer.model.TemplateUsage> templates = new java.util.HashMap<>();
    p.templates().forEach(t -> templates.put(t.id(), t));
    long[] statementsWithTables = {0};
    p.transactionStream().forEach(t -> {
      int last = -1;
      String template = null;
      for (TableAccess a : t.accesses()) {
        assertThat(a.statement()).isGreaterThanOrEqualTo(Math.max(last, 0)).isLessThan(t.statements());
        if (a.statement() != last) {
          statementsWithTables[0]++;
          last = a.statement();
          template = a.templateId();
        } else {
          assertThat(a.templateId()).as("one template per statement").isEqualTo(template);
        }
        assertThat(templates).containsKey(a.templateId());
      }
    });
    long expected = p.templates().stream()
        .filter(t -> !t.facts().tablesRead().isEmpty() || !t.facts().tablesWritten().isEmpty())
        .mapToLong(t -> t.committedCalls() + t.abortedCalls()).sum();
    assertThat(statementsWithTables[0]).as("every statement on a table is one run of accesses").isEqualTo(expected);
  }
}
