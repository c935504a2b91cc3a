/**
 * Values the analyzer hands to the rest of shardplan: the schema, the workload profile and
 * the transaction stream. Immutable records with no I/O; no third-party types.
 */
package shardplan.analyzer.model;
