package shardplan.partitioner.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import shardplan.analyzer.model.Transaction;

/**
 * Gives transactions to a reader that runs on a thread of its own, through a small bounded queue
 * of batches, so that two independent readers of one pass over the stream use two cores. The
 * reader sees exactly the transactions given, in the order given, so its result is the same as
 * on the calling thread. {@link #finish()} waits for it and rethrows what it threw;
 * {@link #close()} stops it if the pass was abandoned.
 */
final class SecondThread implements Consumer<Transaction>, AutoCloseable {
  private static final int BATCH = 256;

  private final BlockingQueue<List<Transaction>> queue = new ArrayBlockingQueue<>(16);
  private final List<Transaction> end = new ArrayList<>(0);
  private final Thread thread;
  private volatile Throwable failure;
  private List<Transaction> batch = new ArrayList<>(BATCH);
  private boolean finished;

  SecondThread(String name, Consumer<Transaction> reader) {
    this.thread = new Thread(() -> {
      try {
        while (true) {
          List<Transaction> b = queue.take();
          if (b == end) {
            return;
          }
          for (int i = 0, n = b.size(); i < n; i++) {
            reader.accept(b.get(i));
          }
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      } catch (Throwable t) {
        failure = t;
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  @Override
  public void accept(Transaction tx) {
    batch.add(tx);
    if (batch.size() == BATCH) {
      put(batch);
      batch = new ArrayList<>(BATCH);
    }
  }

  /** Hands over what is left, waits for the reader to read it all, and rethrows its failure. */
  void finish() {
    if (!batch.isEmpty()) {
      put(batch);
      batch = new ArrayList<>(0);
    }
    put(end);
    finished = true;
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting for the " + thread.getName() + " thread", e);
    }
    rethrow();
  }

  private void put(List<Transaction> b) {
    try {
      while (!queue.offer(b, 50, TimeUnit.MILLISECONDS)) {
        rethrow();
        if (!thread.isAlive()) {
          throw new IllegalStateException("the " + thread.getName() + " thread stopped");
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while feeding the " + thread.getName() + " thread", e);
    }
  }

  private void rethrow() {
    Throwable t = failure;
    if (t instanceof RuntimeException r) {
      throw r;
    }
    if (t instanceof Error e) {
      throw e;
    }
    if (t != null) {
      throw new IllegalStateException(t);
    }
  }

  @Override
  public void close() {
    if (!finished) {
      thread.interrupt();
    }
  }
}
