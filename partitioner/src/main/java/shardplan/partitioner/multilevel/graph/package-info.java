/**
 * The weighted undirected graph of the multilevel partitioner: compressed sparse rows with vertex
 * and edge weights, a builder that merges parallel edges, and METIS's graph file format. Every
 * phase works on it; it depends on nothing else of the partitioner.
 */
package shardplan.partitioner.multilevel.graph;
