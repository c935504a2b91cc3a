package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import java.util.stream.Stream;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.model.ExpectedJoin;
import shardplan.workloads.model.TableCounts;

/**
 * The analyzer's per-table counts and join edges equal the ground truth the workload generator
 * wrote beside its log, for every workload, log format and protocol.
 */
class WorkloadCountsTest {
  @TempDir
  Path dir;

  static Stream<Arguments> inputs() {
    Stream.Builder<Arguments> b = Stream.builder();
    for (var w : Workloads.all()) {
      for (LogFormat f : LogFormat.values()) {
        for (Protocol p : Protocol.values()) {
          if (f == LogFormat.SQL && p == Protocol.EXTENDED) {
            continue; // a SQL script has its values inlined
          }
          b.add(Arguments.of(w.name(), f, p));
        }
      }
    }
    return b.build();
  }

  @ParameterizedTest(name = "{0} {1} {2}")
  @MethodSource("inputs")
  void countsAndJoinsEqualTheGeneratorsGroundTruth(String workload, LogFormat format, Protocol protocol)
      throws Exception {
    WorkloadOptions options = WorkloadOptions.DEFAULT.withTransactions(600).withSessions(5).withSmall(true)
        .withFormat(format).withProtocol(protocol).withWriteData(false);
    GenerationResult g = WorkloadGenerator.generate(workload, options, dir);
    Schema schema = Analyzer.readSchema(g.schema());
    WorkloadProfile profile = Analyzer.analyze(schema, java.util.List.of(g.log()), AnalyzerOptions.DEFAULT,
        AnalysisProgress.NONE);

    assertThat(profile.skipped()).as("skipped")
        .allSatisfy(r -> assertThat(r.reason()).isEqualTo("catalog_or_utility"));
    assertThat(profile.statements()).as("statements").isEqualTo(g.expected().statements());
    if (format != LogFormat.SQL) {
      assertThat(profile.transactions()).as("transactions").isEqualTo(g.expected().transactions());
      assertThat(profile.transactions() - profile.abortedTransactions()).as("committed transactions")
          .isEqualTo(g.expected().committedTransactions());
    }
    assertThat(counts(profile, true)).as("committed counts").isEqualTo(expected(g.expected().counts()));
    assertThat(counts(profile, false)).as("aborted counts").isEqualTo(expected(g.expected().abortedCounts()));
    Map<String, Long> joins = new TreeMap<>();
    for (JoinEdge j : profile.joins()) {
      joins.put(j.left() + " = " + j.right(), j.weight());
    }
    Map<String, Long> expectedJoins = new TreeMap<>();
    for (ExpectedJoin j : g.expected().joins()) {
      String l = j.left();
      String r = j.right();
      expectedJoins.put(l.compareTo(r) < 0 ? l + " = " + r : r + " = " + l, j.weight());
    }
    assertThat(joins).as("joins").isEqualTo(expectedJoins);
  }

  private static Map<String, OperationCounts> counts(WorkloadProfile p, boolean committed) {
    Map<String, OperationCounts> m = new LinkedHashMap<>();
    for (TableUsage u : p.tables()) {
      m.put(u.table(), committed ? u.committed() : u.aborted());
    }
    return m;
  }

  private static Map<String, OperationCounts> expected(Map<String, TableCounts> counts) {
    Map<String, OperationCounts> m = new LinkedHashMap<>();
    counts.forEach((t, c) -> m.put(t, new OperationCounts(c.reads(), c.inserts(), c.updates(), c.deletes())));
    return m;
  }
}
