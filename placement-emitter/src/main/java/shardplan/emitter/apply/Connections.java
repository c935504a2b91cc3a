package shardplan.emitter.apply;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import shardplan.emitter.model.WorkerAddress;

/**
 * How to reach the servers: the coordinator's JDBC URL, with the user and password taken from
 * the URL, the usual PostgreSQL environment ({@code PGUSER}, {@code PGPASSWORD}) or the
 * driver's own {@code .pgpass} lookup. The password is never put into a message.
 */
public final class Connections {
  private final String coordinatorUrl;
  private final Optional<String> user;
  private final Optional<String> password;
  private final java.time.Duration wait;
  private final java.util.function.Consumer<String> notes;

  /**
   * @param coordinatorUrl {@code jdbc:postgresql://host:port/database[?...]}
   * @param env the environment to read {@code PGUSER} and {@code PGPASSWORD} from
   */
  public Connections(String coordinatorUrl, Map<String, String> env) {
    this(coordinatorUrl, env, java.time.Duration.ZERO, n -> { });
  }

  private Connections(String coordinatorUrl, Map<String, String> env, java.time.Duration wait,
                      java.util.function.Consumer<String> notes) {
    Objects.requireNonNull(coordinatorUrl, "coordinatorUrl");
    this.wait = Objects.requireNonNull(wait, "wait");
    this.notes = Objects.requireNonNull(notes, "notes");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("the wait must not be negative, was " + wait);
    }
    if (!coordinatorUrl.startsWith("jdbc:postgresql://")) {
      throw new IllegalArgumentException("--jdbc-url must start with jdbc:postgresql:// (was "
          + redact(coordinatorUrl) + ")");
    }
    this.coordinatorUrl = coordinatorUrl;
    this.user = urlParameter(coordinatorUrl, "user")
        .or(() -> Optional.ofNullable(env.get("PGUSER")).filter(s -> !s.isBlank()));
    this.password = urlParameter(coordinatorUrl, "password")
        .or(() -> Optional.ofNullable(env.get("PGPASSWORD")).filter(s -> !s.isBlank()));
  }

  private Connections(Connections c, java.time.Duration wait, java.util.function.Consumer<String> notes) {
    this.coordinatorUrl = c.coordinatorUrl;
    this.user = c.user;
    this.password = c.password;
    this.wait = Objects.requireNonNull(wait, "wait");
    this.notes = Objects.requireNonNull(notes, "notes");
    if (wait.isNegative()) {
      throw new IllegalArgumentException("the wait must not be negative, was " + wait);
    }
  }

  /**
   * These connections, retrying a server that is not up yet (refused, unreachable, or still
   * starting) for at most {@code wait}, pausing 0.25 s, then twice as long each time up to 2 s;
   * {@code notes} hears one line when the waiting starts. Wrong credentials or a missing database
   * fail at once.
   */
  public Connections withWait(java.time.Duration wait, java.util.function.Consumer<String> notes) {
    return new Connections(this, wait, notes);
  }

  /** How long a server that is not up yet is waited for. */
  public java.time.Duration waitLimit() {
    return wait;
  }

  private static Optional<String> urlParameter(String url, String name) {
    int q = url.indexOf('?');
    if (q < 0) {
      return Optional.empty();
    }
    for (String kv : url.substring(q + 1).split("&")) {
      int eq = kv.indexOf('=');
      if (eq > 0 && kv.substring(0, eq).equalsIgnoreCase(name)) {
        return Optional.of(java.net.URLDecoder.decode(kv.substring(eq + 1), java.nio.charset.StandardCharsets.UTF_8));
      }
    }
    return Optional.empty();
  }

  /** The user the servers are logged into as, if one was given (URL or {@code PGUSER}). */
  public Optional<String> user() {
    return user;
  }

  /** The password, if one was given (URL or {@code PGPASSWORD}); never print it. */
  public Optional<String> password() {
    return password;
  }

  /** The database named in the coordinator URL. */
  public String database() {
    String rest = coordinatorUrl.substring("jdbc:postgresql://".length());
    int slash = rest.indexOf('/');
    if (slash < 0) {
      return user.orElse(System.getProperty("user.name"));
    }
    String db = rest.substring(slash + 1);
    int q = db.indexOf('?');
    return q < 0 ? db : db.substring(0, q);
  }

  /** {@code host:port/database} of the coordinator, for messages. */
  public String coordinatorLabel() {
    String rest = coordinatorUrl.substring("jdbc:postgresql://".length());
    int q = rest.indexOf('?');
    return q < 0 ? rest : rest.substring(0, q);
  }

  public Connection coordinator() {
    return open(coordinatorUrl, "the coordinator at " + coordinatorLabel());
  }

  public Connection worker(WorkerAddress w) {
    String url = "jdbc:postgresql://" + w.host() + ":" + w.port() + "/" + w.database();
    return open(url, "worker " + w.address() + "/" + w.database());
  }

  private Connection open(String url, String what) {
    Properties p = new Properties();
    if (!url.contains("user=")) {
      user.ifPresent(u -> p.setProperty("user", u));
    }
    if (!url.contains("password=")) {
      password.ifPresent(pw -> p.setProperty("password", pw));
    }
    p.setProperty("connectTimeout", "10");
    p.setProperty("loginTimeout", "20");
    p.setProperty("ApplicationName", "shardplan apply");
    long start = System.nanoTime();
    long deadline = start + wait.toNanos();
    long pauseMillis = 250;
    int attempts = 0;
    while (true) {
      attempts++;
      try {
        Connection c = DriverManager.getConnection(url, p);
        c.setAutoCommit(true);
        return c;
      } catch (SQLException e) {
        long now = System.nanoTime();
        if (!notUpYet(e) || now + pauseMillis * 1_000_000L > deadline) {
          String waited = attempts > 1 ? " (after " + attempts + " attempts in "
              + String.format(java.util.Locale.ROOT, "%.1f", (now - start) / 1e9) + " s)" : "";
          throw new ApplyException("cannot connect to " + what + ": " + reason(e) + waited, e);
        }
        if (attempts == 1) {
          notes.accept("waiting up to " + wait.toSeconds() + " s for " + what + " to accept connections ("
              + firstLine(e.getMessage()) + ")");
        }
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException ie) {
          Thread.currentThread().interrupt();
          throw new ApplyException("cannot connect to " + what + ": interrupted while waiting", ie);
        }
        pauseMillis = Math.min(pauseMillis * 2, 2000);
      }
    }
  }

  /** The server is not there yet or still starting: worth another try when waiting. */
  static boolean notUpYet(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    return state.startsWith("08") || state.equals("57P03");
  }

  /** Why a connection failed, in words: the cluster is down, or the credentials are wrong, or the server's line. */
  public static String reason(SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    if (state.startsWith("08")) {
      return "the server is not reachable (is the cluster up?): " + firstLine(e.getMessage());
    }
    if (state.equals("28P01") || state.equals("28000")) {
      return "the server refused the credentials (check PGUSER/PGPASSWORD or ~/.pgpass): "
          + firstLine(e.getMessage());
    }
    if (state.equals("3D000")) {
      return "no such database: " + firstLine(e.getMessage());
    }
    return firstLine(e.getMessage()) + (state.isEmpty() ? "" : " (SQLSTATE " + state + ")");
  }

  public static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return (nl < 0 ? s : s.substring(0, nl)).strip();
  }

  /** The URL with any {@code password=...} parameter masked. */
  public static String redact(String url) {
    return url.replaceAll("(?i)(password=)[^&]*", "$1********");
  }
}
