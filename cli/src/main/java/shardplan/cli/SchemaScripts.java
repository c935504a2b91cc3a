package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shardplan.analyzer.catalog.ConnectionSettings;
import shardplan.emitter.model.SchemaScript;

/**
 * The user's schema as DDL text, for new mode to run as written: the {@code --schema} file, or,
 * for a schema read over {@code --jdbc-url}, {@code pg_dump --schema-only} of that database when
 * pg_dump is on the PATH. The password goes to pg_dump through its environment, never on its
 * command line, and is never printed.
 */
final class SchemaScripts {
  private static final Pattern JDBC = Pattern.compile("jdbc:postgresql://([^/:?]*)(?::(\\d+))?/([^?]*).*");

  private SchemaScripts() {
  }

  static Optional<SchemaScript> of(InputOptions in, PrintWriter err) {
    if (in.jdbcUrl() != null) {
      return fromDatabase(in.jdbcUrl(), err);
    }
    return in.schema() == null ? Optional.empty() : Optional.of(fromFile(in.schema()));
  }

  static SchemaScript fromFile(Path file) {
    try {
      return new SchemaScript(Files.readString(file), file.getFileName().toString());
    } catch (IOException | java.io.UncheckedIOException e) {
      throw new IllegalArgumentException(file + ": cannot read it as UTF-8 text: " + e.getMessage());
    }
  }

  /** pg_dump of the database, or empty (with a warning on {@code err}) when pg_dump is missing or fails. */
  static Optional<SchemaScript> fromDatabase(String jdbcUrl, PrintWriter err) {
    return fromDatabase(jdbcUrl, onPath("pg_dump"), err);
  }

  /** As {@link #fromDatabase(String, PrintWriter)} with this pg_dump (empty: none). */
  static Optional<SchemaScript> fromDatabase(String jdbcUrl, Optional<Path> pgDump, PrintWriter err) {
    ConnectionSettings settings = ConnectionSettings.resolve(jdbcUrl, new Properties());
    String where = settings.displayUrl();
    if (pgDump.isEmpty()) {
      err.println("warning: pg_dump is not on the PATH: the new-mode DDL creates the tables of " + where
          + " from the catalog's columns and keys only (put pg_dump on the PATH, or give --schema with its output)");
      return Optional.empty();
    }
    Matcher m = JDBC.matcher(settings.url());
    if (!m.matches()) {
      err.println("warning: cannot pass " + where + " to pg_dump: the new-mode DDL creates the tables from the"
          + " catalog's columns and keys only");
      return Optional.empty();
    }
    List<String> cmd = new ArrayList<>(List.of(pgDump.get().toString(), "--schema-only", "--no-password"));
    if (!m.group(1).isEmpty()) {
      cmd.addAll(List.of("-h", m.group(1)));
    }
    if (m.group(2) != null) {
      cmd.addAll(List.of("-p", m.group(2)));
    }
    Properties p = settings.properties();
    int q = settings.url().indexOf('?');
    if (q >= 0) {
      for (String kv : settings.url().substring(q + 1).split("[&;]")) {
        int eq = kv.indexOf('=');
        String key = eq < 0 ? kv : kv.substring(0, eq).toLowerCase(java.util.Locale.ROOT);
        if ((key.equals("user") || key.equals("password")) && p.getProperty(key) == null) {
          p.setProperty(key, java.net.URLDecoder.decode(kv.substring(eq + 1), StandardCharsets.UTF_8));
        }
      }
    }
    if (p.getProperty("user") != null) {
      cmd.addAll(List.of("-U", p.getProperty("user")));
    }
    cmd.add(m.group(3));
    try {
      Path out = Files.createTempFile("shardplan-schema", ".sql");
      try {
        ProcessBuilder pb = new ProcessBuilder(cmd).redirectOutput(out.toFile()).redirectErrorStream(false);
        if (p.getProperty("password") != null) {
          pb.environment().put("PGPASSWORD", p.getProperty("password"));
        }
        Process proc = pb.start();
        String msg = new String(proc.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!proc.waitFor(10, TimeUnit.MINUTES) || proc.exitValue() != 0) {
          proc.destroy();
          err.println("warning: pg_dump of " + where + " failed (" + msg.lines().findFirst().orElse("no message")
              + "): the new-mode DDL creates the tables from the catalog's columns and keys only");
          return Optional.empty();
        }
        return Optional.of(new SchemaScript(Files.readString(out), "pg_dump of " + where));
      } finally {
        Files.deleteIfExists(out);
      }
    } catch (IOException e) {
      err.println("warning: cannot run pg_dump: " + e.getMessage());
      return Optional.empty();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String dir : path.split(java.io.File.pathSeparator)) {
      Path p = Path.of(dir, program);
      if (Files.isExecutable(p)) {
        return Optional.of(p);
      }
    }
    return Optional.empty();
  }
}
