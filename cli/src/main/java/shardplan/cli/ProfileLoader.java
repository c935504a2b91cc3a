package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.StringJoiner;
import picocli.CommandLine.Model.CommandSpec;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;

/**
 * Turns {@link InputOptions} into a schema and a workload profile, the way every command does:
 * missing files and unreadable schemas fail with one line, a progress bar goes to stderr when it
 * is a terminal and the run is long, and too many unusable statements fail the run.
 */
public final class ProfileLoader {
  private ProfileLoader() {
  }

  /** Schema warnings printed at most; the rest are counted. */
  static final int MAX_SCHEMA_WARNINGS = 10;

  /** The schema from {@code --jdbc-url} if given, else from {@code --schema}, warnings not shown. */
  public static Schema loadSchema(InputOptions in) throws IOException {
    return loadSchema(in, null);
  }

  /**
   * The schema from {@code --jdbc-url} if given, else from {@code --schema}; statements of the
   * schema file that could not be applied are listed on {@code err} as {@code warning:} lines.
   */
  public static Schema loadSchema(InputOptions in, java.io.PrintWriter err) throws IOException {
    Objects.requireNonNull(in, "in");
    if (in.jdbcUrl() != null) {
      return Analyzer.readSchema(in.jdbcUrl());
    }
    if (in.schema() == null) {
      throw new IllegalArgumentException("a schema is needed: give --schema FILE or --jdbc-url URL");
    }
    return readSchemaFile(in.schema(), err);
  }

  /**
   * Reads a DDL file; statements it could not apply are listed on {@code err} (when not null) as
   * {@code warning:} lines, and a file without tables is an error.
   */
  static Schema readSchemaFile(Path file, java.io.PrintWriter err) throws IOException {
    requireReadable(file);
    java.util.List<String> warnings = new java.util.ArrayList<>();
    Schema schema = Analyzer.readSchema(file, warnings::add);
    if (err != null && !warnings.isEmpty()) {
      warnings.stream().limit(MAX_SCHEMA_WARNINGS).forEach(w -> err.println("warning: " + w));
      if (warnings.size() > MAX_SCHEMA_WARNINGS) {
        err.println("warning: " + (warnings.size() - MAX_SCHEMA_WARNINGS) + " more schema statements not applied");
      }
      err.flush();
    }
    if (schema.tables().isEmpty()) {
      throw new IllegalArgumentException(file + ": no CREATE TABLE found; is it a schema file?");
    }
    return schema;
  }

  /**
   * Loads the schema, analyses the logs and checks that enough of them could be used.
   *
   * @param spec the running command, whose stderr gets the progress bar
   * @throws IllegalStateException when more than {@code --max-skipped-percent} of the statements
   *                               could not be used; the message says how many and why
   */
  public static WorkloadProfile load(InputOptions in, CommandSpec spec) throws IOException {
    Objects.requireNonNull(spec, "spec");
    in.analyzerOptions();
    if (in.logs().isEmpty()) {
      throw new IllegalArgumentException("no log given");
    }
    for (Path p : in.logs()) {
      requireReadable(p);
    }
    return load(in, loadSchema(in, spec.commandLine().getErr()), spec);
  }

  /**
   * Analyses the logs against a schema the caller already loaded (with {@link #loadSchema}), and
   * checks that enough of them could be used.
   */
  public static WorkloadProfile load(InputOptions in, Schema schema, CommandSpec spec) throws IOException {
    Objects.requireNonNull(in, "in");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(spec, "spec");
    var options = in.analyzerOptions();
    if (in.logs().isEmpty()) {
      throw new IllegalArgumentException("no log given");
    }
    long total = 0;
    for (Path p : in.logs()) {
      requireReadable(p);
      total += Files.size(p);
    }
    WorkloadProfile profile;
    try (ProgressBar bar = new ProgressBar(spec.commandLine().getErr(), total, Progress.enabled(spec))) {
      profile = Analyzer.analyze(schema, in.logs(), options, bar);
    }
    checkUsable(profile, in.maxSkippedPercent());
    return profile;
  }

  /** Fails when more than {@code maxPercent} of the statements could not be used. */
  public static void checkUsable(WorkloadProfile profile, double maxPercent) {
    double pct = Analyzer.unusablePercent(profile);
    if (pct > maxPercent) {
      StringJoiner reasons = new StringJoiner(", ");
      for (SkipReason r : profile.skipped()) {
        if (!Analyzer.NOISE_REASONS.contains(r.reason())) {
          reasons.add(r.reason() + " " + r.count());
        }
      }
      throw new IllegalStateException(String.format(Locale.ROOT,
          "%.1f %% of the input could not be used (%s; %d statements used), more than --max-skipped-percent %s",
          pct, reasons, profile.statements(), trim(maxPercent)));
    }
  }

  private static String trim(double d) {
    return d == Math.rint(d) ? Long.toString((long) d) : Double.toString(d);
  }

  /** Fails with one line unless {@code p} is a readable file. */
  static void requireReadable(Path p) throws IOException {
    if (!Files.exists(p)) {
      throw new NoSuchFileException(p.toString());
    }
    if (Files.isDirectory(p)) {
      throw new IllegalArgumentException(p + ": is a directory, not a file");
    }
    if (!Files.isReadable(p)) {
      throw new java.nio.file.AccessDeniedException(p.toString());
    }
  }

  /**
   * A one-line progress bar on stderr, drawn only when stderr is a terminal and the run has
   * taken more than a second, so short runs and redirected output stay clean; never with --quiet.
   * Kept rather than {@code me.tongfei:progressbar}: the same few lines, through picocli's err
   * writer, without JLine and a refresh thread.
   */
  static final class ProgressBar implements AnalysisProgress, AutoCloseable {
    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long REDRAW_NANOS = 200_000_000L;
    private final PrintWriter err;
    private final long total;
    private final boolean enabled;
    private final long start = System.nanoTime();
    private long lastDraw;
    private boolean drawn;

    private ProgressBar(PrintWriter err, long total, boolean enabled) {
      this.err = err;
      this.total = total;
      this.enabled = enabled;
    }

    @Override
    public void advanced(long done, long ignoredTotal) {
      if (!enabled) {
        return;
      }
      long now = System.nanoTime();
      if (now - start < DELAY_NANOS || now - lastDraw < REDRAW_NANOS) {
        return;
      }
      lastDraw = now;
      drawn = true;
      int pct = total <= 0 ? 0 : (int) Math.min(100, done * 100 / total);
      int width = 30;
      int filled = pct * width / 100;
      double secs = (now - start) / 1e9;
      err.print(String.format(Locale.ROOT, "\ranalyzing [%s%s] %3d%%  %.1f MB/s ",
          "=".repeat(filled), " ".repeat(width - filled), pct, done / 1e6 / secs));
      err.flush();
    }

    @Override
    public void close() {
      if (drawn) {
        err.print("\r" + " ".repeat(60) + "\r");
        err.flush();
      }
    }
  }
}
