package shardplan.analyzer.log;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.io.Gzip;

/**
 * Reads PostgreSQL logs (csvlog, jsonlog, stderr) and plain SQL files into {@link LogEvent}s.
 *
 * <p>Content is data, not an exception: a corrupt, truncated, oversized or wrongly encoded record
 * is counted in the {@link SkipCounter} under a reason from {@link LogSkipReasons} (with its
 * position {@code file:line} as the example, never its text) and reading goes on. Only a file
 * that cannot be opened (missing, a folder, unreadable) throws.
 */
public final class LogInput {
  private LogInput() {
  }

  /**
   * Reads {@code files} one after the other, <b>in the order given</b>: the caller sorts them by
   * time (a log rotated into several files is read oldest first), because events are emitted in
   * file order and sessions continue across files. Files whose content starts with the gzip
   * magic bytes are decompressed. Unless {@code opts.format()} says otherwise, each file's format
   * is detected from its first lines.
   *
   * @param progressBytes told how many more bytes of the files were read, as reading proceeds
   *                      (compressed bytes for {@code .gz}; sums to the total file size)
   * @param sink receives the events, in log order
   * @throws NoSuchFileException if a file does not exist
   * @throws IOException if a file cannot be read
   */
  public static LogReadSummary read(List<Path> files, LogOptions opts, SkipCounter skips,
                                    LongConsumer progressBytes, Consumer<LogEvent> sink) throws IOException {
    Objects.requireNonNull(files, "files");
    Objects.requireNonNull(opts, "opts");
    Objects.requireNonNull(progressBytes, "progressBytes");
    ReadContext ctx = new ReadContext(opts, skips, sink);
    long bytes = 0;
    for (Path f : files) {
      Objects.requireNonNull(f, "file");
      bytes += readFile(f, ctx, progressBytes);
    }
    return ctx.summary(bytes);
  }

  /** Reads one file (convenience for a single input). */
  public static LogReadSummary read(Path file, LogOptions opts, SkipCounter skips, Consumer<LogEvent> sink)
      throws IOException {
    return read(List.of(file), opts, skips, n -> { }, sink);
  }

  /** The format {@link #read} would use for {@code file}, detected from its first lines. */
  public static LogFormat detect(Path file, LogOptions opts) throws IOException {
    try (Opened o = open(file, n -> { }, opts)) {
      o.src.ensure(FormatDetector.SAMPLE_CHARS);
      return FormatDetector.detect(o.src, file.getFileName().toString(), opts.logLinePrefix()).format();
    }
  }

  private static long readFile(Path f, ReadContext ctx, LongConsumer progress) throws IOException {
    ctx.file = f.getFileName() == null ? f.toString() : f.getFileName().toString();
    try (Opened o = open(f, progress, ctx.options)) {
      CharSource src = o.src;
      if (src.ensure(FormatDetector.SAMPLE_CHARS) == 0) {
        if (o.gz != null && o.gz.failed()) {
          ctx.skipped(LogSkipReasons.CORRUPT_COMPRESSED_DATA, 1);
        } else {
          ctx.skipped(LogSkipReasons.EMPTY_FILE, 1);
        }
        return o.raw.count;
      }
      FormatDetector.Detected d = FormatDetector.detect(src, ctx.file, ctx.options.logLinePrefix());
      readText(src, ctx.options.format() != null ? ctx.options.format() : d.format(), d.prefix(), ctx);
      if (o.gz != null && o.gz.failed()) {
        ctx.skipped(LogSkipReasons.CORRUPT_COMPRESSED_DATA, ctx.lines);
      }
      return o.raw.count;
    }
  }

  /** Reads {@code src} in {@code format}; {@code prefix} is the detected stderr line prefix, or null. */
  static void readText(CharSource src, LogFormat format, LinePrefix prefix, ReadContext ctx) throws IOException {
    switch (format) {
      case CSVLOG -> new CsvLogReader(ctx).read(src);
      case JSONLOG -> new JsonLogReader(ctx).read(src);
      case STDERR -> new StderrLogReader(ctx, prefix != null ? prefix
          : ctx.options.logLinePrefix() == null ? LinePrefix.GENERIC : LinePrefix.compile(ctx.options.logLinePrefix()))
          .read(src);
      case SQL -> new SqlFileReader(ctx).read(src);
      default -> throw new IllegalStateException(format.name());
    }
  }

  private record Opened(CountingInputStream raw, SafeGzipStream gz, CharSource src) implements AutoCloseable {
    @Override
    public void close() throws IOException {
      src.close();
    }
  }

  private static Opened open(Path f, LongConsumer progress, LogOptions opts) throws IOException {
    if (!Files.exists(f)) {
      throw new NoSuchFileException(f.toString(), null, "no such file");
    }
    if (Files.isDirectory(f)) {
      throw new IOException(f + ": is a folder, not a log file");
    }
    CountingInputStream raw = new CountingInputStream(Files.newInputStream(f), progress);
    BufferedInputStream buffered = new BufferedInputStream(raw, 1 << 16);
    try {
      SafeGzipStream gz = null;
      InputStream in = buffered;
      if (Gzip.startsWithMagic(buffered)) {
        gz = new SafeGzipStream(buffered);
        in = gz;
      }
      return new Opened(raw, gz, new CharSource(in, opts.charset()));
    } catch (IOException | RuntimeException e) {
      buffered.close();
      throw e;
    }
  }
}
