/** TPC-C (revision 5.11): schema, loader, the five transactions and the expert placement. */
package shardplan.workloads.tpcc;
