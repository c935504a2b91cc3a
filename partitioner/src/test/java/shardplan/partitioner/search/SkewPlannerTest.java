package shardplan.partitioner.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.ShardMove;
import shardplan.partitioner.model.SkewPlan;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * TPC-C with as many warehouses as nodes, distributed by warehouse on 32 shards: the warehouses'
 * few shards land on nodes as the hash and the round-robin placement decide, so some nodes carry
 * two warehouses and others none; the plan moves (and, where two warehouses share a shard,
 * isolates) them until every node carries one.
 */
class SkewPlannerTest {
  @TempDir
  Path dir;

  @ParameterizedTest(name = "{0} warehouses on {0} nodes")
  @ValueSource(ints = {2, 4, 8})
  void aPlanBringsTpccWithAWarehousePerNodeUnderTheLimit(int nodes) throws IOException {
    GenerationResult g = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(nodes)
        .withTransactions(6000).withSmall(true).withWriteData(false), dir.resolve("tpcc"));
    WorkloadProfile p = Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);
    Placement expert = Baselines.expected(g.expectedFile(), p.schema(), nodes, 32);
    SkewPlan plan = SkewPlanner.plan(expert, p.schema(), p.transactionStream(), 128, false);
    assertThat(plan.skewAfter()).as(plan.toString()).isLessThan(SkewPlan.LIMIT);
    assertThat(plan.skewAfter()).isLessThanOrEqualTo(plan.skewBefore());
    if (plan.skewBefore() > SkewPlan.LIMIT) {
      assertThat(plan.moves()).isNotEmpty();
      String sql = SkewPlanSql.of(plan, expert);
      assertThat(sql).contains("citus_move_shard_placement").doesNotContain("'1'");
      for (ShardMove m : plan.moves()) {
        assertThat(m.value()).as("no key value without --show-values").isNull();
      }
    }
    double sum = plan.loadAfter().stream().mapToDouble(Double::doubleValue).sum();
    assertThat(sum).isCloseTo(1.0, org.assertj.core.api.Assertions.within(1e-6));
  }
}
