package shardplan.emitter.readback;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.apply.ApplyException;
import shardplan.emitter.fdw.FdwEmitter;
import shardplan.emitter.sql.Sql;

/**
 * Reads a postgres_fdw placement back: the coordinator's {@code pg_partitioned_table} (hash
 * strategy and key column), {@code pg_inherits} with each partition's bound, and
 * {@code pg_foreign_table} / {@code pg_foreign_server} for the server and remote table of each
 * partition; on the workers, that each remote partition and each reference copy exists.
 */
public final class FdwReadback {
  private static final Pattern BOUND = Pattern.compile("modulus (\\d+), remainder (\\d+)");

  private FdwReadback() {
  }

  /**
   * @param workers connections to the workers, in the order of their server numbers
   *                ({@code shardplan_w1} first)
   */
  public static Map<String, ObservedTable> read(Connection coordinator, List<Connection> workers, Schema schema) {
    Map<String, ObservedTable> out = new LinkedHashMap<>();
    try {
      for (Table t : schema.tables()) {
        out.put(t.name(), readOne(coordinator, workers, t));
      }
    } catch (SQLException e) {
      throw new ApplyException("cannot read the placement back from the partition catalogs: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
    return out;
  }

  private static ObservedTable readOne(Connection c, List<Connection> workers, Table t) throws SQLException {
    String kind;
    try (PreparedStatement ps = c.prepareStatement("SELECT relkind::text FROM pg_class WHERE oid = to_regclass(?)")) {
      ps.setString(1, Sql.table(t.name()));
      try (ResultSet rs = ps.executeQuery()) {
        if (!rs.next()) {
          return ObservedTable.of(t.name(), ObservedTable.Kind.ABSENT);
        }
        kind = rs.getString(1);
      }
    }
    if ("r".equals(kind)) {
      List<Integer> missing = new ArrayList<>();
      for (int i = 0; i < workers.size(); i++) {
        if (!exists(workers.get(i), t.name())) {
          missing.add(i + 1);
        }
      }
      if (missing.size() == workers.size()) {
        return ObservedTable.of(t.name(), ObservedTable.Kind.PLAIN);
      }
      return new ObservedTable(t.name(), ObservedTable.Kind.REFERENCE, null, null, 0,
          missing.isEmpty() ? "" : "no copy on worker(s) " + missing);
    }
    if (!"p".equals(kind)) {
      return new ObservedTable(t.name(), ObservedTable.Kind.PLAIN, null, null, 0, "relation kind '" + kind + "'");
    }
    String column = null;
    String type = null;
    String strategy = null;
    try (PreparedStatement ps = c.prepareStatement("SELECT pt.partstrat::text, a.attname, format_type(a.atttypid,"
        + " a.atttypmod), pt.partnatts FROM pg_partitioned_table pt JOIN pg_attribute a ON a.attrelid = pt.partrelid"
        + " AND a.attnum = pt.partattrs[0] WHERE pt.partrelid = to_regclass(?)")) {
      ps.setString(1, Sql.table(t.name()));
      try (ResultSet rs = ps.executeQuery()) {
        if (rs.next()) {
          strategy = rs.getString(1);
          column = rs.getString(2);
          type = rs.getString(3);
        }
      }
    }
    if (!"h".equals(strategy)) {
      return new ObservedTable(t.name(), ObservedTable.Kind.PLAIN, null, null, 0,
          "partitioned, but not by a hash of one column");
    }
    Map<Integer, String> serverByRemainder = new TreeMap<>();
    int modulus = 0;
    List<String> problems = new ArrayList<>();
    try (PreparedStatement ps = c.prepareStatement("SELECT ch.relname, ch.relkind::text,"
        + " pg_get_expr(ch.relpartbound, ch.oid), s.srvname, ft.ftoptions"
        + " FROM pg_inherits i JOIN pg_class ch ON ch.oid = i.inhrelid"
        + " LEFT JOIN pg_foreign_table ft ON ft.ftrelid = ch.oid LEFT JOIN pg_foreign_server s ON s.oid = ft.ftserver"
        + " WHERE i.inhparent = to_regclass(?) ORDER BY ch.relname")) {
      ps.setString(1, Sql.table(t.name()));
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          String part = rs.getString(1);
          Matcher m = BOUND.matcher(rs.getString(3) == null ? "" : rs.getString(3));
          if (!m.find()) {
            problems.add(part + " has no hash bound");
            continue;
          }
          modulus = Integer.parseInt(m.group(1));
          int remainder = Integer.parseInt(m.group(2));
          if (!"f".equals(rs.getString(2))) {
            problems.add(part + " is not a foreign table");
            serverByRemainder.put(remainder, "local");
            continue;
          }
          String server = rs.getString(4);
          serverByRemainder.put(remainder, server);
          String remote = remoteTable(rs.getArray(5), part);
          Connection w = workerOf(server, workers);
          if (w != null && !exists(w, remote)) {
            problems.add(part + ": table " + remote + " is missing on " + server);
          }
        }
      }
    }
    if (serverByRemainder.size() != modulus) {
      problems.add(serverByRemainder.size() + " partitions for modulus " + modulus);
    }
    String colocation = type + " modulus " + modulus + " " + serverByRemainder;
    return new ObservedTable(t.name(), ObservedTable.Kind.DISTRIBUTED, column, colocation, serverByRemainder.size(),
        String.join("; ", problems));
  }

  private static String remoteTable(java.sql.Array options, String fallback) throws SQLException {
    if (options == null) {
      return fallback;
    }
    String schema = "public";
    String table = fallback;
    for (Object o : (Object[]) options.getArray()) {
      String s = String.valueOf(o);
      if (s.startsWith("table_name=")) {
        table = s.substring("table_name=".length());
      } else if (s.startsWith("schema_name=")) {
        schema = s.substring("schema_name=".length());
      }
    }
    return schema.equals("public") ? table : schema + "." + table;
  }

  private static Connection workerOf(String server, List<Connection> workers) {
    if (server == null || !server.startsWith(FdwEmitter.SERVER_PREFIX)) {
      return null;
    }
    try {
      int n = Integer.parseInt(server.substring(FdwEmitter.SERVER_PREFIX.length()));
      return n >= 1 && n <= workers.size() ? workers.get(n - 1) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean exists(Connection c, String table) throws SQLException {
    try (PreparedStatement ps = c.prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
      ps.setString(1, Sql.table(table));
      try (ResultSet rs = ps.executeQuery()) {
        rs.next();
        return rs.getBoolean(1);
      }
    }
  }
}
