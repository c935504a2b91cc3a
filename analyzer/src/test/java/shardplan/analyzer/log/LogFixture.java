package shardplan.analyzer.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import shardplan.analyzer.diag.SkipCounter;

/** Writes small inputs and reads them back through {@link LogInput}, for the readers' tests. */
final class LogFixture {
  private LogFixture() {
  }

  record Result(List<LogEvent> events, SkipCounter skips, LogReadSummary summary) {
    List<LogEvent.Statement> statements() {
      return events.stream().filter(e -> e instanceof LogEvent.Statement).map(e -> (LogEvent.Statement) e).toList();
    }

    List<String> sqls() {
      return statements().stream().map(LogEvent.Statement::sql).toList();
    }

    List<LogEvent.Error> errors() {
      return events.stream().filter(e -> e instanceof LogEvent.Error).map(e -> (LogEvent.Error) e).toList();
    }

    long skipped(String reason) {
      return skips.count(reason);
    }

    /** Every record has exactly one outcome, and the events match the tallies. */
    boolean countsAddUp() {
      LogReadSummary s = summary;
      return s.records() == s.used() + s.ignored() + s.skipped()
          && s.skipped() == skips.total()
          && s.statements() + s.errors() == events.size()
          && s.statements() >= s.used() - s.errors()
          && s.errors() <= s.used();
    }
  }

  static Path write(Path dir, String name, String content) throws IOException {
    return write(dir, name, content.getBytes(StandardCharsets.UTF_8));
  }

  static Path write(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    return p;
  }

  static Path gzip(Path dir, String name, byte[] content) throws IOException {
    Path p = dir.resolve(name);
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write(content);
    }
    return p;
  }

  static Result read(Path file) throws IOException {
    return read(List.of(file), LogOptions.DEFAULT);
  }

  static Result read(Path file, LogOptions opts) throws IOException {
    return read(List.of(file), opts);
  }

  static Result read(List<Path> files, LogOptions opts) throws IOException {
    List<LogEvent> events = new ArrayList<>();
    SkipCounter skips = new SkipCounter();
    LogReadSummary s = LogInput.read(files, opts, skips, n -> { }, events::add);
    return new Result(events, skips, s);
  }

  /** A PostgreSQL 15 csvlog record (26 columns) for session {@code s}. */
  static String csv(String session, String vxid, String severity, String state, String message, String detail) {
    return "2024-05-01 12:00:00.123 UTC,\"app\",\"shop\",4242,\"127.0.0.1:50000\"," + session + ",1,\"SELECT\","
        + "2024-05-01 11:59:00 UTC," + vxid + ",0," + severity + "," + state + "," + quote(message) + ","
        + (detail == null ? "" : quote(detail)) + ",,,,,,,,\"psql\",\"client backend\",,0\n";
  }

  static String quote(String s) {
    return "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
