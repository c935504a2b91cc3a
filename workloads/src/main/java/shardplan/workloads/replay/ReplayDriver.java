package shardplan.workloads.replay;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.workloads.Protocol;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.GeneratedTransaction;
import shardplan.workloads.model.ScheduledTransaction;
import shardplan.workloads.model.StatementTemplate;

/**
 * Runs a generated workload against a real database over JDBC: one connection per session,
 * autocommit off, each transaction's statements as prepared statements with their bound
 * parameters, then COMMIT (or ROLLBACK where the workload rolls back on purpose).
 *
 * <p>Transactions run one at a time in generation order, each on its own session's connection.
 * That order is the one the generator's state assumed (order numbers, undelivered orders,
 * carts), so on a freshly loaded database every statement succeeds; running them concurrently
 * would bring lock waits and deadlocks that belong to a load test, not to this check. A failed
 * statement rolls its transaction back and is counted; the replay goes on.
 */
public final class ReplayDriver {
  private static final int MAX_FAILURES = 20;

  private ReplayDriver() {
  }

  /**
   * Replays {@code transactions} with prepared statements (extended protocol), connections from
   * {@code source}; they are closed at the end.
   */
  public static ReplayResult replay(ConnectionSource source, List<ScheduledTransaction> transactions)
      throws SQLException {
    return replay(source, transactions, Protocol.EXTENDED);
  }

  /**
   * Replays {@code transactions}. With {@link Protocol#SIMPLE} each statement is sent as text with
   * its values inlined through {@link Statement#execute}; for the server to receive it as a simple
   * query, open the connections with pgjdbc's {@code preferQueryMode=simple}.
   */
  public static ReplayResult replay(ConnectionSource source, List<ScheduledTransaction> transactions,
                                    Protocol protocol) throws SQLException {
    Objects.requireNonNull(protocol, "protocol");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(transactions, "transactions");
    return inOrder(source, transactions, protocol, null, (sc, st, tally) -> run(sc, st.transaction(), tally, 0));
  }

  /**
   * Replays {@code transactions} concurrently, as the sessions of a running application do: one
   * thread per session runs that session's transactions in generation order. Rows locked by one
   * session make others wait; a transaction chosen as a deadlock victim (SQLSTATE 40P01) or
   * failing serialization (40001) is retried up to {@code maxRetries} times, as applications do,
   * and counted in {@link ReplayResult#retries()}. Values the generator derived from earlier
   * transactions (order numbers, stock levels) may then meet another database state: mostly that
   * only changes what a statement finds, but a TPC-C NewOrder that rolls back reuses the order
   * number the next NewOrder of its district takes, and if that one commits first the rollback's
   * insert fails on the primary key; such failures are counted like any other.
   */
  public static ReplayResult replayConcurrently(ConnectionSource source, List<ScheduledTransaction> transactions,
                                                Protocol protocol, int maxRetries)
      throws SQLException, InterruptedException {
    return replayConcurrently(source, transactions, protocol, maxRetries, null, (t, nanos, ok) -> { });
  }

  /** Told of every transaction a concurrent replay finished, from the session's thread. */
  @FunctionalInterface
  public interface TransactionListener {
    /**
     * @param t the transaction
     * @param nanos its time from the first statement to the end of COMMIT/ROLLBACK, retries included
     * @param ok whether it ended as the workload meant (committed, or rolled back on purpose)
     */
    void ended(GeneratedTransaction t, long nanos, boolean ok);
  }

  /**
   * {@link #replayConcurrently(ConnectionSource, List, Protocol, int)} for at most {@code limit}
   * (null for no limit): a session starts no transaction once the time is up, so the run ends
   * within one transaction of it; {@link ReplayResult#transactions()} counts those that ran.
   */
  public static ReplayResult replayConcurrently(ConnectionSource source, List<ScheduledTransaction> transactions,
                                                Protocol protocol, int maxRetries, Duration limit,
                                                TransactionListener listener)
      throws SQLException, InterruptedException {
    Objects.requireNonNull(listener, "listener");
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(protocol, "protocol");
    java.util.Map<Integer, List<GeneratedTransaction>> bySession = new java.util.TreeMap<>();
    for (ScheduledTransaction t : transactions) {
      bySession.computeIfAbsent(t.session(), k -> new ArrayList<>()).add(t.transaction());
    }
    List<SessionConnection> conns = new ArrayList<>();
    Tally tally = new Tally();
    List<Thread> threads = new ArrayList<>();
    List<Throwable> crashes = java.util.Collections.synchronizedList(new ArrayList<>());
    long start;
    try {
      for (int i = 0; i < bySession.size(); i++) {
        Connection c = source.open();
        c.setAutoCommit(false);
        conns.add(new SessionConnection(c, protocol));
      }
      start = System.nanoTime();
      int k = 0;
      for (List<GeneratedTransaction> list : bySession.values()) {
        SessionConnection sc = conns.get(k++);
        long deadline = limit == null ? Long.MAX_VALUE : start + limit.toNanos();
        Thread th = new Thread(() -> {
          try {
            for (GeneratedTransaction t : list) {
              long t0 = System.nanoTime();
              if (t0 >= deadline) {
                break;
              }
              boolean ok = run(sc, t, tally, maxRetries);
              listener.ended(t, System.nanoTime() - t0, ok);
            }
          } catch (SQLException | RuntimeException e) {
            crashes.add(e);
          }
        }, "replay-session-" + k);
        threads.add(th);
        th.start();
      }
      for (Thread th : threads) {
        th.join();
      }
    } finally {
      for (SessionConnection sc : conns) {
        sc.close();
      }
    }
    if (!crashes.isEmpty()) {
      Throwable t = crashes.get(0);
      if (t instanceof SQLException e) {
        throw e;
      }
      throw (RuntimeException) t;
    }
    return tally.result(tally.finished(), Duration.ofNanos(System.nanoTime() - start));
  }

  /** Runs one transaction; a failure rolls it back and is counted, or retried when transient. */
  private static boolean run(SessionConnection sc, GeneratedTransaction t, Tally tally, int maxRetries)
      throws SQLException {
    for (int attempt = 0; ; attempt++) {
      String current = "COMMIT";
      long sent = 0;
      try {
        for (Call call : t.calls()) {
          current = call.template().id();
          sent++;
          sc.execute(call);
        }
        if (t.rollback()) {
          current = "ROLLBACK";
          sc.connection.rollback();
        } else {
          sc.connection.commit();
        }
        tally.done(t, sent);
        return true;
      } catch (SQLException e) {
        sc.connection.rollback();
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        boolean transientFailure = state.equals("40P01") || state.equals("40001");
        if (transientFailure && attempt < maxRetries) {
          tally.retried(sent);
          continue;
        }
        tally.failed(t, sent, t.type() + " " + current + ": " + state + " " + firstLine(e.getMessage()));
        return false;
      }
    }
  }

  /** Looks at each transaction of a {@link #probe} pass from inside it. */
  public interface TransactionProbe {
    /**
     * Runs once, when every session's connection is open (autocommit off) and before the first
     * transaction; what it changes in a session must be committed to last.
     */
    default void opened(List<Connection> sessions) throws SQLException {
    }

    /** Runs once, after the last transaction and before the sessions' connections are closed. */
    default void closing(List<Connection> sessions) throws SQLException {
    }

    /** Runs first in the transaction, before its statements. */
    void begin(Connection c) throws SQLException;

    /**
     * Runs after each statement of the transaction, with the JDBC statement that ran it (its
     * warnings hold the server's notices for that execution).
     */
    default void statement(Statement executed) throws SQLException {
    }

    /** Runs last in the transaction, after its statements and before it is rolled back. */
    void end(Connection c, ScheduledTransaction t) throws SQLException;
  }

  /**
   * Runs {@code transactions} one at a time in generation order, each on its session's
   * connection, with {@code probe} at its start and end, and rolls every one back, so that the
   * pass leaves the database as it found it and each transaction meets the same state. A failed
   * statement rolls its transaction back, skips the probe's end and is counted.
   */
  public static ReplayResult probe(ConnectionSource source, List<ScheduledTransaction> transactions,
                                   Protocol protocol, TransactionProbe probe) throws SQLException {
    Objects.requireNonNull(probe, "probe");
    return inOrder(source, transactions, protocol, probe, (sc, st, tally) -> {
      long sent = 0;
      try {
        probe.begin(sc.connection);
        for (Call call : st.transaction().calls()) {
          sent++;
          probe.statement(sc.execute(call));
        }
        probe.end(sc.connection, st);
        sc.connection.rollback();
        tally.done(st.transaction(), sent);
      } catch (SQLException e) {
        sc.connection.rollback();
        tally.failed(st.transaction(), sent, st.transaction().type() + ": " + e.getSQLState() + " "
            + firstLine(e.getMessage()));
      }
    });
  }

  /** What a sequential pass does with one transaction on its session's connection. */
  @FunctionalInterface
  private interface Step {
    void run(SessionConnection sc, ScheduledTransaction st, Tally tally) throws SQLException;
  }

  /**
   * Opens one connection per session, runs {@code step} for each transaction in generation order
   * on its session's connection, closes the connections and returns the tally.
   */
  private static ReplayResult inOrder(ConnectionSource source, List<ScheduledTransaction> transactions,
                                      Protocol protocol, TransactionProbe probe, Step step) throws SQLException {
    List<SessionConnection> conns = new ArrayList<>();
    Tally tally = new Tally();
    long start = System.nanoTime();
    try {
      openSessions(source, transactions, protocol, conns);
      List<Connection> sessions = conns.stream().map(sc -> sc.connection).toList();
      if (probe != null) {
        probe.opened(sessions);
      }
      for (ScheduledTransaction st : transactions) {
        step.run(conns.get(st.session()), st, tally);
      }
      if (probe != null) {
        probe.closing(sessions);
      }
    } finally {
      for (SessionConnection sc : conns) {
        sc.close();
      }
    }
    return tally.result(transactions.size(), Duration.ofNanos(System.nanoTime() - start));
  }

  /**
   * Opens one connection per session of {@code transactions}, without autocommit, into
   * {@code conns}; the caller closes them, also those opened before a failure.
   */
  private static void openSessions(ConnectionSource source, List<ScheduledTransaction> transactions,
                                   Protocol protocol, List<SessionConnection> conns) throws SQLException {
    int sessions = 0;
    for (ScheduledTransaction t : transactions) {
      sessions = Math.max(sessions, t.session() + 1);
    }
    for (int i = 0; i < sessions; i++) {
      Connection c = source.open();
      c.setAutoCommit(false);
      conns.add(new SessionConnection(c, protocol));
    }
  }

  /** Counts, safe to share between session threads. */
  private static final class Tally {
    private long committed;
    private long rolledBack;
    private long failedTx;
    private long statements;
    private long failedStatements;
    private long retries;
    private final List<String> failures = new ArrayList<>();

    synchronized void done(GeneratedTransaction t, long sent) {
      statements += sent;
      if (t.rollback()) {
        rolledBack++;
      } else {
        committed++;
      }
    }

    synchronized void retried(long sent) {
      statements += sent;
      retries++;
    }

    synchronized void failed(GeneratedTransaction t, long sent, String why) {
      statements += sent;
      failedStatements++;
      failedTx++;
      if (failures.size() < MAX_FAILURES) {
        failures.add(why);
      }
    }

    synchronized long finished() {
      return committed + rolledBack + failedTx;
    }

    synchronized ReplayResult result(long transactions, Duration elapsed) {
      return new ReplayResult(transactions, committed, rolledBack, failedTx, statements, failedStatements, retries,
          elapsed, failures);
    }
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }

  /** Binds a value with the JDBC type an application would use for it. */
  static void bind(PreparedStatement ps, int index, Object v) throws SQLException {
    if (v == null) {
      ps.setNull(index, Types.VARCHAR);
    } else if (v instanceof Integer i) {
      ps.setInt(index, i);
    } else if (v instanceof Long l) {
      ps.setLong(index, l);
    } else if (v instanceof BigDecimal d) {
      ps.setBigDecimal(index, d);
    } else if (v instanceof String s) {
      ps.setString(index, s);
    } else {
      throw new IllegalArgumentException("cannot bind a " + v.getClass().getName());
    }
  }

  /** A session's connection with its prepared statements, one per template, as applications keep them. */
  private static final class SessionConnection implements AutoCloseable {
    final Connection connection;
    final Map<StatementTemplate, PreparedStatement> prepared = new IdentityHashMap<>();
    final Protocol protocol;
    final StringBuilder text = new StringBuilder(1024);
    Statement plain;

    SessionConnection(Connection connection, Protocol protocol) {
      this.connection = connection;
      this.protocol = protocol;
    }

    /** Runs {@code call} and reads its rows; returns the JDBC statement that ran it. */
    Statement execute(Call call) throws SQLException {
      if (protocol == Protocol.SIMPLE) {
        if (plain == null) {
          plain = connection.createStatement();
        }
        text.setLength(0);
        call.template().appendInlined(text, call.params());
        if (plain.execute(text.toString())) {
          try (ResultSet rs = plain.getResultSet()) {
            while (rs.next()) {
              // read the rows, as the application does
            }
          }
        }
        return plain;
      }
      PreparedStatement ps = prepared.get(call.template());
      if (ps == null) {
        ps = connection.prepareStatement(call.template().jdbcSql());
        prepared.put(call.template(), ps);
      }
      Object[] p = call.params();
      for (int i = 0; i < p.length; i++) {
        bind(ps, i + 1, p[i]);
      }
      if (ps.execute()) {
        try (ResultSet rs = ps.getResultSet()) {
          while (rs.next()) {
            // read the rows, as the application does
          }
        }
      }
      return ps;
    }

    @Override
    public void close() throws SQLException {
      try {
        for (PreparedStatement ps : prepared.values()) {
          ps.close();
        }
        if (plain != null) {
          plain.close();
        }
      } finally {
        connection.close();
      }
    }
  }
}
