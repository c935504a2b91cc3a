package shardplan.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * A coordinator and workers, each a PostgreSQL server on a loopback port, started from this
 * machine's server programs. With Citus, the extension is created on every node and the
 * workers are registered with the coordinator.
 *
 * <p>The cluster writes {@code cluster.properties} into its folder, so that
 * {@link #down(Path)} can stop it from another process.
 */
public final class LocalCluster implements AutoCloseable {
  static final String STATE_FILE = "cluster.properties";
  /** Database created on every node; tests and the emitter work in it. */
  public static final String DATABASE = "shardplan";

  private final Path dir;
  private final List<PostgresInstance> nodes;
  private final boolean citus;

  private LocalCluster(Path dir, List<PostgresInstance> nodes, boolean citus) {
    this.dir = dir;
    this.nodes = List.copyOf(nodes);
    this.citus = citus;
  }

  /** Starts the cluster; on failure stops whatever it had started. */
  public static LocalCluster up(ClusterSpec spec) {
    PostgresBinaries bin = PostgresBinaries.require();
    if (spec.citus() && !bin.hasCitus()) {
      throw new IllegalStateException("the Citus extension is not installed for the PostgreSQL server in "
          + bin.bindir() + " (no citus.so in " + bin.pkglibdir() + ")");
    }
    Map<String, String> settings = new LinkedHashMap<>();
    if (spec.citus()) {
      settings.put("shared_preload_libraries", "'citus'");
      settings.put("wal_level", "logical");
      settings.put("max_worker_processes", "32");
    }
    settings.putAll(spec.settings());
    List<PostgresInstance> started = new ArrayList<>();
    try {
      Files.createDirectories(spec.dir());
      for (int i = 0; i < spec.nodes(); i++) {
        int port = spec.basePort() == 0 ? 0 : spec.basePort() + i;
        Path data = spec.dir().resolve(i == 0 ? "coordinator" : "worker" + i);
        started.add(PostgresInstance.start(bin, data, port, settings));
      }
      LocalCluster cluster = new LocalCluster(spec.dir(), started, spec.citus());
      cluster.writeState(bin);
      for (PostgresInstance n : started) {
        n.createDatabase(DATABASE);
      }
      if (spec.citus()) {
        cluster.wireCitus();
      }
      return cluster;
    } catch (IOException e) {
      stopAll(started);
      throw new UncheckedIOException("cannot start a cluster in " + spec.dir(), e);
    } catch (SQLException e) {
      stopAll(started);
      throw new IllegalStateException("cannot set up the cluster: " + e.getMessage(), e);
    } catch (RuntimeException e) {
      stopAll(started);
      throw e;
    }
  }

  /** Stops the cluster whose state file is in {@code dir}; returns the number of nodes stopped. */
  public static int down(Path dir) {
    Path state = dir.resolve(STATE_FILE);
    Properties p = new Properties();
    try (var in = Files.newInputStream(state)) {
      p.load(in);
    } catch (NoSuchFileException e) {
      throw new IllegalArgumentException(dir + ": no cluster here (no " + STATE_FILE + ")");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + state, e);
    }
    PostgresBinaries bin = PostgresBinaries.in(Path.of(p.getProperty("bindir")));
    int n = Integer.parseInt(p.getProperty("nodes"));
    for (int i = 0; i < n; i++) {
      PostgresInstance.attach(bin, Path.of(p.getProperty("node." + i + ".dir")),
          Integer.parseInt(p.getProperty("node." + i + ".port"))).stop();
    }
    return n;
  }

  private void writeState(PostgresBinaries bin) throws IOException {
    Properties p = new Properties();
    p.setProperty("bindir", bin.bindir().toString());
    p.setProperty("nodes", Integer.toString(nodes.size()));
    p.setProperty("citus", Boolean.toString(citus));
    for (int i = 0; i < nodes.size(); i++) {
      p.setProperty("node." + i + ".dir", nodes.get(i).dataDir().toString());
      p.setProperty("node." + i + ".port", Integer.toString(nodes.get(i).port()));
    }
    try (var out = Files.newOutputStream(dir.resolve(STATE_FILE))) {
      p.store(out, "shardplan local cluster");
    }
  }

  private void wireCitus() throws SQLException {
    for (PostgresInstance n : nodes) {
      try (Connection c = n.connect(DATABASE); Statement st = c.createStatement()) {
        st.execute("CREATE EXTENSION IF NOT EXISTS citus");
      }
    }
    try (Connection c = coordinator().connect(DATABASE); Statement st = c.createStatement()) {
      st.execute("SELECT citus_set_coordinator_host('127.0.0.1', " + coordinator().port() + ")");
      for (PostgresInstance w : workers()) {
        st.execute("SELECT citus_add_node('127.0.0.1', " + w.port() + ")");
      }
    }
  }

  private static void stopAll(List<PostgresInstance> started) {
    for (PostgresInstance n : started) {
      try {
        n.stop();
      } catch (RuntimeException ignored) {
        // best effort: the first failure is the one to report
      }
    }
  }

  public PostgresInstance coordinator() {
    return nodes.get(0);
  }

  public List<PostgresInstance> workers() {
    return nodes.subList(1, nodes.size());
  }

  public List<PostgresInstance> nodes() {
    return nodes;
  }

  public boolean citus() {
    return citus;
  }

  public Path dir() {
    return dir;
  }

  @Override
  public void close() {
    stopAll(nodes);
  }
}
