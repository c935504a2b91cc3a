package shardplan.emitter.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A worker as the coordinator reaches it.
 *
 * @param host host name or address
 * @param port TCP port
 * @param database database name on the worker
 */
public record WorkerAddress(String host, int port, String database) {
  public WorkerAddress {
    Objects.requireNonNull(host, "host");
    Objects.requireNonNull(database, "database");
    if (host.isBlank()) {
      throw new IllegalArgumentException("worker host is empty");
    }
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("worker port out of range: " + port);
    }
  }

  /**
   * Parses {@code host:port[/database],...}; a worker without {@code /database} gets
   * {@code defaultDatabase}.
   */
  public static List<WorkerAddress> parseList(String text, String defaultDatabase) {
    Objects.requireNonNull(text, "text");
    List<WorkerAddress> out = new ArrayList<>();
    for (String part : text.split(",")) {
      String s = part.strip();
      if (s.isEmpty()) {
        continue;
      }
      String db = defaultDatabase;
      int slash = s.indexOf('/');
      if (slash >= 0) {
        db = s.substring(slash + 1);
        s = s.substring(0, slash);
      }
      int colon = s.lastIndexOf(':');
      if (colon <= 0 || colon == s.length() - 1) {
        throw new IllegalArgumentException("worker '" + part.strip() + "' is not host:port");
      }
      int port;
      try {
        port = Integer.parseInt(s.substring(colon + 1));
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException("worker '" + part.strip() + "' has no numeric port");
      }
      out.add(new WorkerAddress(s.substring(0, colon), port, db));
    }
    if (out.isEmpty()) {
      throw new IllegalArgumentException("the worker list is empty");
    }
    return out;
  }

  /** {@code host:port}. */
  public String address() {
    return host + ":" + port;
  }
}
