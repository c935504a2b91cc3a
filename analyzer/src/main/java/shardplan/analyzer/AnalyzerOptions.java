package shardplan.analyzer;

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
 */
public record AnalyzerOptions(InputFormat inputFormat, String logLinePrefix, double sampleRate, Path spillDirectory) {
  public static final AnalyzerOptions DEFAULT = new AnalyzerOptions(InputFormat.AUTO, null, 1.0, null);

  public AnalyzerOptions {
    Objects.requireNonNull(inputFormat, "inputFormat");
    if (!(sampleRate > 0.0 && sampleRate <= 1.0)) {
      throw new IllegalArgumentException("sample rate must be in (0, 1], got " + sampleRate);
    }
  }

  public AnalyzerOptions withInputFormat(InputFormat f) {
    return new AnalyzerOptions(f, logLinePrefix, sampleRate, spillDirectory);
  }

  public AnalyzerOptions withLogLinePrefix(String p) {
    return new AnalyzerOptions(inputFormat, p, sampleRate, spillDirectory);
  }

  public AnalyzerOptions withSampleRate(double r) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, r, spillDirectory);
  }

  public AnalyzerOptions withSpillDirectory(Path d) {
    return new AnalyzerOptions(inputFormat, logLinePrefix, sampleRate, d);
  }
}
