package shardplan.analyzer.catalog;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where and as whom to connect, completed from the environment the way {@code psql} would.
 *
 * <p>The PostgreSQL JDBC driver (42.7) reads {@code ~/.pgpass} (or {@code PGPASSFILE}) and the
 * service file itself when no password is given, but none of libpq's other variables. This class
 * fills that gap: {@code PGHOST}, {@code PGPORT} and {@code PGDATABASE} when the URL leaves them
 * out ({@code jdbc:postgresql:}, {@code jdbc:postgresql:///db}, {@code jdbc:postgresql:db}),
 * {@code PGUSER} and {@code PGPASSWORD} when neither the URL nor the extra properties give a user or
 * password. A libpq URI ({@code postgresql://user:secret@host:5432/db}) is accepted too. What is
 * written in the URL or the properties always wins over the environment.
 *
 * @param url the JDBC URL to connect to, without user or password taken from the environment
 * @param properties the driver properties, including user and password where known
 */
public record ConnectionSettings(String url, Properties properties) {

  private static final String JDBC_PREFIX = "jdbc:postgresql:";
  private static final Pattern PASSWORD_PARAM =
      Pattern.compile("(?i)([?&;]password=)[^&;]*");
  private static final Pattern USERINFO_PASSWORD = Pattern.compile("(//[^/@:?#]*:)[^/@?#]*@");

  public ConnectionSettings {
    Objects.requireNonNull(url, "url");
    Properties copy = new Properties();
    copy.putAll(Objects.requireNonNull(properties, "properties"));
    properties = copy;
  }

  @Override
  public Properties properties() {
    Properties copy = new Properties();
    copy.putAll(properties);
    return copy;
  }

  /** The settings for {@code url} and {@code extra}, completed from the process environment. */
  public static ConnectionSettings resolve(String url, Properties extra) {
    return resolve(url, extra, System.getenv());
  }

  /** The settings for {@code url} and {@code extra}, completed from {@code env}. */
  public static ConnectionSettings resolve(String url, Properties extra, Map<String, String> env) {
    Objects.requireNonNull(env, "env");
    Properties props = new Properties();
    if (extra != null) {
      props.putAll(extra);
    }
    String u = url == null || url.isBlank() ? JDBC_PREFIX : url.strip();
    String lower = u.toLowerCase(Locale.ROOT);
    if (lower.startsWith("postgresql://") || lower.startsWith("postgres://")) {
      u = fromLibpqUri(u, props);
    } else if (!lower.startsWith(JDBC_PREFIX)) {
      throw new SchemaReadException("not a PostgreSQL JDBC URL: " + redact(u)
          + " (expected jdbc:postgresql://host:port/database)");
    }
    String rest = u.substring(JDBC_PREFIX.length());
    String query = "";
    int q = rest.indexOf('?');
    if (q >= 0) {
      query = rest.substring(q);
      rest = rest.substring(0, q);
    }
    String authority = "";
    String database = rest;
    if (rest.startsWith("//")) {
      int slash = rest.indexOf('/', 2);
      authority = slash < 0 ? rest.substring(2) : rest.substring(2, slash);
      database = slash < 0 ? "" : rest.substring(slash + 1);
    }
    String host = env.get("PGHOST");
    if (host == null || host.isBlank() || host.startsWith("/")) {
      host = "localhost"; // a socket folder: the JDBC driver speaks TCP only
    }
    String port = env.getOrDefault("PGPORT", "");
    if (authority.isEmpty()) {
      authority = port.isBlank() ? host : host + ":" + port;
    } else if (!authority.contains(",") && !authority.contains(":") && !authority.startsWith("[") && !port.isBlank()) {
      authority = authority + ":" + port;
    }
    if (database.isEmpty()) {
      database = env.getOrDefault("PGDATABASE", "");
    }
    String user = firstNonBlank(props.getProperty("user"), queryParameter(query, "user"), env.get("PGUSER"));
    if (user != null && props.getProperty("user") == null && queryParameter(query, "user") == null) {
      props.setProperty("user", user);
    }
    if (props.getProperty("password") == null && queryParameter(query, "password") == null) {
      String pw = env.get("PGPASSWORD");
      if (pw != null && !pw.isEmpty()) {
        props.setProperty("password", pw);
      }
    }
    if (database.isEmpty() && user != null) {
      database = user; // libpq's default database is the user's name
    }
    props.putIfAbsent("ApplicationName", "shardplan");
    props.putIfAbsent("connectTimeout", "10");
    return new ConnectionSettings(JDBC_PREFIX + "//" + authority + "/" + database + query, props);
  }

  /** {@code url} with any password in it replaced by {@code ***}, for messages. */
  public static String redact(String url) {
    if (url == null) {
      return "";
    }
    String r = PASSWORD_PARAM.matcher(url).replaceAll("$1***");
    return USERINFO_PASSWORD.matcher(r).replaceAll("$1***@");
  }

  /** The URL for messages: without its password. */
  public String displayUrl() {
    return redact(url);
  }

  /** {@code postgresql://user:pw@host:port/db?params} as a JDBC URL; user and password go to {@code props}. */
  private static String fromLibpqUri(String uri, Properties props) {
    Matcher m = Pattern.compile("(?i)^postgres(?:ql)?://(?:([^@/?#]*)@)?([^/?#]*)(?:/([^?#]*))?(\\?[^#]*)?$")
        .matcher(uri);
    if (!m.matches()) {
      throw new SchemaReadException("not a PostgreSQL URI: " + redact(uri));
    }
    String userInfo = m.group(1);
    if (userInfo != null) {
      int colon = userInfo.indexOf(':');
      String user = colon < 0 ? userInfo : userInfo.substring(0, colon);
      if (!user.isEmpty()) {
        props.putIfAbsent("user", decode(user));
      }
      if (colon >= 0) {
        props.putIfAbsent("password", decode(userInfo.substring(colon + 1)));
      }
    }
    String host = m.group(2) == null ? "" : m.group(2);
    String db = m.group(3) == null ? "" : m.group(3);
    String query = m.group(4) == null ? "" : m.group(4);
    return JDBC_PREFIX + "//" + host + "/" + db + query;
  }

  private static String queryParameter(String query, String name) {
    if (query.isEmpty()) {
      return null;
    }
    for (String kv : query.substring(1).split("[&;]")) {
      int eq = kv.indexOf('=');
      if (eq > 0 && kv.substring(0, eq).equalsIgnoreCase(name)) {
        return decode(kv.substring(eq + 1));
      }
    }
    return null;
  }

  private static String decode(String s) {
    return URLDecoder.decode(s, StandardCharsets.UTF_8);
  }

  private static String firstNonBlank(String... values) {
    for (String v : values) {
      if (v != null && !v.isBlank()) {
        return v;
      }
    }
    return null;
  }

  @Override
  public String toString() {
    Properties shown = properties();
    if (shown.containsKey("password")) {
      shown.setProperty("password", "***");
    }
    return "ConnectionSettings[url=" + displayUrl() + ", properties=" + shown + "]";
  }
}
