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
    int sessions = 0;
    for (ScheduledTransaction t : transactions) {
      sessions = Math.max(sessions, t.session() + 1);
    }
    List<SessionConnection> conns = new ArrayList<>(sessions);
    long start = System.nanoTime();
    long committed = 0;
    long rolledBack = 0;
    long failedTx = 0;
    long statements = 0;
    long failedStatements = 0;
    List<String> failures = new ArrayList<>();
    try {
      for (int i = 0; i < sessions; i++) {
        Connection c = source.open();
        c.setAutoCommit(false);
        conns.add(new SessionConnection(c, protocol));
      }
      for (ScheduledTransaction st : transactions) {
        SessionConnection sc = conns.get(st.session());
        GeneratedTransaction t = st.transaction();
        boolean failed = false;
        String current = "COMMIT";
        try {
          for (Call call : t.calls()) {
            current = call.template().id();
            statements++;
            sc.execute(call);
          }
          current = t.rollback() ? "ROLLBACK" : "COMMIT";
          if (t.rollback()) {
            sc.connection.rollback();
            rolledBack++;
          } else {
            sc.connection.commit();
            committed++;
          }
        } catch (SQLException e) {
          failed = true;
          failedStatements++;
          if (failures.size() < MAX_FAILURES) {
            failures.add(t.type() + " " + current + ": " + e.getSQLState() + " " + firstLine(e.getMessage()));
          }
          sc.connection.rollback();
        }
        if (failed) {
          failedTx++;
        }
      }
    } finally {
      for (SessionConnection sc : conns) {
        sc.close();
      }
    }
    Duration elapsed = Duration.ofNanos(System.nanoTime() - start);
    return new ReplayResult(transactions.size(), committed, rolledBack, failedTx, statements, failedStatements,
        elapsed, failures);
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

    void execute(Call call) throws SQLException {
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
        return;
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
