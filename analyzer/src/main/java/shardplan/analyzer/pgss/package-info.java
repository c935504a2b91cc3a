/**
 * Reading pg_stat_statements exports: normalised statements with call counts, no literal values.
 * Enough for table-level statistics and join edges; not for row co-access.
 */
package shardplan.analyzer.pgss;
