package shardplan.analyzer.catalog;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import shardplan.analyzer.catalog.TypeNames.PgType;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;

/**
 * Reads the schema of a live PostgreSQL database (12 or later) from its catalog, with what the
 * server knows about the data.
 *
 * <p>Tables are the ordinary and partitioned tables of every schema but the system ones, minus
 * partitions (folded into their partitioned table, as {@link DdlSchemaReader} does) and tables that
 * belong to an extension. Tables of the first schema on the connection's {@code search_path} are
 * named without qualification, the others {@code schema.table}; with the default search path
 * that matches the DDL reader's names. Types come from {@code format_type} through
 * {@link TypeNames}, so a column reads the same from either source. Unique keys are the unique
 * indexes over plain columns without a {@code WHERE} (which includes every UNIQUE constraint),
 * primary-key indexes excluded.
 *
 * <p>Statistics: {@code estimatedRows} is {@code pg_class.reltuples}, or {@code n_live_tup} of
 * {@code pg_stat_user_tables} for a table never analyzed nor vacuumed; {@code estimatedBytes} is
 * {@code pg_total_relation_size}; inserts, updates and deletes are
 * {@code pg_stat_user_tables.n_tup_ins/upd/del}. For a partitioned table all are summed over its
 * leaf partitions. {@code distinctValues} is {@code pg_stats.n_distinct} (the inherited row for
 * a partitioned table).
 */
public final class JdbcSchemaReader {

  private JdbcSchemaReader() {
  }

  /**
   * Connects to {@code jdbcUrl} (credentials completed by {@link ConnectionSettings}) and reads
   * its schema.
   *
   * @param extra driver properties (user, password, ssl, ...); may be null
   * @throws SchemaReadException if the connection is refused or the catalog cannot be read; the
   *     message is one line and never shows the password
   */
  public static Schema read(String jdbcUrl, Properties extra) {
    return read(ConnectionSettings.resolve(jdbcUrl, extra));
  }

  /** Reads the schema of the database that {@code settings} point at. */
  public static Schema read(ConnectionSettings settings) {
    Objects.requireNonNull(settings, "settings");
    Connection c;
    try {
      c = DriverManager.getConnection(settings.url(), settings.properties());
    } catch (SQLException e) {
      throw new SchemaReadException("cannot connect to " + settings.displayUrl() + ": "
          + oneLine(e, settings), e);
    }
    try (c) {
      return read(c);
    } catch (SQLException e) {
      throw new SchemaReadException("cannot read the schema of " + settings.displayUrl() + ": "
          + oneLine(e, settings), e);
    }
  }

  /** Reads the schema over an open connection (left open). */
  public static Schema read(Connection connection) throws SQLException {
    Objects.requireNonNull(connection, "connection");
    if (connection.getMetaData().getDatabaseMajorVersion() < 12) {
      throw new SchemaReadException("PostgreSQL 12 or later is needed to read a live schema, the server is "
          + connection.getMetaData().getDatabaseProductVersion());
    }
    return new Catalog(connection).read();
  }

  private static String oneLine(SQLException e, ConnectionSettings settings) {
    String m = String.valueOf(e.getMessage()).strip();
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl).strip();
    }
    String pw = settings.properties().getProperty("password");
    if (pw != null && !pw.isEmpty()) {
      m = m.replace(pw, "***");
    }
    m = ConnectionSettings.redact(m);
    return e.getSQLState() == null ? m : m + " (SQLSTATE " + e.getSQLState() + ")";
  }

  /** The queries, run once each over the whole catalog. */
  private static final class Catalog {
    private static final String TABLES = """
        SELECT c.oid, n.nspname, c.relname, c.relkind
        FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
          AND n.nspname !~ '^pg_(toast|temp_|toast_temp_)'
          AND NOT EXISTS (SELECT 1 FROM pg_depend d
                          WHERE d.classid = 'pg_class'::regclass AND d.objid = c.oid AND d.deptype = 'e')
        ORDER BY n.nspname COLLATE "C", c.relname COLLATE "C"
        """;
    private static final String COLUMNS = """
        SELECT a.attrelid, a.attnum, a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull
        FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE c.relkind IN ('r', 'p') AND NOT c.relispartition AND a.attnum > 0 AND NOT a.attisdropped
          AND n.nspname NOT IN ('pg_catalog', 'information_schema')
        ORDER BY a.attrelid, a.attnum
        """;
    private static final String KEYS = """
        SELECT con.conrelid, con.contype, con.conname, con.conkey::int2[], con.confrelid, con.confkey::int2[]
        FROM pg_constraint con JOIN pg_class c ON c.oid = con.conrelid
        WHERE con.contype IN ('p', 'f') AND con.conparentid = 0 AND NOT c.relispartition
        ORDER BY con.conrelid, con.contype DESC, con.conname COLLATE "C"
        """;
    private static final String UNIQUE = """
        SELECT i.indrelid, (i.indkey::int2[])[0:i.indnkeyatts - 1]
        FROM pg_index i
          JOIN pg_class ic ON ic.oid = i.indexrelid
          JOIN pg_class c ON c.oid = i.indrelid
          LEFT JOIN pg_constraint con ON con.conindid = i.indexrelid AND con.contype = 'u'
        WHERE i.indisunique AND NOT i.indisprimary AND i.indexprs IS NULL AND i.indpred IS NULL
          AND c.relkind IN ('r', 'p') AND NOT c.relispartition
        ORDER BY i.indrelid, con.oid IS NULL, ic.relname COLLATE "C"
        """;
    private static final String STATISTICS = """
        WITH leaves AS (
          SELECT c.oid AS root, c.oid AS leaf
          FROM pg_class c
          WHERE c.relkind = 'r' AND NOT c.relispartition
          UNION ALL
          SELECT c.oid, t.relid
          FROM pg_class c, LATERAL pg_partition_tree(c.oid) t
          WHERE c.relkind = 'p' AND NOT c.relispartition AND t.isleaf)
        SELECT l.root,
               sum(greatest(lc.reltuples, 0))::float8,
               bool_or(lc.reltuples >= 0),
               sum(pg_total_relation_size(l.leaf))::int8,
               sum(s.n_tup_ins)::int8, sum(s.n_tup_upd)::int8, sum(s.n_tup_del)::int8, sum(s.n_live_tup)::int8
        FROM leaves l
          JOIN pg_class lc ON lc.oid = l.leaf
          LEFT JOIN pg_stat_user_tables s ON s.relid = l.leaf
        GROUP BY l.root
        """;
    private static final String DISTINCT = """
        SELECT c.oid, s.attname, s.n_distinct::float8
        FROM pg_stats s
          JOIN pg_namespace n ON n.nspname = s.schemaname
          JOIN pg_class c ON c.relnamespace = n.oid AND c.relname = s.tablename
        WHERE s.inherited = (c.relkind = 'p') AND s.n_distinct IS NOT NULL
        """;

    private final Connection c;
    private final Map<Long, TableBuilder> tables = new LinkedHashMap<>();
    private final Map<Long, Map<Integer, String>> columnNames = new HashMap<>();

    Catalog(Connection c) {
      this.c = c;
    }

    Schema read() throws SQLException {
      String defaultSchema = firstSearchPathSchema();
      try (PreparedStatement ps = c.prepareStatement(TABLES); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong(1);
          String local = rs.getString(3);
          tables.put(oid, new TableBuilder(Identifiers.tableName(rs.getString(2), local, defaultSchema), local));
        }
      }
      readColumns();
      readKeys();
      readUniqueKeys();
      readStatistics();
      readDistinctValues();
      Map<String, TableBuilder> byName = new LinkedHashMap<>();
      tables.values().forEach(t -> byName.put(t.name(), t));
      List<Table> built = new ArrayList<>();
      for (TableBuilder t : tables.values()) {
        built.add(t.build(byName, w -> { }));
      }
      return new Schema(built);
    }

    private String firstSearchPathSchema() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement("SELECT (current_schemas(false))[1]");
           ResultSet rs = ps.executeQuery()) {
        String s = rs.next() ? rs.getString(1) : null;
        return s == null ? Identifiers.DEFAULT_SCHEMA : s;
      }
    }

    private void readColumns() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(COLUMNS); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong(1);
          TableBuilder t = tables.get(oid);
          if (t == null) {
            continue;
          }
          String name = rs.getString(3);
          PgType type = TypeNames.normalize(rs.getString(4));
          t.addColumn(name, type.name(), type.modifier(), rs.getBoolean(5));
          columnNames.computeIfAbsent(oid, k -> new HashMap<>()).put(rs.getInt(2), name);
        }
      }
    }

    private void readKeys() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(KEYS); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong(1);
          TableBuilder t = tables.get(oid);
          if (t == null) {
            continue;
          }
          List<String> cols = names(oid, rs.getArray(4));
          if (rs.getString(2).equals("p")) {
            t.setPrimaryKey(cols);
            continue;
          }
          long target = rs.getLong(5);
          TableBuilder ref = tables.get(target);
          if (ref == null) {
            continue; // references a table outside the schema read (e.g. an extension's)
          }
          t.addForeignKey(new ForeignKey(rs.getString(3), cols, ref.name(), names(target, rs.getArray(6))));
        }
      }
    }

    private void readUniqueKeys() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(UNIQUE); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          long oid = rs.getLong(1);
          TableBuilder t = tables.get(oid);
          if (t != null) {
            t.addUniqueKey(names(oid, rs.getArray(2)));
          }
        }
      }
    }

    private void readStatistics() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(STATISTICS); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          TableBuilder t = tables.get(rs.getLong(1));
          if (t == null) {
            continue;
          }
          boolean analyzed = rs.getBoolean(3);
          long liveTuples = longOrMinusOne(rs, 8);
          long rows = analyzed ? Math.round(rs.getDouble(2)) : liveTuples;
          t.statistics(new TableStatistics(rows, longOrMinusOne(rs, 4), longOrMinusOne(rs, 5),
              longOrMinusOne(rs, 6), longOrMinusOne(rs, 7)));
        }
      }
    }

    private void readDistinctValues() throws SQLException {
      try (PreparedStatement ps = c.prepareStatement(DISTINCT); ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          TableBuilder t = tables.get(rs.getLong(1));
          if (t != null && t.hasColumn(rs.getString(2))) {
            t.distinctValues(rs.getString(2), rs.getDouble(3));
          }
        }
      }
    }

    private List<String> names(long table, Array attnums) throws SQLException {
      Map<Integer, String> byNum = columnNames.getOrDefault(table, Map.of());
      Object[] nums = (Object[]) attnums.getArray();
      List<String> out = new ArrayList<>(nums.length);
      for (Object n : nums) {
        String name = byNum.get(((Number) n).intValue());
        if (name == null) {
          throw new SQLException("column number " + n + " of a key is not a column of its table");
        }
        out.add(name);
      }
      return out;
    }

    private static long longOrMinusOne(ResultSet rs, int column) throws SQLException {
      long v = rs.getLong(column);
      return rs.wasNull() ? -1 : v;
    }
  }
}
