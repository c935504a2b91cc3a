package shardplan.analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;

/** Profiles pg_stat_statements exports: templates with call counts, no values, no transactions. */
final class PgssAnalysis {
  private PgssAnalysis() {
  }

  static WorkloadProfile analyze(Schema schema, List<Path> inputs) throws IOException {
    throw new UnsupportedOperationException("pg_stat_statements input is not available yet");
  }
}
