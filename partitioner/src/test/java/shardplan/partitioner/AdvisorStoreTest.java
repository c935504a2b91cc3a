package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/** The advice on a generated online-store log, judged against its expected.json. */
class AdvisorStoreTest {
  private static final int NODES = 4;

  @TempDir static Path dir;
  private static Placement expert;
  private static Advice advice;

  @BeforeAll
  static void advise() throws IOException {
    GenerationResult g = WorkloadGenerator.generate("store", WorkloadOptions.DEFAULT.withTransactions(3000)
        .withSmall(true).withWriteData(false), dir.resolve("store"));
    WorkloadProfile p = Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);
    expert = Baselines.expected(g.expectedFile(), p.schema(), NODES, 32);
    advice = Advisor.advise(p, AdviceOptions.DEFAULT.withNodes(NODES).withExpected(expert));
  }

  @Test
  void catalogueTablesAreReplicated() {
    for (TablePlacement e : expert.tables()) {
      if (e.kind() == PlacementKind.REFERENCE) {
        TablePlacement a = advice.placement().table(e.table()).orElseThrow();
        assertThat(a.kind()).as(e.table() + ": " + a.reason()).isEqualTo(PlacementKind.REFERENCE);
      }
    }
  }

  @Test
  void customerScopedTablesAreDistributedOnTheCustomerIdAndColocated() {
    // The expert's largest colocation group is the customer-scoped data.
    List<TablePlacement> group = expert.colocationGroups().values().stream()
        .max((x, y) -> Integer.compare(x.size(), y.size())).orElseThrow();
    Set<Integer> groups = new java.util.HashSet<>();
    for (TablePlacement e : group) {
      TablePlacement a = advice.placement().table(e.table()).orElseThrow();
      assertThat(a.kind()).as(e.table() + ": " + a.reason()).isEqualTo(PlacementKind.DISTRIBUTED);
      assertThat(a.column()).as(e.table() + ": " + a.reason()).isEqualTo(e.column());
      groups.add(a.colocationGroup());
    }
    assertThat(groups).hasSize(1);
  }

  @Test
  void theAdviceIsNoWorseThanTheExpertDesign() {
    double advised = advice.metrics().distributedTransactionFraction();
    double ground = advice.baselines().get(Baselines.EXPECTED).distributedTransactionFraction();
    assertThat(advised).isLessThanOrEqualTo(ground + 0.005);
    assertThat(advised).isLessThan(advice.baselines().get(Baselines.HASH_PRIMARY_KEY).distributedTransactionFraction());
  }
}
