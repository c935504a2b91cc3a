package shardplan.replay.model;

import java.util.Objects;

/**
 * One placement's figures in {@code bench.json}. A figure that was not measured or not predicted
 * for the target is null.
 *
 * @param name {@code advised}, {@code hashPrimaryKey}, {@code expected}, ...
 * @param throughputTps transactions per second of the throughput pass
 * @param p50Ms transaction latency, median, of the throughput pass
 * @param p95Ms 95th percentile
 * @param p99Ms 99th percentile
 * @param errors transactions of the throughput pass that failed (after retries of deadlocks)
 * @param predictedDistributedTransactionFraction the prediction, 0..1
 * @param measuredDistributedTransactionFraction what the measurement pass found, 0..1
 * @param predictedMultiShardStatements predicted statements reaching more than one shard
 * @param measuredMultiShardStatements statements the cluster counted as multi-shard
 */
public record BenchPlacement(String name, double throughputTps, double p50Ms, double p95Ms, double p99Ms, long errors,
                             Double predictedDistributedTransactionFraction, Double measuredDistributedTransactionFraction,
                             Long predictedMultiShardStatements, Long measuredMultiShardStatements) {
  public BenchPlacement {
    Objects.requireNonNull(name, "name");
  }
}
