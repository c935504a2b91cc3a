package shardplan.workloads;

import java.nio.file.Path;
import java.util.Objects;
import shardplan.workloads.model.Expected;

/**
 * What {@link WorkloadGenerator#generate} wrote.
 *
 * @param dir the output folder
 * @param schema {@code schema.sql}
 * @param dataDir {@code data/} with one CSV per table and {@code load.sql}, or null if not written
 * @param log the log file ({@code postgresql.csv}, {@code postgresql.json}, {@code postgresql.log}
 *            or {@code workload.sql})
 * @param expectedFile {@code expected.json}
 * @param expected its content
 */
public record GenerationResult(Path dir, Path schema, Path dataDir, Path log, Path expectedFile, Expected expected) {
  public GenerationResult {
    Objects.requireNonNull(dir, "dir");
    Objects.requireNonNull(expected, "expected");
  }
}
