/**
 * The placement JSON: the one file format in which advice leaves shardplan and in which a user
 * (or a workload's {@code expected.json}) hands a placement back to it. Jackson stays inside.
 */
package shardplan.partitioner.json;
