package shardplan.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/**
 * A pg_stat_statements export of a workload's templates gives the same committed table counts
 * and join edges as its log, without row-level data.
 */
class PgssAnalysisTest {
  @TempDir
  Path dir;

  @Test
  void exportOfTheLogsTemplatesGivesTheLogsTableCountsAndJoins() throws Exception {
    GenerationResult g = WorkloadGenerator.generate("tpcc",
        WorkloadOptions.DEFAULT.withTransactions(300).withSessions(3).withSmall(true).withWriteData(false), dir);
    Schema schema = Analyzer.readSchema(g.schema());
    WorkloadProfile log = Analyzer.analyze(schema, List.of(g.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);

    StringBuilder csv = new StringBuilder("userid,dbid,queryid,query,calls,rows\n");
    long id = 1;
    for (TemplateUsage t : log.templates()) {
      csv.append("10,5,").append(id++).append(",\"").append(t.sql().replace("\"", "\"\"")).append("\",")
          .append(t.committedCalls()).append(",1\n");
    }
    csv.append("10,5,999,\"SET application_name = $1\",8,0\n");
    Path export = dir.resolve("pgss.csv");
    Files.writeString(export, csv);

    WorkloadProfile pgss = Analyzer.analyze(schema, List.of(export), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);

    assertThat(pgss.rowLevel()).isFalse();
    assertThat(pgss.transactionStream().size()).isZero();
    assertThat(pgss.statements()).isEqualTo(log.templates().stream().mapToLong(TemplateUsage::committedCalls).sum());
    assertThat(pgss.tables()).extracting(TableUsage::committed)
        .isEqualTo(log.tables().stream().map(TableUsage::committed).toList());
    assertThat(pgss.joins()).isEqualTo(log.joins());
    assertThat(pgss.skipped()).extracting(r -> r.reason()).containsExactly("catalog_or_utility");
  }
}
