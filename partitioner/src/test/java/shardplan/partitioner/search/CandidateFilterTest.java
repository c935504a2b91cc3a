package shardplan.partitioner.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.model.Transaction;
import shardplan.partitioner.classify.AccessSummary;
import java.util.function.Consumer;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.RejectedColumn;

class CandidateFilterTest {
  private static final Table JOBS = new Table("jobs", List.of(new Column("id", "integer", "", true),
      new Column("tenant", "integer", "", true), new Column("kind", "character varying", "", true),
      new Column("done", "boolean", "", true), new Column("owner", "integer", "", false),
      new Column("region", "integer", "", true)), List.of("id"), List.of(), List.of(),
      TableStatistics.UNKNOWN, Map.of("region", 3.0));

  /** Inserts with: id unique, tenant 1..200, kind of 4 values, done boolean, owner mostly NULL, region from pg_stats. */
  private static AccessSummary summary(int rows, int tenants) {
    List<Transaction> txs = new ArrayList<>();
    for (int i = 1; i <= rows; i++) {
      List<ColumnValues> b = new ArrayList<>();
      b.add(new ColumnValues("id", List.of(Integer.toString(i))));
      b.add(new ColumnValues("tenant", List.of(Integer.toString(1 + i % tenants))));
      b.add(new ColumnValues("kind", List.of("k" + (i % 4))));
      b.add(new ColumnValues("done", List.of("false")));
      List<String> owner = new ArrayList<>();
      owner.add(i % 10 == 0 ? Integer.toString(i) : null);
      b.add(new ColumnValues("owner", owner));
      b.add(new ColumnValues("region", List.of(Integer.toString(i))));
      txs.add(new Transaction("s", true, 1, List.of(new TableAccess("jobs", AccessKind.INSERT, b, "t1"))));
    }
    List<Transaction> all = List.copyOf(txs);
    TransactionStream stream = new TransactionStream() {
      @Override
      public long size() {
        return all.size();
      }

      @Override
      public double sampleRate() {
        return 1.0;
      }

      @Override
      public void forEach(Consumer<Transaction> action) {
        all.forEach(action);
      }
    };
    WorkloadProfile p = new WorkloadProfile(new Schema(List.of(JOBS)), rows, rows, 0, List.of(), List.of(), List.of(),
        List.of(), stream, true, rows, List.of());
    return AccessSummary.scan(p, 1_000_000);
  }

  private static List<String> rejectedRules(CandidateFilter.Result r) {
    return r.rejected().stream().map(x -> x.column() + ":" + x.rule()).toList();
  }

  @Test
  void columnsThatCannotSpreadTheTableAreRejectedWithTheirReason() {
    CandidateFilter.Result r = new CandidateFilter(32, 0.5).apply(new Schema(List.of(JOBS)), summary(2000, 200),
        Map.of("jobs", List.of("id", "tenant", "kind", "done", "owner", "region")));
    assertThat(r.candidates().get("jobs")).containsExactly("id", "tenant");
    assertThat(rejectedRules(r)).containsExactly("kind:few_distinct_values", "done:boolean", "owner:null_values",
        "region:few_distinct_values");
    RejectedColumn kind = r.rejected().get(0);
    assertThat(kind.distinctValues()).isEqualTo(4);
    assertThat(kind.reason()).contains("4 distinct values").contains("32 shards");
  }

  @Test
  void aShortLogIsNoEvidenceOfFewValuesButANameThatSaysStateIs() {
    // 40 bound values for 20 tenants: fewer than 4 x 32, so the log is too short to call 20 tenants few.
    CandidateFilter.Result r = new CandidateFilter(32, 0.5).apply(new Schema(List.of(JOBS)), summary(40, 20),
        Map.of("jobs", List.of("tenant", "kind")));
    assertThat(r.candidates().get("jobs")).containsExactly("tenant");
    assertThat(rejectedRules(r)).containsExactly("kind:low_cardinality_name");
  }

  @Test
  void aDominantValueIsRejectedAndAUniqueColumnNeverIsForItsCount() {
    CandidateFilter.Result r = new CandidateFilter(4096, 0.5).apply(new Schema(List.of(JOBS)), summary(2000, 1),
        Map.of("jobs", List.of("id", "tenant")));
    assertThat(r.candidates().get("jobs")).containsExactly("id");
    assertThat(rejectedRules(r)).containsExactly("tenant:dominant_value");
  }
}
