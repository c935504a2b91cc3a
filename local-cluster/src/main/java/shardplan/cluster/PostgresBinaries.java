package shardplan.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The PostgreSQL server programs of this machine: {@code initdb}, {@code pg_ctl},
 * {@code postgres}, {@code pg_config}.
 *
 * <p>Looked up, in order: the folder in {@code SHARDPLAN_PG_BINDIR}; Debian's layout
 * ({@code /usr/lib/postgresql/<major>/bin}, newest major first); the folder of
 * {@code initdb} on the {@code PATH}.
 */
public final class PostgresBinaries {
  /** Environment variable naming the folder that holds {@code initdb} and {@code pg_ctl}. */
  public static final String BINDIR_ENV = "SHARDPLAN_PG_BINDIR";

  private final Path bindir;

  private PostgresBinaries(Path bindir) {
    this.bindir = bindir;
  }

  /** The binaries in {@code bindir}; fails if {@code initdb} or {@code pg_ctl} is missing there. */
  public static PostgresBinaries in(Path bindir) {
    PostgresBinaries b = new PostgresBinaries(bindir);
    if (!Files.isExecutable(b.tool("initdb")) || !Files.isExecutable(b.tool("pg_ctl"))) {
      throw new IllegalStateException("no PostgreSQL server programs (initdb, pg_ctl) in " + bindir);
    }
    return b;
  }

  /** The server programs of this machine, if any are installed. */
  public static Optional<PostgresBinaries> locate() {
    String env = System.getenv(BINDIR_ENV);
    if (env != null && !env.isBlank()) {
      return Optional.of(in(Path.of(env)));
    }
    for (Path candidate : candidates()) {
      if (Files.isExecutable(candidate.resolve("initdb")) && Files.isExecutable(candidate.resolve("pg_ctl"))) {
        return Optional.of(new PostgresBinaries(candidate));
      }
    }
    return Optional.empty();
  }

  /** Like {@link #locate()}, but fails with a message that says how to install them. */
  public static PostgresBinaries require() {
    return locate().orElseThrow(() -> new IllegalStateException(
        "PostgreSQL server programs not found: install them (Debian: apt-get install -y postgresql-15"
            + " postgresql-contrib) or set " + BINDIR_ENV + " to the folder that holds initdb and pg_ctl"));
  }

  private static List<Path> candidates() {
    List<Path> out = new ArrayList<>();
    Path debian = Path.of("/usr/lib/postgresql");
    if (Files.isDirectory(debian)) {
      try (Stream<Path> s = Files.list(debian)) {
        s.filter(p -> p.getFileName().toString().matches("\\d+"))
            .sorted(Comparator.comparingInt((Path p) -> Integer.parseInt(p.getFileName().toString())).reversed())
            .forEach(p -> out.add(p.resolve("bin")));
      } catch (IOException e) {
        // unreadable: fall through to PATH
      }
    }
    String path = System.getenv("PATH");
    if (path != null) {
      for (String dir : path.split(java.io.File.pathSeparator)) {
        if (!dir.isEmpty()) {
          out.add(Path.of(dir));
        }
      }
    }
    return out;
  }

  public Path bindir() {
    return bindir;
  }

  public Path tool(String name) {
    return bindir.resolve(name);
  }

  /** The folder of the server's loadable modules ({@code pg_config --pkglibdir}). */
  public Path pkglibdir() {
    Path pgConfig = tool("pg_config");
    if (Files.isExecutable(pgConfig)) {
      String out = Processes.run(List.of(pgConfig.toString(), "--pkglibdir"), null, 30).trim();
      if (!out.isEmpty()) {
        return Path.of(out);
      }
    }
    return bindir.getParent().resolve("lib");
  }

  /** Whether the Citus extension is installed for this server. */
  public boolean hasCitus() {
    return Files.exists(pkglibdir().resolve("citus.so"));
  }

  @Override
  public String toString() {
    return bindir.toString();
  }
}
