package shardplan.replay.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import shardplan.emitter.model.WorkerAddress;
import shardplan.replay.run.ServerConnections;

/**
 * The servers a bench runs on: a coordinator and its workers, with the credentials of the
 * coordinator's URL (or the PG environment, {@code .pgpass}) for all of them. Each placement gets
 * fresh databases of the same name on every server.
 */
final class BenchNodes {
  private final String host;
  private final int port;
  private final String adminDatabase;
  private final String query;
  private final List<WorkerAddress> workers;

  /**
   * @param coordinatorUrl {@code jdbc:postgresql://host:port/database?user=...}; the database is
   *                       the one connected to for creating and dropping the bench's databases
   * @param workers {@code host:port} of each worker
   */
  BenchNodes(String coordinatorUrl, List<WorkerAddress> workers) {
    String rest = coordinatorUrl.substring("jdbc:postgresql://".length());
    int q = rest.indexOf('?');
    this.query = q < 0 ? "" : rest.substring(q);
    rest = q < 0 ? rest : rest.substring(0, q);
    int slash = rest.indexOf('/');
    String hostPort = slash < 0 ? rest : rest.substring(0, slash);
    this.adminDatabase = slash < 0 ? "postgres" : rest.substring(slash + 1);
    int colon = hostPort.lastIndexOf(':');
    this.host = colon < 0 ? hostPort : hostPort.substring(0, colon);
    this.port = colon < 0 ? 5432 : Integer.parseInt(hostPort.substring(colon + 1));
    this.workers = List.copyOf(workers);
  }

  String coordinatorUrl(String database) {
    return "jdbc:postgresql://" + host + ":" + port + "/" + database + query;
  }

  String adminDatabase() {
    return adminDatabase;
  }

  String coordinatorHost() {
    return host;
  }

  int coordinatorPort() {
    return port;
  }

  List<WorkerAddress> workers(String database) {
    return workers.stream().map(w -> new WorkerAddress(w.host(), w.port(), database)).toList();
  }

  ServerConnections coordinator(String database) {
    return new ServerConnections(coordinatorUrl(database), "shardplan bench");
  }

  ServerConnections worker(WorkerAddress w, String database) {
    return new ServerConnections("jdbc:postgresql://" + w.host() + ":" + w.port() + "/" + database + query,
        "shardplan bench");
  }

  private List<ServerConnections> admins() {
    List<ServerConnections> out = new ArrayList<>();
    out.add(coordinator(adminDatabase));
    for (WorkerAddress w : workers) {
      out.add(worker(w, adminDatabase));
    }
    return out;
  }

  /** Drops {@code database} where it exists and creates it afresh on every server. */
  void freshDatabase(String database) throws SQLException {
    for (ServerConnections s : admins()) {
      try (Connection c = s.openOrExplain(); Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
        st.execute("CREATE DATABASE " + database);
      }
    }
  }

  /** Drops {@code database} on every server. */
  void dropDatabase(String database) throws SQLException {
    for (ServerConnections s : admins()) {
      try (Connection c = s.openOrExplain(); Statement st = c.createStatement()) {
        st.execute("DROP DATABASE IF EXISTS " + database + " WITH (FORCE)");
      }
    }
  }

  /** Creates Citus in {@code database} on every server and registers the workers with the coordinator. */
  void wireCitus(String database) throws SQLException {
    try (Connection c = coordinator(database).openOrExplain(); Statement st = c.createStatement()) {
      st.execute("CREATE EXTENSION IF NOT EXISTS citus");
    }
    for (WorkerAddress w : workers) {
      try (Connection c = worker(w, database).openOrExplain(); Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      }
    }
    try (Connection c = coordinator(database).openOrExplain(); Statement st = c.createStatement()) {
      st.execute("SELECT citus_set_coordinator_host('" + host + "', " + port + ")");
      for (WorkerAddress w : workers) {
        st.execute("SELECT citus_add_node('" + w.host() + "', " + w.port() + ")");
      }
    }
  }
}
