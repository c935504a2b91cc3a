/**
 * Shared machinery of the generators: interleaving sessions, counting the ground truth, random
 * values as the benchmarks specify them, and CSV rows for COPY.
 */
package shardplan.workloads.gen;
