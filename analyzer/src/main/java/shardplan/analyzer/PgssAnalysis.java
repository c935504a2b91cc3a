package shardplan.analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.pgss.PgStatStatementsReader;
import shardplan.analyzer.pgss.PgssEntry;

/**
 * Profiles pg_stat_statements exports: templates with call counts, no values, so no row keys
 * and no transactions; every call counts as one committed statement (and one transaction, as
 * the export cannot tell how calls were grouped).
 */
final class PgssAnalysis {
  private PgssAnalysis() {
  }

  static WorkloadProfile analyze(Schema schema, List<Path> inputs) throws IOException {
    EventAnalysis analysis = new EventAnalysis(schema, null);
    SkipCounter readerSkips = new SkipCounter();
    long rows = 0;
    for (Path p : inputs) {
      for (PgssEntry e : PgStatStatementsReader.read(p, readerSkips)) {
        rows++;
        analysis.calls(e.query(), e.calls());
      }
    }
    return analysis.finish(false, rows, readerSkips.reasons());
  }
}
