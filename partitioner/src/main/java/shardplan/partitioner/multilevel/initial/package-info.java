/**
 * Initial partitioning of the coarsest graph: greedy graph growing, multilevel bisection and
 * recursive bisection into k parts.
 */
package shardplan.partitioner.multilevel.initial;
