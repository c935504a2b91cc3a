package shardplan.workloads;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;

/** Test databases: one PostgreSQL 15 server on loopback, in a folder the server's user can reach. */
public final class Databases {
  private Databases() {
  }

  public static LocalCluster start(String prefix, Map<String, String> settings) throws IOException {
    Path dir = Files.createTempDirectory(prefix,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    return LocalCluster.up(ClusterSpec.of(1, dir).withSettings(settings));
  }
}
