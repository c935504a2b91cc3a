/**
 * Values the partitioner hands to the emitter and the reports: the placement of every table and
 * the metrics that judge it. Immutable records with no I/O; no third-party types.
 */
package shardplan.partitioner.model;
