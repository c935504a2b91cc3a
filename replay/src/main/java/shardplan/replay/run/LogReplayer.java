package shardplan.replay.run;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogInput;
import shardplan.analyzer.log.LogOptions;
import shardplan.replay.log.ReplayUnit;
import shardplan.replay.log.UnitAssembler;
import shardplan.replay.model.CitusRouting;
import shardplan.replay.model.NodesReached;
import shardplan.replay.model.ReplayReport;

/**
 * Replays PostgreSQL logs (every format the analyzer reads) on a server: each logged session on
 * its own connection, its statements as prepared statements with their logged parameters, its
 * transactions as logged, the sessions spread over {@code clients} threads (a session always on
 * the same one, so its order is kept). Statements run as fast as the server answers: the log's
 * timing is not reproduced.
 *
 * <p>A statement the server refuses is counted by SQLSTATE, and its transaction is aborted as it
 * was in the application: its remaining statements are not sent (counted as not run) and it ends
 * with ROLLBACK. A statement that finds no row is not an error, so a log replays on empty tables.
 * On a Citus coordinator the replay turns {@code citus.enable_stat_counters} on for its sessions
 * and reports what {@code citus_stat_counters} counted during the replay; and, when asked, the
 * workers each transaction reached ({@link RemoteCommands}): a transaction is distributed when it
 * reached more than one, as the advisor's distributed transaction fraction counts it.
 */
public final class LogReplayer {
  /**
   * How to replay.
   *
   * @param clients client threads
   * @param maxTransactions transactions (units) to replay at most
   * @param logOptions how to read the logs
   * @param nodesReached on a Citus coordinator, measure the workers each transaction reaches
   *                     ({@code citus.log_remote_commands}: one notice per command sent to a worker)
   */
  public record Options(int clients, long maxTransactions, LogOptions logOptions, boolean nodesReached) {
    public Options {
      if (clients < 1 || clients > 1024) {
        throw new IllegalArgumentException("--clients must be between 1 and 1024, was " + clients);
      }
      if (maxTransactions < 1) {
        throw new IllegalArgumentException("--max-transactions must be positive, was " + maxTransactions);
      }
      Objects.requireNonNull(logOptions, "logOptions");
    }

    /** Without measuring the workers reached. */
    public Options(int clients, long maxTransactions, LogOptions logOptions) {
      this(clients, maxTransactions, logOptions, false);
    }
  }

  private LogReplayer() {
  }

  /**
   * Replays {@code logs}, read in the order given, on {@code server}.
   *
   * @throws NoSuchFileException if a log does not exist
   * @throws ReplayException if the server cannot be reached at all
   */
  public static ReplayReport replay(List<Path> logs, ServerConnections server, Options options) throws IOException {
    for (Path p : logs) {
      if (!Files.exists(p)) {
        throw new NoSuchFileException(p.toString());
      }
    }
    List<String> notes = new ArrayList<>();
    boolean citus;
    Optional<CitusRouting> before = Optional.empty();
    try (Connection control = server.openOrExplain()) {
      citus = CitusCounters.isCitus(control);
      if (citus) {
        before = CitusCounters.read(control);
        if (before.isEmpty()) {
          notes.add("Citus is installed but citus_stat_counters cannot be read (it needs Citus 13.1 or later):"
              + " Citus's own routing counts are not reported");
        }
      }
    } catch (SQLException e) {
      throw new ReplayException("cannot read from " + server.label() + ": " + ServerConnections.reason(e), e);
    }
    AtomicBoolean countersRefused = new AtomicBoolean();
    AtomicBoolean noticesRefused = new AtomicBoolean();
    boolean countCitus = before.isPresent();
    boolean measureNodes = citus && options.nodesReached();
    java.util.function.Consumer<SessionConnection> onOpen = s -> {
      if (countCitus) {
        try (Statement st = s.connection.createStatement()) {
          st.execute(CitusCounters.ENABLE);
        } catch (SQLException e) {
          countersRefused.set(true);
        }
      }
      if (measureNodes) {
        try (Statement st = s.connection.createStatement()) {
          st.execute(RemoteCommands.ENABLE);
          st.execute("SET client_min_messages TO notice");
          s.measureNodes();
        } catch (SQLException e) {
          noticesRefused.set(true);
        }
      }
    };
    SkipCounter skips = new SkipCounter();
    List<ReplayClient> clients = new ArrayList<>();
    List<Thread> threads = new ArrayList<>();
    java.util.concurrent.ConcurrentMap<String, SessionConnection.Typing> typing =
        new java.util.concurrent.ConcurrentHashMap<>();
    for (int i = 0; i < options.clients(); i++) {
      ReplayClient c = new ReplayClient(server, onOpen, Long.MAX_VALUE, typing);
      clients.add(c);
      Thread t = new Thread(c, "replay-client-" + (i + 1));
      t.setDaemon(true);
      threads.add(t);
    }
    Map<String, Integer> owner = new HashMap<>();
    UnitAssembler assembler = new UnitAssembler(u -> {
      int k = owner.computeIfAbsent(u.session(), s -> owner.size() % clients.size());
      put(clients.get(k), u);
    }, skips, options.maxTransactions());
    long start = System.nanoTime();
    threads.forEach(Thread::start);
    try {
      try {
        LogInput.read(logs, options.logOptions(), skips, n -> { }, assembler);
        assembler.finish();
      } catch (UnitAssembler.Enough e) {
        // --max-transactions reached
      }
    } finally {
      for (ReplayClient c : clients) {
        put(c, ReplayClient.END);
      }
      for (Thread t : threads) {
        try {
          t.join();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new ReplayException("interrupted while waiting for the clients", e);
        }
      }
    }
    double elapsed = (System.nanoTime() - start) / 1e9;
    Tally all = new Tally();
    for (ReplayClient c : clients) {
      all.add(c.tally);
      for (String n : c.notes()) {
        if (!notes.contains(n)) {
          notes.add(n);
        }
      }
    }
    Optional<CitusRouting> measured = Optional.empty();
    if (countCitus && !countersRefused.get()) {
      try (Connection control = server.open()) {
        Optional<CitusRouting> after = CitusCounters.read(control);
        if (after.isPresent()) {
          measured = Optional.of(CitusCounters.difference(before.get(), after.get()));
        }
      } catch (SQLException e) {
        notes.add("citus_stat_counters could not be read after the replay: " + ServerConnections.reason(e));
      }
    } else if (countersRefused.get()) {
      notes.add("citus.enable_stat_counters could not be turned on (it needs a superuser, or"
          + " ALTER DATABASE ... SET citus.enable_stat_counters = on): Citus's own routing counts are not reported");
    }
    Optional<NodesReached> nodes = Optional.empty();
    if (measureNodes && !noticesRefused.get()) {
      nodes = Optional.of(new NodesReached(all.nodesMeasured, all.distributed));
      if (all.unreadableNotices > 0) {
        notes.add(all.unreadableNotices + " remote-command notice(s) named no readable server: the workers reached"
            + " may be undercounted");
      }
    } else if (noticesRefused.get()) {
      notes.add("citus.log_remote_commands could not be turned on: the workers each transaction reached are not"
          + " measured");
    }
    return new ReplayReport(server.label(), options.clients(), all.transactions, all.committed, all.rolledBack,
        all.failedTransactions, all.statements, all.failedStatements, all.notRun, all.errorCounts(), elapsed,
        all.overall(), all.perTemplate(), skips.reasons(), measured, nodes, notes);
  }

  private static void put(ReplayClient c, ReplayUnit u) {
    try {
      c.queue.put(u);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new ReplayException("interrupted while reading the log", e);
    }
  }
}
