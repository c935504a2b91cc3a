package shardplan.cluster;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * What {@link LocalCluster#up} starts.
 *
 * @param nodes coordinator plus workers (at least 1)
 * @param dir folder that holds one data folder per node and the cluster's state file
 * @param basePort port of the coordinator; worker i listens on basePort + i; 0 picks free ports
 * @param citus load and create the Citus extension and register the workers
 * @param settings extra server settings for every node ({@code log_statement -> 'all'})
 */
public record ClusterSpec(int nodes, Path dir, int basePort, boolean citus, Map<String, String> settings) {
  public ClusterSpec {
    if (nodes < 1) {
      throw new IllegalArgumentException("a cluster needs at least 1 node, was " + nodes);
    }
    Objects.requireNonNull(dir, "dir");
    if (basePort < 0 || basePort + nodes > 65535) {
      throw new IllegalArgumentException("base port out of range: " + basePort);
    }
    settings = Map.copyOf(settings);
  }

  public static ClusterSpec of(int nodes, Path dir) {
    return new ClusterSpec(nodes, dir, 0, false, Map.of());
  }

  public ClusterSpec withCitus(boolean c) {
    return new ClusterSpec(nodes, dir, basePort, c, settings);
  }

  public ClusterSpec withBasePort(int p) {
    return new ClusterSpec(nodes, dir, p, citus, settings);
  }

  public ClusterSpec withSettings(Map<String, String> s) {
    return new ClusterSpec(nodes, dir, basePort, citus, s);
  }
}
