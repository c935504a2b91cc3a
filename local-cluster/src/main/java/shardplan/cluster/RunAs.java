package shardplan.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Who runs the server. PostgreSQL refuses to run as root, so when this process is root the
 * server programs run through {@code runuser} as an ordinary user ({@code postgres} by
 * default, or the user named in {@code SHARDPLAN_PG_USER}), and the data folders are handed
 * to that user.
 */
final class RunAs {
  static final String USER_ENV = "SHARDPLAN_PG_USER";

  private final String user;

  private RunAs(String user) {
    this.user = user;
  }

  static RunAs current() {
    if (!isRoot()) {
      return new RunAs(null);
    }
    String u = System.getenv(USER_ENV);
    return new RunAs(u == null || u.isBlank() ? "postgres" : u);
  }

  static boolean isRoot() {
    return "root".equals(System.getProperty("user.name"));
  }

  /** The command, run as the server's user. */
  List<String> command(List<String> cmd) {
    if (user == null) {
      return cmd;
    }
    List<String> out = new ArrayList<>(List.of("runuser", "-u", user, "--"));
    out.addAll(cmd);
    return out;
  }

  /**
   * Makes {@code dir} (created if needed) belong to the server's user, and checks that the
   * user can reach it through every parent folder.
   */
  void prepare(Path dir) {
    try {
      Files.createDirectories(dir);
      if (user == null) {
        return;
      }
      UserPrincipal owner = dir.getFileSystem().getUserPrincipalLookupService().lookupPrincipalByName(user);
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : (Iterable<Path>) s::iterator) {
          Files.setOwner(p, owner);
        }
      }
      for (Path p = dir.toAbsolutePath().getParent(); p != null; p = p.getParent()) {
        Set<PosixFilePermission> perms = Files.getPosixFilePermissions(p);
        if (!perms.contains(PosixFilePermission.OTHERS_EXECUTE)) {
          throw new IllegalStateException("the PostgreSQL user '" + user + "' cannot reach " + dir
              + ": folder " + p + " is not searchable by others (chmod o+x it, or choose another --dir)");
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot prepare " + dir + " for user " + user, e);
    }
  }

  /** The database superuser name the instances are created with. */
  String superuser() {
    return user != null ? user : System.getProperty("user.name");
  }
}
