/**
 * The design search: which columns may distribute a table ({@link shardplan.partitioner.search.CandidateFilter}),
 * which tables stay on the coordinator ({@link shardplan.partitioner.search.LocalTables}), and the search over
 * (placement kind, column, colocation group) per table scored by the cost model.
 */
package shardplan.partitioner.search;
