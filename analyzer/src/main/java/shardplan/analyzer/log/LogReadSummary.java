package shardplan.analyzer.log;

/**
 * What {@link LogInput#read} went through. Every record (a log message, or a statement of a SQL
 * file) has exactly one outcome, so {@code records == used + ignored + skipped}.
 *
 * @param linesRead physical lines read
 * @param statements {@link LogEvent.Statement}s emitted
 * @param errors {@link LogEvent.Error}s emitted
 * @param bytes bytes read from the files (compressed bytes for {@code .gz} files)
 * @param records log records (or SQL statements) read
 * @param used records that produced at least one event (a simple-protocol string with several
 *             statements produces one event each)
 * @param ignored records that carry no statement: checkpoints, connections, {@code duration:} lines
 *                of statements already logged, {@code parse}/{@code bind} lines, notices
 * @param skipped records that could not be used; each is counted by reason in the skip counter
 */
public record LogReadSummary(long linesRead, long statements, long errors, long bytes,
                             long records, long used, long ignored, long skipped) {
  /** Sum of two summaries (for several inputs). */
  public LogReadSummary plus(LogReadSummary o) {
    return new LogReadSummary(linesRead + o.linesRead, statements + o.statements, errors + o.errors,
        bytes + o.bytes, records + o.records, used + o.used, ignored + o.ignored, skipped + o.skipped);
  }
}
