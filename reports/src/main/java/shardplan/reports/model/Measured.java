package shardplan.reports.model;

import java.util.List;
import java.util.Objects;

/**
 * Figures measured on a real cluster: a {@code bench.json} (one entry per placement) or a
 * {@code replay} JSON output (one entry).
 *
 * @param source file name it was read from
 * @param kind "bench" or "replay"
 * @param description workload, nodes and target as the file states them
 * @param placements one entry per placement run
 */
public record Measured(String source, String kind, String description, List<Run> placements) {
  public Measured {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(description, "description");
    placements = List.copyOf(placements);
  }

  /**
   * One placement's run; a figure the file does not give is NaN (or -1 for counts).
   *
   * @param name placement name
   * @param throughputTps transactions per second
   * @param p50Ms median latency, ms
   * @param p95Ms 95th percentile latency, ms
   * @param p99Ms 99th percentile latency, ms
   * @param errors failed statements
   * @param predictedDistributedFraction the cost model's distributed transaction fraction
   * @param measuredDistributedFraction the same, measured
   * @param predictedMultiShard predicted multi-shard statements
   * @param measuredMultiShard multi-shard statements the cluster counted
   */
  public record Run(String name, double throughputTps, double p50Ms, double p95Ms, double p99Ms, long errors,
                    double predictedDistributedFraction, double measuredDistributedFraction,
                    long predictedMultiShard, long measuredMultiShard) {
    public Run {
      Objects.requireNonNull(name, "name");
    }
  }
}
