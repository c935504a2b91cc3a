/**
 * The weighted graph the partitioner works on (CSR arrays, METIS file format) and the multilevel
 * k-way partitioner that drives the phases in {@code coarsen}, {@code initial} and {@code refine}.
 * No third-party types; everything is primitive arrays so that graphs of millions of rows fit.
 */
package shardplan.partitioner.graph;
