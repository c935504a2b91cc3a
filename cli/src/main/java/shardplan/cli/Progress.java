package shardplan.cli;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Progress of a command's stages on stderr: a stage that has run for more than a second shows
 * its name and elapsed time, redrawn in place, and leaves one line with its time when it ends.
 * Only when stderr is a terminal, never with {@code --quiet}; short stages and redirected output
 * stay clean.
 *
 * <p>Hand-written rather than {@code me.tongfei:progressbar}: stages here have no known total,
 * must print through picocli's err writer (tests capture it) and wait a second before drawing;
 * the library would bring JLine for the same few lines.
 */
final class Progress implements AutoCloseable {
  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final Progress OFF = new Progress(null);

  private final PrintWriter err;
  private final ScheduledExecutorService clock;

  private Progress(PrintWriter err) {
    this.err = err;
    this.clock = err == null ? null : Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "progress");
      t.setDaemon(true);
      return t;
    });
  }

  /** Progress for the running command: drawn when stderr is a terminal and --quiet was not given. */
  static Progress of(CommandSpec spec) {
    return enabled(spec) ? new Progress(spec.commandLine().getErr()) : OFF;
  }

  /** Whether progress may be drawn for this command. */
  static boolean enabled(CommandSpec spec) {
    return System.console() != null && !quiet(spec);
  }

  /** Whether --quiet was given on this command or a parent. */
  static boolean quiet(CommandSpec spec) {
    for (CommandSpec s = spec; s != null; s = s.parent()) {
      OptionSpec o = s.findOption("--quiet");
      if (o != null && Boolean.TRUE.equals(o.getValue())) {
        return true;
      }
    }
    return false;
  }

  /** Starts a stage; close it when the stage ends. */
  Stage stage(String name) {
    return new Stage(name);
  }

  @Override
  public void close() {
    if (clock != null) {
      clock.shutdownNow();
    }
  }

  /** A running stage. */
  final class Stage implements AutoCloseable {
    private final String name;
    private final long start = System.nanoTime();
    private final ScheduledFuture<?> tick;
    private boolean drawn;

    private Stage(String name) {
      this.name = name;
      this.tick = clock == null ? null : clock.scheduleAtFixedRate(this::draw, DELAY_NANOS, 250_000_000L,
          TimeUnit.NANOSECONDS);
    }

    private synchronized void draw() {
      drawn = true;
      err.print(String.format(Locale.ROOT, "\r%s … %.0f s ", name, (System.nanoTime() - start) / 1e9));
      err.flush();
    }

    @Override
    public synchronized void close() {
      if (tick == null) {
        return;
      }
      tick.cancel(false);
      long took = System.nanoTime() - start;
      if (drawn || took > DELAY_NANOS) {
        err.println(String.format(Locale.ROOT, "\r%s: %.1f s   ", name, took / 1e9));
        err.flush();
      }
    }
  }
}
