package shardplan.partitioner.cost;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * Times the cost model; a benchmark, not a test. Prints Markdown rows for
 * {@code docs/benchmarks/cost-model.md}.
 *
 * <p>Arguments: {@code [warehouses] [tpcc-transactions] [synthetic-transactions] [nodes]}.
 */
public final class CostModelBenchmark {
  private CostModelBenchmark() {}

  public static void main(String[] args) throws Exception {
    int warehouses = args.length > 0 ? Integer.parseInt(args[0]) : 16;
    int tpccTx = args.length > 1 ? Integer.parseInt(args[1]) : 40_000;
    int syntheticTx = args.length > 2 ? Integer.parseInt(args[2]) : 400_000;
    int nodes = args.length > 3 ? Integer.parseInt(args[3]) : 4;
    PlacementEvaluator ev = new PlacementEvaluator();

    Path dir = Files.createTempDirectory("cost-model-bench");
    long t0 = System.nanoTime();
    GenerationResult g = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(warehouses)
        .withTransactions(tpccTx).withWriteData(false), dir);
    long t1 = System.nanoTime();
    Schema schema = Analyzer.readSchema(g.schema());
    WorkloadProfile profile = Analyzer.analyze(schema, List.of(g.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    long t2 = System.nanoTime();
    System.out.printf(Locale.ROOT, "TPC-C %d warehouses: %,d transactions, %,d statements; generated in %.1f s,"
        + " analyzed in %.1f s%n", warehouses, profile.transactions(), profile.statements(), secs(t1 - t0), secs(t2 - t1));

    Map<String, Placement> baselines = Baselines.all(schema, nodes, 32, g.expectedFile());
    Placement expert = baselines.get(Baselines.EXPECTED);
    long[] accesses = {0};
    profile.transactionStream().forEach(tx -> accesses[0] += tx.accesses().size());
    // warm up, then time
    ev.evaluate(expert, profile);
    double oneBest = Double.MAX_VALUE;
    PlacementMetrics m = null;
    for (int r = 0; r < 3; r++) {
      long s = System.nanoTime();
      m = ev.evaluate(expert, profile);
      oneBest = Math.min(oneBest, secs(System.nanoTime() - s));
    }
    double readBest = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long s = System.nanoTime();
      long[] c = {0};
      profile.transactionStream().forEach(tx -> c[0]++);
      readBest = Math.min(readBest, secs(System.nanoTime() - s));
    }
    List<Placement> three = new ArrayList<>(baselines.values());
    double allBest = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long s = System.nanoTime();
      ev.evaluateAll(three, schema, profile.transactionStream());
      allBest = Math.min(allBest, secs(System.nanoTime() - s));
    }
    System.out.printf(Locale.ROOT, "| TPC-C log, %d warehouses, %d nodes | %,d | %,d | %,d | %.2f s | %.2f s | %.2f s |%n",
        warehouses, nodes, profile.transactions(), profile.statements(), accesses[0], readBest, oneBest, allBest);
    System.out.printf(Locale.ROOT, "expected design: distributed fraction %.4f (log spans warehouses in %.4f)%n",
        m.distributedTransactionFraction(), g.expected().spanFraction());

    // a synthetic stream held in memory: the evaluator's own speed
    Schema s = PlacementEvaluatorTest.SCHEMA;
    Random rnd = new Random(1);
    List<Transaction> txs = new ArrayList<>(syntheticTx);
    long synthAccesses = 0;
    for (int i = 0; i < syntheticTx; i++) {
      String w = Integer.toString(rnd.nextInt(1000));
      List<TableAccess> as = new ArrayList<>();
      as.add(HandWorkloads.access("warehouse", AccessKind.READ, "w_id", w));
      if (rnd.nextBoolean()) {
        as.add(HandWorkloads.access("stock", AccessKind.UPDATE, "s_i_id", Integer.toString(rnd.nextInt(100_000)),
            "s_w_id", rnd.nextInt(100) == 0 ? Integer.toString(rnd.nextInt(1000)) : w));
      }
      as.add(HandWorkloads.access("item", AccessKind.READ, "i_id", Integer.toString(rnd.nextInt(100_000))));
      synthAccesses += as.size();
      txs.add(new Transaction("s", true, as.size(), as));
    }
    Placement p = PlacementEvaluatorTest.byWarehouse(nodes);
    var stream = HandWorkloads.stream(txs);
    ev.evaluate(p, s, stream);
    double synthBest = Double.MAX_VALUE;
    for (int r = 0; r < 3; r++) {
      long st = System.nanoTime();
      ev.evaluate(p, s, stream);
      synthBest = Math.min(synthBest, secs(System.nanoTime() - st));
    }
    System.out.printf(Locale.ROOT, "| synthetic, in memory, %d nodes | %,d | %,d | %,d | - | %.2f s | - |%n",
        nodes, syntheticTx, synthAccesses, synthAccesses, synthBest);
  }

  private static double secs(long nanos) {
    return nanos / 1e9;
  }
}
