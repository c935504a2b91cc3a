package shardplan.analyzer;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogChunks;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.log.LogOptions;
import shardplan.analyzer.log.LogReadSummary;

/**
 * Analyses logs as a pipeline: one thread reads the files and cuts them into chunks of whole
 * records ({@link LogChunks#split}); worker threads parse the chunks and prepare their statements
 * (command word, normalisation, template lookup and its one parse: {@link StatementPreparer});
 * the calling thread applies the prepared statements in log order to the {@link EventAnalysis}
 * (transactions, counts, binding and spilling of row keys), which needs that order.
 *
 * <p>The result is the sequential analysis's: chunks are applied in the order they were read,
 * the events within them in order, and the reader's counts and skips are summed in that order.
 * Memory is bounded: at most {@code 4 × workers} chunks (about 256 KiB each) are in flight.
 */
final class ParallelLogAnalysis {
  /** One piece of the input on its way through the pipeline. */
  private static final class Job {
    final LogChunks.Piece piece;
    final CountDownLatch done = new CountDownLatch(1);
    LogChunks.Parsed parsed;
    Prepared[] prepared;
    Throwable failure;

    Job(LogChunks.Piece piece) {
      this.piece = piece;
    }
  }

  private static final Job END = new Job(null);

  private ParallelLogAnalysis() {
  }

  static LogReadSummary run(List<Path> inputs, LogOptions logOptions, SkipCounter readerSkips, long total,
                            AnalysisProgress progress, EventAnalysis analysis, int workers, int chunkBytes)
      throws IOException {
    BlockingQueue<Job> inOrder = new ArrayBlockingQueue<>(4 * workers);
    BlockingQueue<Job> work = new LinkedBlockingQueue<>();
    AtomicLong done = new AtomicLong();
    long[] bytes = new long[1];
    Throwable[] readFailure = new Throwable[1];
    List<Thread> threads = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try {
        bytes[0] = LogChunks.split(inputs, logOptions, chunkBytes, n -> progress.advanced(done.addAndGet(n), total), piece -> {
          Job job = new Job(piece);
          put(inOrder, job);
          work.add(job);
        });
      } catch (Throwable t) {
        readFailure[0] = t;
      } finally {
        for (int i = 0; i < workers; i++) {
          work.add(END);
        }
        put(inOrder, END);
      }
    }, "shardplan-log-reader");
    threads.add(reader);
    for (int i = 0; i < workers; i++) {
      StatementPreparer preparer = analysis.newPreparer();
      threads.add(new Thread(() -> prepare(work, preparer, logOptions), "shardplan-log-worker-" + (i + 1)));
    }
    for (Thread t : threads) {
      t.setDaemon(true);
      t.start();
    }
    LogChunks.Totals totals = new LogChunks.Totals(readerSkips);
    try {
      while (true) {
        Job job = inOrder.take();
        if (job == END) {
          break;
        }
        job.done.await();
        if (job.failure != null) {
          throw job.failure;
        }
        List<LogEvent> events = job.parsed.events();
        for (int i = 0; i < events.size(); i++) {
          analysis.accept(events.get(i), job.prepared[i]);
        }
        totals.add(job.parsed);
      }
      reader.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while analysing the logs", e);
    } catch (IOException | RuntimeException | Error e) {
      throw e;
    } catch (Throwable t) {
      throw new IllegalStateException(t);
    } finally {
      for (Thread t : threads) {
        t.interrupt();
      }
    }
    ReaderFailure.rethrow(readFailure[0]);
    LogReadSummary s = totals.summary();
    return new LogReadSummary(s.linesRead(), s.statements(), s.errors(), bytes[0], s.records(), s.used(),
        s.ignored(), s.skipped());
  }

  /** A worker: parses pieces and prepares their statements until the end mark. */
  private static void prepare(BlockingQueue<Job> work, StatementPreparer preparer, LogOptions logOptions) {
    while (true) {
      Job job;
      try {
        job = work.take();
      } catch (InterruptedException e) {
        return;
      }
      if (job == END) {
        return;
      }
      try {
        // each statement is prepared as soon as it is read, while its text is in the cache
        List<Prepared> prepared = new ArrayList<>(1024);
        job.parsed = LogChunks.parse(job.piece, logOptions,
            e -> prepared.add(e instanceof LogEvent.Statement st ? preparer.prepare(st) : null));
        job.prepared = prepared.toArray(new Prepared[0]);
      } catch (Throwable t) {
        job.failure = t;
      } finally {
        job.done.countDown();
      }
    }
  }

  private static void put(BlockingQueue<Job> q, Job job) {
    try {
      q.put(job);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the logs", e);
    }
  }
}
