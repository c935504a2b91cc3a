package shardplan.analyzer.log;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * How {@link LogInput} reads its files.
 *
 * @param format the format of every file, or null to detect it from each file's content
 * @param logLinePrefix the server's {@code log_line_prefix} for stderr logs, or null to recognise the
 *                      common defaults ({@code '%m [%p] '}, {@code '%m [%p] %q%u@%d '},
 *                      {@code '%t [%p]: [%l-1] user=%u,db=%d '}, ...) from the first lines
 * @param maxStatementBytes longest record or statement kept, in characters (bytes for ASCII text);
 *                          longer ones are skipped as {@code statement_too_large} so that one runaway
 *                          line cannot exhaust memory
 * @param charset encoding of the files; bytes that are not valid in it make their record skipped as
 *                {@code invalid_encoding} (never an exception)
 */
public record LogOptions(LogFormat format, String logLinePrefix, int maxStatementBytes, Charset charset) {
  /** 10 MB. */
  public static final int DEFAULT_MAX_STATEMENT_BYTES = 10 * 1024 * 1024;

  /** Detect the format, recognise the prefix, 10 MB statements, UTF-8. */
  public static final LogOptions DEFAULT =
      new LogOptions(null, null, DEFAULT_MAX_STATEMENT_BYTES, StandardCharsets.UTF_8);

  public LogOptions {
    if (maxStatementBytes <= 0) {
      throw new IllegalArgumentException("maxStatementBytes must be positive, was " + maxStatementBytes);
    }
    Objects.requireNonNull(charset, "charset");
  }

  public LogOptions withFormat(LogFormat f) {
    return new LogOptions(f, logLinePrefix, maxStatementBytes, charset);
  }

  public LogOptions withLogLinePrefix(String prefix) {
    return new LogOptions(format, prefix, maxStatementBytes, charset);
  }

  public LogOptions withMaxStatementBytes(int max) {
    return new LogOptions(format, logLinePrefix, max, charset);
  }

  public LogOptions withCharset(Charset cs) {
    return new LogOptions(format, logLinePrefix, maxStatementBytes, cs);
  }
}
