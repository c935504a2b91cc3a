/**
 * The Citus routing model: which statements of a workload Citus runs on one shard, on many, on
 * reference tables, or refuses, under a placement ({@link shardplan.partitioner.routing.RoutingModel}).
 */
package shardplan.partitioner.routing;
