package shardplan.partitioner.routing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.StatementRoute;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TemplateRouting;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * Routing predicted from a pg_stat_statements export of a workload's templates agrees with the
 * routing of its log, template by template, wherever the export can tell: templates whose routing
 * depends on values (several parameters on a distribution column) are uncertain, never guessed.
 */
class PgssRoutingTest {
  @TempDir
  Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"tpcc", "store"})
  void exportRoutesLikeTheLogWhereValuesDoNotMatter(String workload) throws Exception {
    GenerationResult g = WorkloadGenerator.generate(workload, WorkloadOptions.DEFAULT.withTransactions(400)
        .withSessions(3).withSmall(true).withWriteData(false), dir);
    Schema schema = Analyzer.readSchema(g.schema());
    WorkloadProfile log = Analyzer.analyze(schema, List.of(g.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    StringBuilder csv = new StringBuilder("userid,dbid,queryid,query,calls,rows\n");
    long id = 1;
    for (TemplateUsage t : log.templates()) {
      csv.append("10,5,").append(id++).append(",\"").append(t.sql().replace("\"", "\"\"")).append("\",")
          .append(t.committedCalls() + t.abortedCalls()).append(",1\n");
    }
    Path export = Files.writeString(dir.resolve("pgss.csv"), csv);
    WorkloadProfile pgss = Analyzer.analyze(schema, List.of(export), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);
    assertThat(pgss.rowLevel()).isFalse();

    List<Placement> placements = List.of(Baselines.expected(g.expectedFile(), schema, 3, 8),
        Baselines.hashPrimaryKey(schema, 3, 8), Baselines.replicateAll(schema, 3, 8));
    for (Placement p : placements) {
      StatementRouting fromLog = RoutingModel.of(log).evaluate(p);
      StatementRouting fromPgss = RoutingModel.of(pgss).evaluate(p);
      assertThat(fromPgss.statements()).isEqualTo(fromLog.statements());
      assertThat(fromPgss.uncertainStatements()).as("most templates pin their tables by one parameter")
          .isLessThan(fromPgss.statements() / 4);
      Map<String, TemplateRouting> logBySql = fromLog.templates().stream()
          .collect(Collectors.toMap(TemplateRouting::sql, Function.identity()));
      for (TemplateRouting t : fromPgss.templates()) {
        TemplateRouting l = logBySql.get(t.sql());
        assertThat(l).as(t.sql()).isNotNull();
        if (t.uncertainStatements() > 0) {
          assertThat(t.uncertainStatements()).isEqualTo(t.statements());
          continue;
        }
        for (StatementRoute r : StatementRoute.values()) {
          assertThat(t.count(r)).as(r + " of " + t.sql()).isEqualTo(l.count(r));
        }
      }
    }
  }
}
