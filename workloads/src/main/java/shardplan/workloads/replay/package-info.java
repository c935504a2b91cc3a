/**
 * Loading a generated workload into a real database ({@link shardplan.workloads.replay.DataLoader})
 * and running its transactions over JDBC ({@link shardplan.workloads.replay.ReplayDriver}).
 */
package shardplan.workloads.replay;
