package shardplan.analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;

/**
 * The analyzer's entry point: a schema and query logs in, a {@link WorkloadProfile} out.
 */
public final class Analyzer {
  /** Skip reasons that are noise rather than lost workload; they do not count against the limit. */
  public static final List<String> NOISE_REASONS = List.of("catalog_or_utility", "ddl");

  private Analyzer() {
  }

  /** Reads the tables of a DDL file ({@code pg_dump --schema-only} output or a workload's schema.sql). */
  public static Schema readSchema(Path ddlFile) throws IOException {
    Objects.requireNonNull(ddlFile, "ddlFile");
    throw new UnsupportedOperationException("reading a schema file is not available yet");
  }

  /**
   * Reads the tables of a live database; credentials come from the URL, the PG environment
   * variables or {@code .pgpass}.
   */
  public static Schema readSchema(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    throw new UnsupportedOperationException("reading a live schema is not available yet");
  }

  /**
   * Reads every input in order (several files are one log in time order) and profiles the workload.
   */
  public static WorkloadProfile analyze(Schema schema, List<Path> inputs, AnalyzerOptions options,
                                        AnalysisProgress progress) throws IOException {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    throw new UnsupportedOperationException("analysis is not available yet");
  }

  /**
   * Percentage of statements that could not be used: skipped input (except noise such as
   * catalog queries and DDL) over statements used plus skipped.
   */
  public static double unusablePercent(WorkloadProfile profile) {
    long unusable = 0;
    for (SkipReason r : profile.skipped()) {
      if (!NOISE_REASONS.contains(r.reason())) {
        unusable += r.count();
      }
    }
    long all = profile.statements() + unusable;
    return all == 0 ? 0.0 : 100.0 * unusable / all;
  }
}
