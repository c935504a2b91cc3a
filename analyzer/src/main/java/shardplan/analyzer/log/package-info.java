/**
 * Reading what a PostgreSQL server logged, or a SQL script, into {@link shardplan.analyzer.log.LogEvent}s.
 *
 * <p>{@link shardplan.analyzer.log.LogInput} is the entry point. Each format has its reader
 * (csvlog, jsonlog, stderr with its {@code log_line_prefix}, plain SQL); they all hand their
 * records to one interpreter, so that what counts as a statement, an error or an ignorable line is
 * decided in one place whatever the format. Readers scan a decoded character buffer by hand (no
 * regex or split per line) because reading is the first step of every analysis and sets its pace.
 * Damaged input is counted by reason ({@link shardplan.analyzer.log.LogSkipReasons}), never thrown.
 */
package shardplan.analyzer.log;
