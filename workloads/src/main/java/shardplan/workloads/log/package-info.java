/**
 * Writers of what PostgreSQL 15 logs with {@code log_statement = 'all'} (csvlog, jsonlog,
 * stderr with a {@code log_line_prefix}) while pgjdbc runs a workload, and of plain SQL
 * scripts. Checked record by record against a real server by {@code RealServerLogIT}.
 */
package shardplan.workloads.log;
