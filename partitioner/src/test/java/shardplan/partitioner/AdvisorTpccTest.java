package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
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

/**
 * The advice on generated TPC-C logs read back by the analyzer, judged against the workload's
 * own ground truth (expected.json): the expert design comes out of the method.
 */
class AdvisorTpccTest {
  private static final int WAREHOUSES = 8;
  private static final int NODES = 4;

  @TempDir static Path dir;
  private static GenerationResult standard;
  private static WorkloadProfile standardProfile;
  private static Advice standardAdvice;

  @BeforeAll
  static void adviseOnTheStandardMix() throws IOException {
    standard = generate(0.01, 0.15);
    standardProfile = analyze(standard);
    standardAdvice = advise(standard, standardProfile);
  }

  private static GenerationResult generate(double remoteOrderLines, double remotePayments) throws IOException {
    WorkloadOptions o = WorkloadOptions.DEFAULT.withScale(WAREHOUSES).withTransactions(2000).withSmall(true)
        .withWriteData(false).withRemoteOrderLineFraction(remoteOrderLines).withRemotePaymentFraction(remotePayments);
    return WorkloadGenerator.generate("tpcc", o, dir.resolve("remote-" + remoteOrderLines + "-" + remotePayments));
  }

  private static WorkloadProfile analyze(GenerationResult g) throws IOException {
    return Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);
  }

  private static Advice advise(GenerationResult g, WorkloadProfile p) {
    // The warehouse id has as many values as warehouses: with more shards than that it could not
    // be a distribution column, so the cluster runs with one shard per warehouse.
    Placement expert = Baselines.expected(g.expectedFile(), p.schema(), NODES, WAREHOUSES);
    return Advisor.advise(p, AdviceOptions.DEFAULT.withNodes(NODES).withShardCount(WAREHOUSES).withExpected(expert));
  }

  @Test
  void theAdviceIsTheExpertDesign() {
    Placement expert = Baselines.expected(standard.expectedFile(), standardProfile.schema(), NODES, 32);
    Placement advised = standardAdvice.placement();
    assertThat(advised.tables()).hasSameSizeAs(expert.tables());
    for (TablePlacement e : expert.tables()) {
      TablePlacement a = advised.table(e.table()).orElseThrow();
      assertThat(a.kind()).as(e.table() + ": " + a.reason()).isEqualTo(e.kind());
      assertThat(a.column()).as(e.table() + ": " + a.reason()).isEqualTo(e.column());
    }
    // One colocation group holding every distributed table, as in the expert design.
    assertThat(advised.colocationGroups()).hasSize(expert.colocationGroups().size());
    for (TablePlacement a : advised.tables()) {
      assertThat(a.reason()).isNotBlank();
      assertThat(a.evidence()).isNotNull();
    }
  }

  @Test
  void itsDistributedFractionMatchesTheExpertDesignsAndIsFarBelowHashingPrimaryKeys() {
    double advised = standardAdvice.metrics().distributedTransactionFraction();
    double expert = standardAdvice.baselines().get(Baselines.EXPECTED).distributedTransactionFraction();
    double hashPk = standardAdvice.baselines().get(Baselines.HASH_PRIMARY_KEY).distributedTransactionFraction();
    assertThat(advised).isCloseTo(expert, within(0.005));
    assertThat(advised).isLessThan(hashPk / 3);
  }

  @Test
  void withoutRemoteWorkNoTransactionIsDistributed() throws IOException {
    GenerationResult g = generate(0, 0);
    Advice a = advise(g, analyze(g));
    assertThat(a.metrics().distributedTransactionFraction()).isZero();
    assertThat(a.placement().table("item").orElseThrow().kind()).isEqualTo(PlacementKind.REFERENCE);
  }

  @Test
  void theSameInputAndSeedGiveTheSameAdvice() {
    Advice again = advise(standard, standardProfile);
    assertThat(again.placement()).isEqualTo(standardAdvice.placement());
    assertThat(again.metrics()).isEqualTo(standardAdvice.metrics());
  }
}
