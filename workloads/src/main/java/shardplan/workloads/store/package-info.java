/** A TPC-W-style online bookstore: schema, loader, web interactions and the expert placement. */
package shardplan.workloads.store;
