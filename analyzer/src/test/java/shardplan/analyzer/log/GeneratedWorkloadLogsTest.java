package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;

/**
 * The workloads' generated logs, in every format: detected as what they are, read without a
 * skip, and giving the same statements with the same parameters whichever format carries them.
 */
class GeneratedWorkloadLogsTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store"})
  void everyFormatReadsWithoutSkipsAndGivesTheSameStatements(String workloadPrefix) throws IOException {
    String workload = Workloads.all().stream().map(w -> w.name()).filter(n -> n.startsWith(workloadPrefix))
        .findFirst().orElse(Workloads.all().get(0).name());
    List<String> reference = null;
    for (shardplan.workloads.LogFormat f : List.of(shardplan.workloads.LogFormat.CSVLOG,
        shardplan.workloads.LogFormat.JSONLOG, shardplan.workloads.LogFormat.STDERR)) {
      Path out = Files.createDirectories(dir.resolve(f.label()));
      WorkloadOptions options = WorkloadOptions.DEFAULT.withTransactions(150).withSessions(4).withSmall(true)
          .withFormat(f).withProtocol(Protocol.EXTENDED).withWriteData(false);
      GenerationResult g = WorkloadGenerator.generate(workload, options, out);
      assertThat(LogInput.detect(g.log(), LogOptions.DEFAULT).name()).isEqualTo(f.name());
      LogFixture.Result r = LogFixture.read(g.log());
      assertThat(r.skips().reasons()).as(f.label()).isEmpty();
      assertThat(r.countsAddUp()).isTrue();
      assertThat(r.statements()).as(f.label()).isNotEmpty();
      // sessions are named by the session id in csvlog/jsonlog and by the pid in stderr: compare
      // them by order of first appearance
      java.util.Map<String, Integer> sessions = new java.util.HashMap<>();
      List<String> flat = r.events().stream().map(e -> {
        int session = sessions.computeIfAbsent(e.session(), k -> sessions.size());
        return e instanceof LogEvent.Statement s
            ? session + " " + s.sql() + " " + s.parameters() : session + " error";
      }).toList();
      if (reference == null) {
        reference = flat;
      } else {
        assertThat(flat).as(f.label()).isEqualTo(reference);
      }
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store"})
  void sqlScriptsReadWithoutSkips(String workloadPrefix) throws IOException {
    String workload = Workloads.all().stream().map(w -> w.name()).filter(n -> n.startsWith(workloadPrefix))
        .findFirst().orElse(Workloads.all().get(0).name());
    WorkloadOptions options = WorkloadOptions.DEFAULT.withTransactions(100).withSessions(3).withSmall(true)
        .withFormat(shardplan.workloads.LogFormat.SQL).withProtocol(Protocol.SIMPLE).withWriteData(false);
    GenerationResult g = WorkloadGenerator.generate(workload, options, dir);
    assertThat(LogInput.detect(g.log(), LogOptions.DEFAULT)).isEqualTo(LogFormat.SQL);
    LogFixture.Result r = LogFixture.read(g.log());
    assertThat(r.skips().reasons()).isEmpty();
    assertThat(r.statements()).isNotEmpty().allSatisfy(s -> assertThat(s.session()).isEqualTo("sql"));
    // the script is also readable as the schema's statements are: one event per statement
    assertThat(r.summary().used()).isEqualTo(r.summary().statements());
  }
}
