package shardplan.analyzer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import shardplan.analyzer.catalog.DdlSchemaReader;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.log.LogFormat;
import shardplan.analyzer.log.LogChunks;
import shardplan.analyzer.log.LogInput;
import shardplan.analyzer.log.LogOptions;
import shardplan.analyzer.log.LogReadSummary;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.pgss.PgStatStatementsReader;
import shardplan.analyzer.spill.SpillingTransactionStream;

/**
 * The analyzer's entry point: a schema and query logs in, a {@link WorkloadProfile} out.
 *
 * <p>Logs are analysed as a pipeline ({@link ParallelLogAnalysis}): one thread reads and cuts the
 * files into chunks of records, worker threads parse and normalise them, and the calling thread
 * applies them in log order; with {@link AnalyzerOptions#threads()} = 1, one thread reads and
 * another analyses. The result is the same either way. Memory is bounded:
 * templates and counters grow with the number of distinct statements, not with the log; the
 * row keys of every transaction are spilled to a temporary file (see
 * {@link SpillingTransactionStream}), optionally sampled by {@link AnalyzerOptions#sampleRate()}.
 *
 * <p>A pg_stat_statements export gives templates and call counts but no values: its profile has
 * {@code rowLevel = false}, an empty transaction stream, and counts each call as one statement
 * and one transaction.
 */
public final class Analyzer {
  /**
   * Skip reasons that do not mean workload was lost (catalog queries, DDL, statements that were
   * used although they also named a table the schema lacks, transactions still open at the end
   * whose statements count as aborted); they do not count against the unusable-input limit.
   */
  public static final List<String> NOISE_REASONS =
      List.of("catalog_or_utility", "ddl", "partly_unknown_table", "unterminated_transaction");

  private static final int BATCH = 1024;

  private Analyzer() {
  }

  /** Reads the tables of a DDL file ({@code pg_dump --schema-only} output or a workload's schema.sql). */
  public static Schema readSchema(Path ddlFile) throws IOException {
    return readSchema(ddlFile, w -> { });
  }

  /**
   * Reads the tables of a DDL file, telling {@code warnings} about every statement it could not
   * apply (one line each, naming the position and kind, never data).
   */
  public static Schema readSchema(Path ddlFile, java.util.function.Consumer<String> warnings) throws IOException {
    Objects.requireNonNull(ddlFile, "ddlFile");
    Objects.requireNonNull(warnings, "warnings");
    if (!Files.exists(ddlFile)) {
      throw new NoSuchFileException(ddlFile.toString());
    }
    var result = DdlSchemaReader.read(ddlFile);
    result.warnings().forEach(warnings);
    return result.schema();
  }

  /**
   * Reads the tables of a live database; credentials come from the URL, the PG environment
   * variables or {@code .pgpass}.
   */
  public static Schema readSchema(String jdbcUrl) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    return shardplan.analyzer.catalog.JdbcSchemaReader.read(jdbcUrl, null);
  }

  /**
   * Reads every input in order (several files are one log in time order) and profiles the
   * workload.
   *
   * @throws NoSuchFileException if an input does not exist
   */
  public static WorkloadProfile analyze(Schema schema, List<Path> inputs, AnalyzerOptions options,
                                        AnalysisProgress progress) throws IOException {
    return analyze(schema, inputs, options, progress, LogChunks.CHUNK_BYTES);
  }

  /** {@link #analyze(Schema, List, AnalyzerOptions, AnalysisProgress)} with chunks of the given size. */
  static WorkloadProfile analyze(Schema schema, List<Path> inputs, AnalyzerOptions options,
                                 AnalysisProgress progress, int chunkBytes) throws IOException {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(inputs, "inputs");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(progress, "progress");
    long total = 0;
    for (Path p : inputs) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
      total += Files.size(p);
    }
    boolean pgss = options.inputFormat() == InputFormat.PG_STAT_STATEMENTS
        || (options.inputFormat() == InputFormat.AUTO && !inputs.isEmpty() && allPgss(inputs));
    if (pgss) {
      return PgssAnalysis.analyze(schema, inputs);
    }
    LogOptions logOptions = LogOptions.DEFAULT.withLogLinePrefix(options.logLinePrefix()).withCharset(options.charset());
    LogFormat format = logFormat(options.inputFormat());
    if (format != null) {
      logOptions = logOptions.withFormat(format);
    }
    SpillingTransactionStream spill = SpillingTransactionStream.create(options.spillDirectory(), options.sampleRate());
    EventAnalysis analysis = new EventAnalysis(schema, spill);
    SkipCounter readerSkips = new SkipCounter();
    // the calling thread applies events in order: it is one of the threads, the others are workers
    int threads = options.threads() == 0 ? Runtime.getRuntime().availableProcessors() : options.threads();
    LogReadSummary summary = threads <= 1
        ? readPipelined(inputs, logOptions, readerSkips, total, progress, analysis)
        : ParallelLogAnalysis.run(inputs, logOptions, readerSkips, total, progress, analysis, threads - 1,
            chunkBytes);
    return analysis.finish(true, summary.linesRead(), readerSkips.reasons());
  }

  /**
   * Profiles events already read (tests, other front ends). Single-threaded.
   */
  public static WorkloadProfile analyzeEvents(Schema schema, Iterable<LogEvent> events, AnalyzerOptions options)
      throws IOException {
    Objects.requireNonNull(schema, "schema");
    SpillingTransactionStream spill = SpillingTransactionStream.create(options.spillDirectory(), options.sampleRate());
    EventAnalysis analysis = new EventAnalysis(schema, spill);
    long n = 0;
    for (LogEvent e : events) {
      analysis.accept(e);
      n++;
    }
    return analysis.finish(true, n, List.of());
  }

  private static final List<LogEvent> END = new ArrayList<>();

  /** Reads on a second thread, analyses on this one; batches go through a bounded queue. */
  private static LogReadSummary readPipelined(List<Path> inputs, LogOptions logOptions, SkipCounter readerSkips,
                                              long total, AnalysisProgress progress, EventAnalysis analysis)
      throws IOException {
    BlockingQueue<List<LogEvent>> queue = new ArrayBlockingQueue<>(64);
    AtomicReference<Throwable> failure = new AtomicReference<>();
    AtomicReference<LogReadSummary> summary = new AtomicReference<>();
    AtomicLong done = new AtomicLong();
    Thread reader = new Thread(() -> {
      Batcher batcher = new Batcher(queue);
      try {
        summary.set(LogInput.read(inputs, logOptions, readerSkips,
            n -> progress.advanced(done.addAndGet(n), total), batcher));
        batcher.flush();
      } catch (Throwable t) {
        failure.set(t);
      } finally {
        put(queue, END);
      }
    }, "shardplan-log-reader");
    reader.setDaemon(true);
    reader.start();
    try {
      while (true) {
        List<LogEvent> batch = queue.take();
        if (batch == END) {
          break;
        }
        for (LogEvent e : batch) {
          analysis.accept(e);
        }
      }
      reader.join();
    } catch (InterruptedException e) {
      reader.interrupt();
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the logs", e);
    } catch (RuntimeException | Error e) {
      reader.interrupt();
      throw e;
    }
    ReaderFailure.rethrow(failure.get());
    return summary.get();
  }

  /** Collects events into batches for the analysing thread. */
  private static final class Batcher implements java.util.function.Consumer<LogEvent> {
    private final BlockingQueue<List<LogEvent>> queue;
    private List<LogEvent> batch = new ArrayList<>(BATCH);

    Batcher(BlockingQueue<List<LogEvent>> queue) {
      this.queue = queue;
    }

    @Override
    public void accept(LogEvent e) {
      batch.add(e);
      if (batch.size() >= BATCH) {
        flush();
      }
    }

    void flush() {
      if (!batch.isEmpty()) {
        put(queue, batch);
        batch = new ArrayList<>(BATCH);
      }
    }
  }

  private static void put(BlockingQueue<List<LogEvent>> q, List<LogEvent> batch) {
    try {
      q.put(batch);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the logs", e);
    }
  }

  private static LogFormat logFormat(InputFormat f) {
    switch (f) {
      case CSVLOG:
        return LogFormat.CSVLOG;
      case JSONLOG:
        return LogFormat.JSONLOG;
      case STDERR:
        return LogFormat.STDERR;
      case SQL:
        return LogFormat.SQL;
      default:
        return null;
    }
  }

  /** Whether every input looks like a pg_stat_statements CSV export. */
  private static boolean allPgss(List<Path> inputs) {
    for (Path p : inputs) {
      if (!PgStatStatementsReader.looksLike(p)) {
        return false;
      }
    }
    return true;
  }

  /**
   * Percentage of statements that could not be used: skipped input (except {@link #NOISE_REASONS})
   * over statements used plus skipped.
   */
  public static double unusablePercent(WorkloadProfile profile) {
    long unusable = 0;
    for (SkipReason r : profile.skipped()) {
      if (!NOISE_REASONS.contains(r.reason())) {
        unusable += r.count();
      }
    }
    long all = profile.statements() + unusable;
    return all == 0 ? 0.0 : 100.0 * unusable / all;
  }
}
