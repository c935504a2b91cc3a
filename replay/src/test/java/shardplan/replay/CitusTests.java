package shardplan.replay;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import shardplan.cluster.PostgresBinaries;

/** What the Citus integration tests of this module share. */
public final class CitusTests {
  private CitusTests() {
  }

  /**
   * Skips the calling test, saying why, unless the Citus extension is installed for the machine's
   * PostgreSQL; else a new folder the servers' user can read, for the cluster and its files.
   */
  public static Path folderIfCitus(String prefix) throws IOException {
    assumeTrue(PostgresBinaries.locate().map(PostgresBinaries::hasCitus).orElse(false),
        "the Citus extension is not installed for this machine's PostgreSQL");
    return Files.createTempDirectory(prefix,
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
  }
}
