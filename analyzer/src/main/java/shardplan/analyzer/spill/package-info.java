/**
 * The transaction stream on disk: row keys of every (or a deterministic sample of) transaction,
 * so memory does not grow with the log.
 */
package shardplan.analyzer.spill;
