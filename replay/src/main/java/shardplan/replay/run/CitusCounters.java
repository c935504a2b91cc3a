package shardplan.replay.run;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import shardplan.replay.model.CitusRouting;

/**
 * Citus's own routing counters for the current database ({@code citus_stat_counters}, Citus
 * 13.1 and later). They count only statements of sessions with {@code citus.enable_stat_counters}
 * on, which the replay turns on for its own sessions; other sessions of the same database that
 * turn it on are counted too, so a replay on a busy cluster reads a little high. Turn them on for a
 * whole session ({@link #ENABLE}), never with {@code SET LOCAL}: Citus 13.2 saves a backend's
 * counts and clears its shared-memory slot at exit only when the setting is on then, so a backend
 * that counted under {@code SET LOCAL} leaves its counts to the next backend in its slot.
 */
public final class CitusCounters {
  /** Turns the counters on for a session. */
  public static final String ENABLE = "SET citus.enable_stat_counters TO on";

  private CitusCounters() {
  }

  /** Whether the database has the Citus extension. */
  public static boolean isCitus(Connection c) throws SQLException {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT 1 FROM pg_extension WHERE extname = 'citus'")) {
      return rs.next();
    }
  }

  /** The counters now, or empty if this Citus has none (before 13.1) or they cannot be read. */
  public static Optional<CitusRouting> read(Connection c) {
    try (Statement st = c.createStatement();
         ResultSet rs = st.executeQuery("SELECT query_execution_single_shard, query_execution_multi_shard"
             + " FROM citus_stat_counters WHERE name = current_database()")) {
      if (rs.next()) {
        return Optional.of(new CitusRouting(rs.getLong(1), rs.getLong(2)));
      }
      return Optional.of(new CitusRouting(0, 0));
    } catch (SQLException e) {
      return Optional.empty();
    }
  }

  /** {@code after − before}. */
  public static CitusRouting difference(CitusRouting before, CitusRouting after) {
    return new CitusRouting(after.singleShardStatements() - before.singleShardStatements(),
        after.multiShardStatements() - before.multiShardStatements());
  }
}
