package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
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
 * On every built-in workload, at 2, 4, 8 and 16 nodes, the advice is the ground truth: the same
 * kind and column for every table, and the same colocation groups (group numbers are labels,
 * the partition of the tables into groups is what counts). TPC-C runs with 16 warehouses and 16
 * shards, so that its warehouse id has as many values as shards.
 */
class AdvisorGroundTruthTest {
  @TempDir
  static Path dir;
  private static final Map<String, WorkloadProfile> PROFILES = new LinkedHashMap<>();
  private static final Map<String, Path> EXPECTED = new LinkedHashMap<>();

  private static synchronized WorkloadProfile profile(String workload) throws IOException {
    if (!PROFILES.containsKey(workload)) {
      WorkloadOptions o = WorkloadOptions.DEFAULT.withTransactions(3000).withSmall(true).withWriteData(false);
      if (workload.equals("tpcc")) {
        o = o.withScale(16);
      }
      GenerationResult g = WorkloadGenerator.generate(workload, o, dir.resolve(workload));
      PROFILES.put(workload, Analyzer.analyze(Analyzer.readSchema(g.schema()), List.of(g.log()),
          AnalyzerOptions.DEFAULT, AnalysisProgress.NONE));
      EXPECTED.put(workload, g.expectedFile());
    }
    return PROFILES.get(workload);
  }

  @ParameterizedTest(name = "{0} on {1} nodes")
  @CsvSource({"commerce,2", "commerce,4", "commerce,8", "commerce,16", "store,2", "store,4", "store,8", "store,16",
      "tpcc,2", "tpcc,4", "tpcc,8", "tpcc,16"})
  void theAdviceIsTheGroundTruth(String workload, int nodes) throws IOException {
    WorkloadProfile p = profile(workload);
    int shards = workload.equals("tpcc") ? 16 : 32;
    Placement expert = Baselines.expected(EXPECTED.get(workload), p.schema(), nodes, shards);
    Advice advice = Advisor.advise(p, AdviceOptions.DEFAULT.withNodes(nodes).withShardCount(shards));
    assertThat(describe(advice.placement())).as(String.join("\n", advice.placement().tables().stream()
        .map(t -> t.table() + ": " + t.reason()).toList())).isEqualTo(describe(expert));
  }

  /** Kind and column per table, then the groups as sets of tables. */
  static String describe(Placement p) {
    List<String> out = new ArrayList<>();
    Map<Integer, TreeSet<String>> groups = new TreeMap<>();
    for (TablePlacement t : p.tables()) {
      out.add(t.table() + " " + t.kind().jsonName() + (t.kind() == PlacementKind.DISTRIBUTED ? "(" + t.column() + ")" : ""));
      if (t.kind() == PlacementKind.DISTRIBUTED) {
        groups.computeIfAbsent(t.colocationGroup(), g -> new TreeSet<>()).add(t.table());
      }
    }
    new TreeSet<>(groups.values().stream().map(Object::toString).toList()).forEach(g -> out.add("group " + g));
    return String.join("\n", out);
  }
}
