/** Coarsening phase of the multilevel partitioner: heavy-edge matching and contraction. */
package shardplan.partitioner.multilevel.coarsen;
