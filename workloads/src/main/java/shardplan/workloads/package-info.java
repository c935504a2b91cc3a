/**
 * Benchmark workloads with their ground truth: {@link shardplan.workloads.Workload} (schema,
 * loader, transaction generator, expert placement), {@link shardplan.workloads.Workloads} (the
 * built-in ones) and {@link shardplan.workloads.WorkloadGenerator}, which writes a workload into
 * a folder as a real PostgreSQL log with {@code expected.json} beside it.
 */
package shardplan.workloads;
