package shardplan.replay.run;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Objects;
import java.util.Properties;
import shardplan.analyzer.catalog.ConnectionSettings;
import shardplan.emitter.apply.Connections;

/**
 * Opens connections to the server a replay runs against. Credentials are found as everywhere in
 * shardplan ({@link ConnectionSettings}: the URL, {@code PGUSER}/{@code PGPASSWORD}, the other
 * PG variables, {@code ~/.pgpass}); messages name the server, never the password.
 *
 * <p>Parameters are sent untyped ({@code stringtype=unspecified}): the server infers each one's
 * type from the statement, as it did for the application's driver, whatever that was.
 */
public final class ServerConnections {
  private final ConnectionSettings settings;
  private final String label;

  public ServerConnections(String jdbcUrl, String applicationName) {
    Objects.requireNonNull(jdbcUrl, "jdbcUrl");
    Properties p = new Properties();
    p.setProperty("stringtype", "unspecified");
    p.setProperty("ApplicationName", applicationName);
    p.setProperty("connectTimeout", "10");
    p.setProperty("socketTimeout", "0");
    try {
      this.settings = ConnectionSettings.resolve(jdbcUrl, p);
    } catch (RuntimeException e) {
      throw new ReplayException("--jdbc-url: " + e.getMessage());
    }
    String url = settings.displayUrl();
    String rest = url.substring(url.indexOf("//") + 2);
    int q = rest.indexOf('?');
    this.label = q < 0 ? rest : rest.substring(0, q);
  }

  /** {@code host:port/database}, for messages. */
  public String label() {
    return label;
  }

  /** A new connection in autocommit mode. */
  public Connection open() throws SQLException {
    Connection c = DriverManager.getConnection(settings.url(), settings.properties());
    c.setAutoCommit(true);
    return c;
  }

  /** A new connection, or a {@link ReplayException} whose message says why there is none. */
  public Connection openOrExplain() {
    try {
      return open();
    } catch (SQLException e) {
      throw new ReplayException("cannot connect to " + label + ": " + reason(e), e);
    }
  }

  /**
   * Why a connection failed, in words. A replay target is one server named by its URL, not the
   * cluster, so the first two cases are worded for it; the others are the emitter's.
   */
  public static String reason(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08")) {
      return "the server is not reachable (is it up?): " + Connections.firstLine(e.getMessage());
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "the server refused the credentials (check the URL, PGUSER/PGPASSWORD or ~/.pgpass)";
    }
    return Connections.reason(e);
  }
}
