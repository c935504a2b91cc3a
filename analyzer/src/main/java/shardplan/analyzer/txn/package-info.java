/**
 * Grouping statements into transactions per session, as PostgreSQL ran them: blocks, autocommit,
 * savepoints, errors that abort.
 */
package shardplan.analyzer.txn;
