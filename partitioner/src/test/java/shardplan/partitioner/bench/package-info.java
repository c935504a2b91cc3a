/**
 * Benchmarks of the multilevel partitioner, kept in the test sources so that they stay out of the
 * shipped jar: seeded benchmark graphs and the comparison with METIS's {@code gpmetis}. Runnable
 * mains (see {@code docs/benchmarks/partitioner-metis.md}), not tests.
 */
package shardplan.partitioner.bench;
