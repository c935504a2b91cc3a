/**
 * Benchmarks shipped with the partitioner: seeded benchmark graphs and the comparison with METIS's
 * {@code gpmetis}. Runnable mains, not used by the advice pipeline.
 */
package shardplan.partitioner.bench;
