/**
 * Refinement while uncoarsening: Fiduccia–Mattheyses for bisections, greedy and FM k-way
 * refinement, and the gain priority queue they share.
 */
package shardplan.partitioner.multilevel.refine;
