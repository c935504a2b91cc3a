package shardplan.workloads;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import shardplan.workloads.gen.GroundTruth;
import shardplan.workloads.gen.Scheduler;
import shardplan.workloads.log.LogSink;
import shardplan.workloads.log.ServerLogWriter;
import shardplan.workloads.log.SqlScriptWriter;
import shardplan.workloads.model.Expected;
import shardplan.workloads.model.ScheduledTransaction;

/**
 * Generates a workload into a folder: {@code schema.sql}, {@code data/} (initial rows and
 * {@code load.sql}), the log in the chosen format, and {@code expected.json}, the ground truth
 * counted from exactly the transactions written. Same options, same bytes.
 */
public final class WorkloadGenerator {
  private WorkloadGenerator() {
  }

  /** Receives progress: transactions finished out of the total. */
  @FunctionalInterface
  public interface ProgressListener {
    void progress(long done, long total);
  }

  /** Generates {@code workload} into {@code dir} (created if missing). */
  public static GenerationResult generate(Workload workload, WorkloadOptions options, Path dir) throws IOException {
    return generate(workload, options, dir, null);
  }

  /** Generates the built-in workload called {@code name}. */
  public static GenerationResult generate(String name, WorkloadOptions options, Path dir) throws IOException {
    return generate(Workloads.byName(name), options, dir, null);
  }

  /** Generates {@code workload} into {@code dir}, reporting progress now and then. */
  public static GenerationResult generate(Workload workload, WorkloadOptions options, Path dir,
                                          ProgressListener progress) throws IOException {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(options, "options");
    Files.createDirectories(dir);
    Path schema = dir.resolve("schema.sql");
    Files.writeString(schema, workload.schemaSql(), StandardCharsets.UTF_8);
    Path data = options.writeData() ? dir.resolve("data") : null;
    // The initial rows and the log are independent: write them at the same time.
    java.util.concurrent.FutureTask<Void> dataTask = null;
    if (data != null) {
      Files.createDirectories(data);
      Path dataDir = data;
      dataTask = new java.util.concurrent.FutureTask<>(() -> {
        workload.writeData(options, dataDir);
        Files.writeString(dataDir.resolve("load.sql"), loadScript(workload), StandardCharsets.UTF_8);
        return null;
      });
      Thread t = new Thread(dataTask, "workload-data");
      t.setDaemon(true);
      t.start();
    }
    Path log = dir.resolve(options.format().fileName());
    GroundTruth truth = new GroundTruth();
    try (OutputStream w = Files.newOutputStream(log); LogSink sink = sink(workload, options, w)) {
      long total = options.transactions();
      long step = Math.max(1, total / 200);
      Scheduler.run(workload.generator(options), options.sessions(), total, options.seed(), sink, null, truth::add,
          progress == null ? null : done -> {
            if (done % step == 0 || done == total) {
              progress.progress(done, total);
            }
          });
    } finally {
      if (dataTask != null) {
        awaitData(dataTask);
      }
    }
    Expected expected = expected(workload, options, truth);
    Path file = dir.resolve("expected.json");
    ExpectedJson.write(expected, file);
    return new GenerationResult(dir, schema, data, log, file, expected);
  }

  private static void awaitData(java.util.concurrent.FutureTask<Void> task) throws IOException {
    try {
      task.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted while writing the initial rows", e);
    } catch (java.util.concurrent.ExecutionException e) {
      Throwable c = e.getCause();
      if (c instanceof IOException io) {
        throw io;
      }
      if (c instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("cannot write the initial rows: " + c.getMessage(), c);
    }
  }

  /**
   * The transactions of a generation with these options, in generation order, each with its
   * session: what the log holds, for replaying it over JDBC without reading the log back.
   */
  public static List<ScheduledTransaction> transactions(Workload workload, WorkloadOptions options) {
    List<ScheduledTransaction> out = new ArrayList<>(options.transactions());
    try {
      Scheduler.run(workload.generator(options), options.sessions(), options.transactions(), options.seed(),
          LogSink.discard(), out::add, null, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The ground truth of a generation with these options, without writing anything. */
  public static Expected expected(Workload workload, WorkloadOptions options) {
    GroundTruth truth = new GroundTruth();
    try {
      Scheduler.run(workload.generator(options), options.sessions(), options.transactions(), options.seed(),
          LogSink.discard(), null, truth::add, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return expected(workload, options, truth);
  }

  static LogSink sink(Workload workload, WorkloadOptions o, OutputStream w) {
    if (o.format() == LogFormat.SQL) {
      return new SqlScriptWriter(w);
    }
    return new ServerLogWriter(w, o.format(), o.protocol(), o.prepareThreshold(), o.logLinePrefix(), workload.name(), workload.name(),
        o.seed(), workload.connectStatements());
  }

  private static Expected expected(Workload workload, WorkloadOptions o, GroundTruth truth) {
    return new Expected(workload.name(), o.scaleFor(workload), o.seed(), o.format().label(), o.protocol().label(),
        truth.transactions(), truth.committedTransactions(), truth.statements(), workload.expectedPlacement(o),
        workload.spanFractionName(), truth.spanFraction(), truth.counts(workload.tables()),
        truth.abortedCounts(workload.tables()), truth.joins(), workload.notes(o));
  }

  /** {@code t} as an identifier psql reads back as {@code t}: quoted unless plain lower case and not reserved. */
  public static String quoted(String t) {
    boolean plain = t.matches("[a-z_][a-z0-9_]*") && !RESERVED.contains(t);
    return plain ? t : "\"" + t.replace("\"", "\"\"") + "\"";
  }

  /** Reserved words that ORMs use as table names. */
  private static final java.util.Set<String> RESERVED = java.util.Set.of("order", "user", "group", "table", "select",
      "where", "from", "limit", "offset", "check", "default", "references", "session_user", "current_user");

  /** {@code \copy} commands in foreign-key order, run from the output folder. */
  static String loadScript(Workload workload) {
    StringBuilder sb = new StringBuilder();
    sb.append("-- Loads the initial rows; run from the workload folder after schema.sql:\n");
    sb.append("--   psql -d DATABASE -f schema.sql -f data/load.sql\n");
    for (String t : workload.tables()) {
      sb.append("\\copy ").append(quoted(t)).append(" FROM 'data/").append(t).append(".csv' WITH (FORMAT csv)\n");
    }
    return sb.toString();
  }
}
