package shardplan.analyzer.log;

import java.util.Objects;
import java.util.function.Consumer;
import shardplan.analyzer.diag.SkipCounter;

/**
 * The state one {@link LogInput#read} call shares between its files: where events go, where
 * skips are counted, and the tallies that make up the {@link LogReadSummary}. Every record gets
 * exactly one of {@link #used}, {@link #ignored} or {@link #skipped}.
 */
final class ReadContext {
  final LogOptions options;
  private final SkipCounter skips;
  private final Consumer<LogEvent> sink;
  /** Name of the file being read, as events and skip examples show it. */
  String file = "";
  /**
   * Lines of the file before the text being read: 0 for a whole file, more for a chunk of it
   * read on its own (see {@link LogChunks}); readers count lines from 1 within their text.
   */
  long lineBase;

  long lines;
  long records;
  long used;
  long ignored;
  long skipped;
  long statements;
  long errors;

  SkipCounter skips() {
    return skips;
  }

  ReadContext(LogOptions options, SkipCounter skips, Consumer<LogEvent> sink) {
    this.options = Objects.requireNonNull(options, "options");
    this.skips = Objects.requireNonNull(skips, "skips");
    this.sink = Objects.requireNonNull(sink, "sink");
  }

  /** The line of the file that a reader's line {@code line} is. */
  long fileLine(long line) {
    return lineBase + line;
  }

  String source(long line) {
    return file + ":" + (lineBase + line);
  }

  void skipped(String reason, long line) {
    records++;
    skipped++;
    skips.skip(reason, source(line));
  }

  void ignored() {
    records++;
    ignored++;
  }

  void used() {
    records++;
    used++;
  }

  void emit(LogEvent e) {
    if (e instanceof LogEvent.Statement) {
      statements++;
    } else {
      errors++;
    }
    sink.accept(e);
  }

  LogReadSummary summary(long bytes) {
    return new LogReadSummary(lines, statements, errors, bytes, records, used, ignored, skipped);
  }
}
