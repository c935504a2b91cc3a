package shardplan.replay.run;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;
import shardplan.replay.log.ReplayUnit;
import shardplan.replay.log.Step;

/**
 * One client thread: runs the units of the sessions given to it, each on its session's own
 * connection, one whole transaction at a time, in the order they arrive (the logged order within
 * a session). Running a transaction to its end before taking the next one means a client never
 * waits on a lock that one of its own sessions holds.
 */
final class ReplayClient implements Runnable {
  static final ReplayUnit END = new ReplayUnit("", List.of(), false);
  /** Sessions whose connection stays open per client; beyond it the least recently used is closed. */
  static final int OPEN_SESSIONS = 64;

  final BlockingQueue<ReplayUnit> queue = new ArrayBlockingQueue<>(256);
  final Tally tally = new Tally();
  private final ServerConnections server;
  private final Consumer<SessionConnection> onOpen;
  private final Map<String, SessionConnection> sessions = new LinkedHashMap<>(16, 0.75f, true);
  private final List<String> notes = new ArrayList<>();
  private final long deadlineNanos;
  private final java.util.concurrent.ConcurrentMap<String, SessionConnection.Typing> typing;

  /**
   * @param onOpen runs on each new session connection (session settings); may throw SQLException
   * @param deadlineNanos {@code System.nanoTime()} after which units are dropped unsent, or Long.MAX_VALUE
   */
  ReplayClient(ServerConnections server, Consumer<SessionConnection> onOpen, long deadlineNanos,
               java.util.concurrent.ConcurrentMap<String, SessionConnection.Typing> typing) {
    this.typing = typing;
    this.server = server;
    this.onOpen = onOpen;
    this.deadlineNanos = deadlineNanos;
  }

  List<String> notes() {
    return notes;
  }

  @Override
  public void run() {
    try {
      while (true) {
        ReplayUnit u = queue.take();
        if (u == END) {
          return;
        }
        if (deadlineNanos != Long.MAX_VALUE && System.nanoTime() > deadlineNanos) {
          continue;
        }
        run(u);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    } finally {
      for (SessionConnection s : sessions.values()) {
        s.close();
      }
      sessions.clear();
    }
  }

  private SessionConnection session(String name) throws SQLException {
    SessionConnection s = sessions.get(name);
    if (s != null) {
      return s;
    }
    if (sessions.size() >= OPEN_SESSIONS) {
      String eldest = sessions.keySet().iterator().next();
      sessions.remove(eldest).close();
    }
    s = new SessionConnection(server.open(), typing);
    onOpen.accept(s);
    sessions.put(name, s);
    return s;
  }

  void run(ReplayUnit u) {
    boolean transaction = u.statements() > 0 || u.steps().get(0).kind() == Step.Kind.BEGIN;
    if (transaction) {
      tally.transactions++;
    }
    SessionConnection s;
    try {
      s = session(u.session());
    } catch (SQLException e) {
      String state = state(e);
      tally.error(state);
      if (transaction) {
        tally.failedTransactions++;
      }
      tally.notRun += u.statements();
      if (notes.size() < 3) {
        notes.add("a session could not connect: " + ServerConnections.reason(e));
      }
      return;
    }
    s.startTransaction();
    boolean inBlock = false;
    boolean aborted = false;
    boolean failed = false;
    boolean ended = false;
    List<Step> steps = u.steps();
    for (int i = 0; i < steps.size(); i++) {
      Step st = steps.get(i);
      try {
        switch (st.kind()) {
          case BEGIN -> {
            s.control(st.sql());
            inBlock = true;
          }
          case COMMIT -> {
            ended = true;
            if (aborted) {
              s.control("ROLLBACK");
              tally.rolledBack++;
            } else {
              s.control(st.sql());
              tally.committed++;
            }
            inBlock = false;
          }
          case ROLLBACK -> {
            ended = true;
            s.control(st.sql());
            tally.rolledBack++;
            inBlock = false;
          }
          case SAVEPOINT -> {
            if (!aborted) {
              s.control(st.sql());
            }
          }
          case SETTING -> {
            if (!aborted) {
              s.control(st.sql());
            }
          }
          case ROLLBACK_TO -> {
            s.control(st.sql());
            aborted = false;
          }
          case STATEMENT -> {
            Tally.PerTemplate t = tally.template(st.template());
            if (aborted) {
              tally.notRun++;
              continue;
            }
            t.statements++;
            tally.statements++;
            long t0 = System.nanoTime();
            try {
              s.execute(st.sql(), st.parameters(), inBlock);
              t.time(System.nanoTime() - t0);
            } catch (SQLException e) {
              String state = state(e);
              t.errors.computeIfAbsent(state, k -> new long[1])[0]++;
              throw e;
            }
          }
          default -> throw new IllegalStateException(st.kind().name());
        }
      } catch (SQLException e) {
        failed = true;
        tally.error(state(e));
        if (st.kind() == Step.Kind.STATEMENT) {
          tally.failedStatements++;
        }
        if (s.lost()) {
          sessions.remove(u.session());
          s.close();
          for (int j = i + 1; j < steps.size(); j++) {
            if (!steps.get(j).control()) {
              tally.notRun++;
            }
          }
          if (transaction) {
            tally.failedTransactions++;
            if (inBlock || !ended) {
              tally.rolledBack++;
            }
          }
          countNodes(s, transaction);
          return;
        }
        if (inBlock) {
          aborted = true;
        } else if (st.kind() == Step.Kind.COMMIT) {
          ended = true;
        }
      }
    }
    if (inBlock) {
      // the log ended inside the block: undo it, as the server did when the session went away
      try {
        s.control("ROLLBACK");
      } catch (SQLException e) {
        tally.error(state(e));
      }
      tally.rolledBack++;
    } else if (!ended && transaction) {
      if (failed) {
        tally.rolledBack++;
      } else {
        tally.committed++;
      }
    }
    if (failed && transaction) {
      tally.failedTransactions++;
    }
    countNodes(s, transaction);
  }

  private void countNodes(SessionConnection s, boolean transaction) {
    int reached = s.workersReached();
    tally.unreadableNotices += s.takeUnreadableNotices();
    if (transaction && reached >= 0) {
      tally.nodesMeasured++;
      if (reached > 1) {
        tally.distributed++;
      }
    }
  }

  static String state(SQLException e) {
    String s = e.getSQLState();
    return s == null || s.isBlank() ? "unknown" : s;
  }
}
