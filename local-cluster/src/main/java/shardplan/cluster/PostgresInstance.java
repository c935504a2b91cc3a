package shardplan.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * One PostgreSQL server on a loopback port, with its data folder: created with {@code initdb}
 * (trust authentication on loopback only), started and stopped with {@code pg_ctl}.
 */
public final class PostgresInstance implements AutoCloseable {
  private final PostgresBinaries binaries;
  private final RunAs runAs;
  private final Path dataDir;
  private final int port;

  private PostgresInstance(PostgresBinaries binaries, RunAs runAs, Path dataDir, int port) {
    this.binaries = binaries;
    this.runAs = runAs;
    this.dataDir = dataDir;
    this.port = port;
  }

  /**
   * Creates the data folder if it has no cluster yet, writes {@code settings} into its
   * configuration, and starts the server on {@code port} (0 picks a free port).
   */
  public static PostgresInstance start(PostgresBinaries binaries, Path dataDir, int port, Map<String, String> settings) {
    RunAs runAs = RunAs.current();
    int p = port == 0 ? freePort() : port;
    PostgresInstance pg = new PostgresInstance(binaries, runAs, dataDir.toAbsolutePath(), p);
    pg.initIfNeeded(settings);
    pg.startServer();
    return pg;
  }

  /** A handle on a server started earlier in {@code dataDir} (for {@code stop}). */
  public static PostgresInstance attach(PostgresBinaries binaries, Path dataDir, int port) {
    return new PostgresInstance(binaries, RunAs.current(), dataDir.toAbsolutePath(), port);
  }

  private void initIfNeeded(Map<String, String> settings) {
    if (Files.exists(dataDir.resolve("PG_VERSION"))) {
      writeSettings(settings);
      return;
    }
    runAs.prepare(dataDir);
    Processes.run(runAs.command(List.of(binaries.tool("initdb").toString(), "-D", dataDir.toString(),
        "-U", runAs.superuser(), "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync")), null, 120);
    writeSettings(settings);
  }

  private void writeSettings(Map<String, String> settings) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("listen_addresses", "'127.0.0.1'");
    all.put("port", Integer.toString(port));
    all.put("unix_socket_directories", "''");
    all.put("fsync", "off");
    all.put("synchronous_commit", "off");
    all.put("full_page_writes", "off");
    all.put("shared_buffers", "'64MB'");
    all.put("max_connections", "100");
    all.put("max_prepared_transactions", "100");
    all.putAll(settings);
    StringBuilder sb = new StringBuilder("# written by shardplan\n");
    all.forEach((k, v) -> sb.append(k).append(" = ").append(v).append('\n'));
    try {
      Path conf = dataDir.resolve("shardplan.conf");
      Files.writeString(conf, sb.toString());
      Path main = dataDir.resolve("postgresql.conf");
      String text = Files.readString(main);
      if (!text.contains("include_if_exists = 'shardplan.conf'")) {
        Files.writeString(main, text + "\ninclude_if_exists = 'shardplan.conf'\n");
      }
      runAs.prepare(dataDir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the configuration of " + dataDir, e);
    }
  }

  private void startServer() {
    Path log = dataDir.resolve("server.log");
    Processes.run(runAs.command(List.of(binaries.tool("pg_ctl").toString(), "-D", dataDir.toString(),
        "-l", log.toString(), "-w", "-t", "60", "start")), null, 90);
  }

  /** Stops the server (fast shutdown); does nothing if it is not running. */
  public void stop() {
    if (!Files.exists(dataDir.resolve("postmaster.pid"))) {
      return;
    }
    Processes.run(runAs.command(List.of(binaries.tool("pg_ctl").toString(), "-D", dataDir.toString(),
        "-m", "fast", "-w", "-t", "60", "stop")), null, 90);
  }

  @Override
  public void close() {
    stop();
  }

  public int port() {
    return port;
  }

  public Path dataDir() {
    return dataDir;
  }

  public String user() {
    return runAs.superuser();
  }

  public String host() {
    return "127.0.0.1";
  }

  /** {@code host:port}, as the emitter's worker lists take it. */
  public String address() {
    return host() + ":" + port;
  }

  public String jdbcUrl(String database) {
    return "jdbc:postgresql://" + host() + ":" + port + "/" + database;
  }

  /** A connection to {@code database} as the superuser. */
  public Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", user());
    return DriverManager.getConnection(jdbcUrl(database), props);
  }

  /** Creates a database (idempotent). */
  public void createDatabase(String name) throws SQLException {
    try (Connection c = connect("postgres");
         var st = c.createStatement();
         var rs = st.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + name.replace("'", "''") + "'")) {
      if (!rs.next()) {
        st.execute("CREATE DATABASE \"" + name.replace("\"", "\"\"") + "\"");
      }
    }
  }

  /** The server's log files: {@code server.log} and anything the logging collector wrote. */
  public List<Path> logFiles() {
    List<Path> out = new ArrayList<>();
    Path log = dataDir.resolve("log");
    if (Files.isDirectory(log)) {
      try (var s = Files.list(log)) {
        s.sorted().forEach(out::add);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  static int freePort() {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port", e);
    }
  }
}
