package shardplan.replay.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.emitter.model.Target;
import shardplan.partitioner.cost.Baselines;
import shardplan.replay.CitusTests;
import shardplan.replay.model.BenchPlacement;
import shardplan.replay.model.BenchReport;

/**
 * {@code bench} on a local Citus cluster (coordinator and two workers), a run of seconds: the
 * distributed fraction Citus measured (the workers named by the commands it issued) and the
 * multi-shard statements it counted equal the predictions, for the advice and for a baseline.
 * Runs where the Citus extension is installed for the machine's PostgreSQL; skipped, with the
 * reason, elsewhere.
 */
class BenchCitusIT {
  @Test
  void theMeasuredDistributedFractionAndMultiShardStatementsEqualThePredictions() throws Exception {
    Path dir = CitusTests.folderIfCitus("shardplan-bench-citus-it");
    try (BenchCluster cluster = BenchCluster.start(dir.resolve("cluster"), 2, true)) {
      Bench.Options o = new Bench.Options("tpcc", 2, true, 2, Target.CITUS,
          List.of("advised", Baselines.HASH_PRIMARY_KEY), Duration.ofSeconds(2), 2, 3, 80, 400, dir.resolve("out"),
          null, List.of());
      BenchReport r = new Bench(o, new PrintWriter(new StringWriter())).run(cluster);
      assertThat(r.placements()).extracting(BenchPlacement::name).containsExactly("advised", "hashPrimaryKey");
      for (BenchPlacement p : r.placements()) {
        assertThat(p.measuredDistributedTransactionFraction()).as(p.name()).isNotNull();
        assertThat(p.measuredDistributedTransactionFraction()).as(p.name() + ": measured against predicted")
            .isEqualTo(p.predictedDistributedTransactionFraction());
        assertThat(p.measuredMultiShardStatements()).as(p.name()).isEqualTo(p.predictedMultiShardStatements());
      }
      for (BenchPlacement p : r.placements()) {
        assertThat(count(r.notes(), p.name() + ": citus_stat_counters counted (\\d+) single-shard"))
            .as(p.name() + ": single-shard statements counted by Citus against predicted")
            .isEqualTo(count(r.notes(), p.name() + ": the routing model predicts (\\d+) single-shard"));
      }
      assertThat(r.placements().get(0).measuredDistributedTransactionFraction())
          .isLessThan(r.placements().get(1).measuredDistributedTransactionFraction());
    }
  }

  private static long count(List<String> notes, String regex) {
    java.util.regex.Pattern p = java.util.regex.Pattern.compile(regex);
    return notes.stream().map(p::matcher).filter(java.util.regex.Matcher::find).mapToLong(m -> Long.parseLong(m.group(1)))
        .findFirst().orElseThrow(() -> new AssertionError("no note matches " + regex + " in " + notes));
  }
}
