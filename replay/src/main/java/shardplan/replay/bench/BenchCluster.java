package shardplan.replay.bench;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.emitter.model.WorkerAddress;

/** The cluster a bench runs on: one it starts (and stops), or one that is running. */
public final class BenchCluster implements AutoCloseable {
  private final LocalCluster started;
  private final BenchNodes nodes;

  private BenchCluster(LocalCluster started, BenchNodes nodes) {
    this.started = started;
    this.nodes = nodes;
  }

  /** Starts a coordinator and {@code workers} workers on loopback ports, with Citus if asked. */
  public static BenchCluster start(Path dir, int workers, boolean citus) {
    LocalCluster c = LocalCluster.up(new ClusterSpec(workers + 1, dir, 0, citus, Map.of()));
    PostgresInstance co = c.coordinator();
    List<WorkerAddress> ws = c.workers().stream()
        .map(w -> new WorkerAddress(w.host(), w.port(), LocalCluster.DATABASE)).toList();
    return new BenchCluster(c, new BenchNodes(co.jdbcUrl(LocalCluster.DATABASE) + "?user=" + co.user(), ws));
  }

  /** A running cluster: the coordinator's URL (its database is used to create the bench's) and the workers. */
  public static BenchCluster existing(String coordinatorUrl, List<WorkerAddress> workers) {
    if (!coordinatorUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql://");
    }
    return new BenchCluster(null, new BenchNodes(coordinatorUrl, workers));
  }

  BenchNodes nodes() {
    return nodes;
  }

  /** The local cluster started, if any (tests stop a worker of it). */
  public LocalCluster local() {
    return started;
  }

  @Override
  public void close() {
    if (started != null) {
      started.close();
    }
  }
}
