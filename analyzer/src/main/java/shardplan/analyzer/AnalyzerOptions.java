package shardplan.analyzer;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * How to read and analyse a workload. Immutable; {@link #DEFAULT} plus {@code withX} copies.
 *
 * @param inputFormat the format of every input, or {@link InputFormat#AUTO} to detect it per file
 * @param logLinePrefix the server's {@code log_line_prefix} for stderr logs, or null to recognise
 *                      the common defaults
 * @param sampleRate fraction (0, 1] of transactions whose row keys are kept in the transaction
 *                   stream; statistics always count every statement
 * @param spillDirectory where the transaction stream's temporary file goes; null for the
 *                       system temporary directory
 * @param charset encoding of the logs (the server's {@code client_encoding} as it wrote them);
 *                a record that does not decode is counted as {@code invalid_encoding}
 * @param threads threads that analyse the log: one applies the records in log order, the others
 *                parse and normalise chunks of them (beside a reading thread that only cuts the
 *                files into chunks); 0 for one per available processor; 1 reads and analyses the log
 *                as one sequence (one reading thread, one analysing thread). The result does not
 *                depend on it.
 */
public record AnalyzerOptions(InputFormat inputFormat, String logLinePrefix, double sampleRate, Path spillDirectory,
                              Charset charset, int threads) {
  public static final AnalyzerOptions DEFAULT = new AnalyzerOptions(InputFormat.AUTO, null, 1.0, null,
      StandardCharsets.UTF_8, 0);

  /** Options with the automatic number of threads. */
  public AnalyzerOptions(InputFormat inputFormat, String logLinePrefix, double sampleRate, Path spillDirectory,
                         Charset charset) {
    this(inputFormat, logLinePrefix, sampleRate, spillDirectory, charset, 0);
  }

  public AnalyzerOptions {
    Objects.requireNonNull(inputFormat, "inputFormat");
    Objects.requireNonNull(charset, "charset");
    if (!(sampleRate > 0.0 && sampleRate <= 1.0)) {
      throw new IllegalArgumentException("sample rate must be in (0, 1], got " + sampleRate);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("threads must be 0 (automatic) or more, got " + threads);
    }
  }

  public AnalyzerOptions withThreads(int t) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, sampleRate, spillDirectory, charset, t);
  }

  public AnalyzerOptions withInputFormat(InputFormat f) {
    return new AnalyzerOptions(f, logLinePrefix, sampleRate, spillDirectory, charset, threads);
  }

  public AnalyzerOptions withLogLinePrefix(String p) {
    return new AnalyzerOptions(inputFormat, p, sampleRate, spillDirectory, charset, threads);
  }

  public AnalyzerOptions withSampleRate(double r) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, r, spillDirectory, charset, threads);
  }

  public AnalyzerOptions withSpillDirectory(Path d) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, sampleRate, d, charset, threads);
  }

  public AnalyzerOptions withCharset(Charset c) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, sampleRate, spillDirectory, c, threads);
  }
}
