package shardplan.replay.run;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A logged session's own connection, with its prepared statements kept per statement text as an
 * application's driver keeps them (the least recently used closed beyond {@link #PREPARED}).
 *
 * <p>The log has the parameters' text, not the types the application's driver gave them. They are
 * sent untyped first, for the server to infer each type from the statement, which is right for
 * nearly every statement. Where inference picks another type than the application's driver did
 * ({@code CURRENT_DATE - $1} infers a date, the driver sent an integer), the server refuses the
 * statement with a type error; then the text is sent again with the type its shape says (an
 * integer as {@code int4}/{@code int8}, a decimal as {@code numeric}, anything else untyped), and
 * that choice is kept for the text ({@link Typing}). The first execution of a text inside a
 * transaction block runs under a savepoint, so that such a retry leaves the transaction as it was.
 */
final class SessionConnection implements AutoCloseable {
  static final int PREPARED = 256;
  private static final String PROBE = "shardplan_parameter_types";

  /** How the parameters of a statement text are sent, learnt from its first execution. */
  enum Typing { UNTYPED, BY_SHAPE }

  private record Prepared(PreparedStatement statement, int[] order) {
  }

  final Connection connection;
  private Statement plain;
  /** Workers named by the coordinator's remote-command notices since {@link #startTransaction()}, or null when not measured. */
  private java.util.Set<String> reached;
  private int unreadable;
  private final Map<String, Prepared> prepared = new LinkedHashMap<>(64, 0.75f, true) {
    private static final long serialVersionUID = 1L;

    @Override
    protected boolean removeEldestEntry(Map.Entry<String, Prepared> eldest) {
      if (size() > PREPARED) {
        closeQuietly(eldest.getValue().statement());
        return true;
      }
      return false;
    }
  };

  private final java.util.concurrent.ConcurrentMap<String, Typing> typing;

  SessionConnection(Connection connection, java.util.concurrent.ConcurrentMap<String, Typing> typing) {
    this.connection = connection;
    this.typing = typing;
  }

  /**
   * Runs a statement as a prepared statement with its logged parameters; reads every row.
   *
   * @param inBlock whether a transaction block is open (the first execution then runs under a savepoint)
   */
  void execute(String sql, List<String> parameters, boolean inBlock) throws SQLException {
    if (parameters.isEmpty()) {
      execute(sql, parameters, Typing.UNTYPED);
      return;
    }
    Typing t = typing.get(sql);
    if (t != null) {
      execute(sql, parameters, t);
      return;
    }
    if (inBlock) {
      control("SAVEPOINT " + PROBE);
    }
    try {
      execute(sql, parameters, Typing.UNTYPED);
      typing.putIfAbsent(sql, Typing.UNTYPED);
    } catch (SQLException e) {
      if (inBlock && !lost()) {
        control("ROLLBACK TO SAVEPOINT " + PROBE);
      }
      if (!isTypeError(e)) {
        throw e;
      }
      typing.put(sql, Typing.BY_SHAPE);
      execute(sql, parameters, Typing.BY_SHAPE);
    }
    if (inBlock) {
      control("RELEASE SAVEPOINT " + PROBE);
    }
  }

  private static boolean isTypeError(SQLException e) {
    String s = e.getSQLState();
    return "42804".equals(s) || "42883".equals(s) || "42725".equals(s) || "42P18".equals(s);
  }

  private static final java.util.regex.Pattern INTEGER = java.util.regex.Pattern.compile("-?[0-9]{1,18}");
  private static final java.util.regex.Pattern DECIMAL =
      java.util.regex.Pattern.compile("-?[0-9]*\\.[0-9]+([eE][-+]?[0-9]+)?|-?[0-9]+\\.[0-9]*|-?[0-9]{19,}");

  private static void bindByShape(PreparedStatement ps, int i, String v) throws SQLException {
    if (INTEGER.matcher(v).matches()) {
      long n = Long.parseLong(v);
      if (n >= Integer.MIN_VALUE && n <= Integer.MAX_VALUE) {
        ps.setInt(i, (int) n);
      } else {
        ps.setLong(i, n);
      }
    } else if (DECIMAL.matcher(v).matches()) {
      ps.setBigDecimal(i, new java.math.BigDecimal(v));
    } else {
      ps.setString(i, v);
    }
  }

  private void execute(String sql, List<String> parameters, Typing t) throws SQLException {
    Prepared p = prepared.get(sql);
    if (p == null) {
      JdbcSql j = JdbcSql.of(sql);
      p = new Prepared(connection.prepareStatement(j.sql()), j.order());
      prepared.put(sql, p);
    }
    PreparedStatement ps = p.statement();
    int[] order = p.order();
    for (int i = 0; i < order.length; i++) {
      int k = order[i];
      String v = k >= 0 && k < parameters.size() ? parameters.get(k) : null;
      if (v == null) {
        ps.setNull(i + 1, Types.OTHER);
      } else if (t == Typing.BY_SHAPE) {
        bindByShape(ps, i + 1, v);
      } else {
        ps.setString(i + 1, v);
      }
    }
    boolean rows = ps.execute();
    drain(ps, rows);
    noteServers(ps);
  }

  /** Measures, from now on, the workers the coordinator's commands reach ({@link RemoteCommands}). */
  void measureNodes() {
    reached = new java.util.HashSet<>();
  }

  /** Starts a transaction's set of workers reached. */
  void startTransaction() {
    if (reached != null) {
      reached.clear();
    }
  }

  /** Workers reached since {@link #startTransaction()}, or -1 when not measured. */
  int workersReached() {
    return reached == null ? -1 : reached.size();
  }

  /** Remote-command notices that named no readable server since the last call. */
  int takeUnreadableNotices() {
    int n = unreadable;
    unreadable = 0;
    return n;
  }

  private void noteServers(Statement st) throws SQLException {
    if (reached != null) {
      unreadable += RemoteCommands.collect(st, reached);
    }
  }

  /** Runs transaction control text as it was logged. */
  void control(String sql) throws SQLException {
    if (plain == null) {
      plain = connection.createStatement();
    }
    try {
      plain.execute(sql);
    } finally {
      noteServers(plain);
    }
  }

  boolean lost() {
    try {
      return connection.isClosed();
    } catch (SQLException e) {
      return true;
    }
  }

  private static void drain(Statement st, boolean rows) throws SQLException {
    while (true) {
      if (rows) {
        try (ResultSet rs = st.getResultSet()) {
          while (rs.next()) {
            // read the rows, as the application did
          }
        }
      } else if (st.getUpdateCount() == -1) {
        return;
      }
      rows = st.getMoreResults();
    }
  }

  @Override
  public void close() {
    for (Prepared p : prepared.values()) {
      closeQuietly(p.statement());
    }
    prepared.clear();
    closeQuietly(plain);
    try {
      connection.close();
    } catch (SQLException e) {
      // closing a connection that failed: nothing left to release
    }
  }

  private static void closeQuietly(Statement s) {
    if (s != null) {
      try {
        s.close();
      } catch (SQLException e) {
        // the statement's connection is gone; nothing to release
      }
    }
  }
}
