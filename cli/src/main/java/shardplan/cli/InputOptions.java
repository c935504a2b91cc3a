package shardplan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.InputFormat;

/**
 * The options every command that reads a workload shares: the schema, the logs and how to read
 * them. Use it as a picocli {@code @Mixin}; {@link ProfileLoader} turns it into a profile.
 */
public final class InputOptions {
  @Option(names = "--schema", paramLabel = "FILE",
      description = "Schema as DDL (pg_dump --schema-only output or a workload's schema.sql).")
  Path schema;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "Read the schema (and table statistics) from a live PostgreSQL database, e.g."
          + " jdbc:postgresql://host:5432/db; credentials come from PGUSER/PGPASSWORD or .pgpass."
          + " Used instead of --schema when both are given.")
  String jdbcUrl;

  @Parameters(paramLabel = "LOG", arity = "1..*",
      description = "Query logs in time order: PostgreSQL csvlog, jsonlog or stderr logs (.gz too),"
          + " plain .sql files, or a pg_stat_statements CSV export.")
  List<Path> logs = new ArrayList<>();

  @Option(names = "--input-format", paramLabel = "FORMAT", defaultValue = "auto",
      description = "auto, csvlog, jsonlog, stderr, sql or pgss (default: ${DEFAULT-VALUE}, detected from the content).")
  String inputFormat;

  @Option(names = "--log-line-prefix", paramLabel = "PREFIX",
      description = "The server's log_line_prefix, for stderr logs whose prefix is not a common default.")
  String logLinePrefix;

  @Option(names = "--max-skipped-percent", paramLabel = "PCT", defaultValue = "5",
      description = "Fail when more than this percentage of statements could not be used (default: ${DEFAULT-VALUE}).")
  double maxSkippedPercent;

  @Option(names = "--sample-rate", paramLabel = "RATE", defaultValue = "1.0",
      description = "Fraction of transactions whose row keys are kept for row-level analysis;"
          + " counts always cover every statement (default: ${DEFAULT-VALUE}).")
  double sampleRate;

  @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
      description = "Encoding of the logs, e.g. UTF-8 or ISO-8859-1; records that do not decode are"
          + " counted as invalid_encoding (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "0",
      description = "Threads that analyse the logs: one applies the records in order, the others parse and"
          + " normalise them; 0 for one per processor, 1 for a sequential analysis. The result does not"
          + " depend on it (default: ${DEFAULT-VALUE}).")
  int threads;

  @Option(names = "--show-values",
      description = "Allow literal values from the logs in the output (off by default: logs hold customers' data).")
  boolean showValues;

  public Path schema() {
    return schema;
  }

  public String jdbcUrl() {
    return jdbcUrl;
  }

  public List<Path> logs() {
    return List.copyOf(logs);
  }

  public double maxSkippedPercent() {
    return maxSkippedPercent;
  }

  public boolean showValues() {
    return showValues;
  }

  /** The analyzer options these command-line options ask for. */
  public AnalyzerOptions analyzerOptions() {
    if (maxSkippedPercent < 0 || maxSkippedPercent > 100) {
      throw new IllegalArgumentException("--max-skipped-percent must be between 0 and 100, got " + maxSkippedPercent);
    }
    if (threads < 0) {
      throw new IllegalArgumentException("--threads must be 0 (one per processor) or more, got " + threads);
    }
    if (!(sampleRate > 0 && sampleRate <= 1)) {
      throw new IllegalArgumentException("--sample-rate must be in (0, 1], got " + sampleRate);
    }
    return AnalyzerOptions.DEFAULT
        .withInputFormat(InputFormat.parse(inputFormat))
        .withLogLinePrefix(logLinePrefix)
        .withSampleRate(sampleRate)
        .withCharset(charset())
        .withThreads(threads);
  }

  private java.nio.charset.Charset charset() {
    try {
      return java.nio.charset.Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--encoding " + encoding + ": unknown character set");
    }
  }
}
