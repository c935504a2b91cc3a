/**
 * Aggregation of template call counts into per-table, per-template, per-join and per-column
 * statistics, committed and aborted work kept apart.
 */
package shardplan.analyzer.stats;
