package shardplan.partitioner.cost;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.hash.NodeMapper;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * The cost model on a generated TPC-C log, read back by the analyzer: the expert design is judged
 * as the generator's ground truth says it should be.
 */
class TpccEvaluationTest {
  private static final int WAREHOUSES = 8;

  @TempDir static Path dir;
  private static GenerationResult standard;
  private static WorkloadProfile standardProfile;

  @BeforeAll
  static void generateStandardMix() throws IOException {
    standard = generate(0.01, 0.15);
    standardProfile = analyze(standard);
  }

  private static GenerationResult generate(double remoteOrderLines, double remotePayments) throws IOException {
    WorkloadOptions o = WorkloadOptions.DEFAULT.withScale(WAREHOUSES).withTransactions(2000).withSmall(true)
        .withWriteData(false).withRemoteOrderLineFraction(remoteOrderLines).withRemotePaymentFraction(remotePayments);
    return WorkloadGenerator.generate("tpcc", o, dir.resolve("remote-" + remoteOrderLines + "-" + remotePayments));
  }

  private static WorkloadProfile analyze(GenerationResult g) throws IOException {
    Schema schema = Analyzer.readSchema(g.schema());
    return Analyzer.analyze(schema, List.of(g.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
  }

  @Test
  void withoutRemoteWorkTheExpertDesignHasNoDistributedTransaction() throws IOException {
    GenerationResult g = generate(0, 0);
    WorkloadProfile profile = analyze(g);
    Map<String, PlacementMetrics> m = Baselines.evaluate(profile, 4, 32, g.expectedFile());
    assertThat(m.get(Baselines.EXPECTED).transactions()).isEqualTo(g.expected().transactions());
    assertThat(m.get(Baselines.EXPECTED).distributedTransactionFraction()).isZero();
    assertThat(m.get(Baselines.EXPECTED).replicationWriteAmplification()).isZero();
    assertThat(m.get(Baselines.HASH_PRIMARY_KEY).distributedTransactionFraction()).isGreaterThan(0.3);
  }

  @Test
  void withOneWarehousePerNodeTheExpertDesignIsDistributedExactlyWhenTheLogSpansWarehouses() throws IOException {
    GenerationResult g = standard;
    WorkloadProfile profile = standardProfile;
    Placement expert = Baselines.expected(g.expectedFile(), profile.schema(), WAREHOUSES, 32);
    int shards = shardCountPuttingEachWarehouseOnItsOwnNode(expert, profile.schema());
    expert = new Placement(WAREHOUSES, shards, expert.tables());
    PlacementMetrics m = new PlacementEvaluator().evaluate(expert, profile);
    assertThat(g.expected().spanFraction()).isGreaterThan(0.05);
    assertThat(m.distributedTransactionFraction()).isCloseTo(g.expected().spanFraction(), within(1e-9));
  }

  @Test
  void onFourNodesTheExpertDesignIsFarBelowHashingPrimaryKeys() throws IOException {
    GenerationResult g = standard;
    WorkloadProfile profile = standardProfile;
    Map<String, PlacementMetrics> m = Baselines.evaluate(profile, 4, 32, g.expectedFile());
    PlacementMetrics expert = m.get(Baselines.EXPECTED);
    PlacementMetrics pk = m.get(Baselines.HASH_PRIMARY_KEY);
    PlacementMetrics all = m.get(Baselines.REPLICATE_ALL);
    // two warehouses share a node, so some spanning transactions stay on one node
    assertThat(expert.distributedTransactionFraction()).isLessThanOrEqualTo(g.expected().spanFraction() + 1e-12);
    assertThat(expert.distributedTransactionFraction()).isLessThan(pk.distributedTransactionFraction() / 3);
    assertThat(expert.internodeRows()).isLessThan(pk.internodeRows());
    assertThat(all.replicationWriteAmplification()).isGreaterThan(0);
    assertThat(all.distributedTransactionFraction()).isGreaterThan(expert.distributedTransactionFraction());
  }

  /** The smallest shard count whose round-robin layout gives warehouses 1..W distinct nodes. */
  private static int shardCountPuttingEachWarehouseOnItsOwnNode(Placement expert, Schema schema) {
    for (int s = WAREHOUSES; s <= 64000; s++) {
      NodeMapper m = NodeMapper.of(new Placement(WAREHOUSES, s, expert.tables()), schema);
      Set<Integer> nodes = new HashSet<>();
      for (int w = 1; w <= WAREHOUSES; w++) {
        nodes.add(m.nodeOf("warehouse", Integer.toString(w)));
      }
      if (nodes.size() == WAREHOUSES) {
        return s;
      }
    }
    throw new AssertionError("no shard count separates the warehouses");
  }
}
