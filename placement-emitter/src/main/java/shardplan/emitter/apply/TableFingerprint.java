package shardplan.emitter.apply;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.sql.Sql;

/**
 * A table's row count and a checksum of its rows: the sum over rows of the first 64 bits of
 * the MD5 of the row's text, so it does not depend on row order, runs as one aggregate that
 * Citus pushes to the shards and postgres_fdw to the workers, and needs no sort. Rows are
 * written as {@code ROW(columns of the schema)}, so a table keeps its fingerprint when it is
 * rebuilt with the same columns in another physical form.
 *
 * @param rows row count
 * @param checksum the sum, as text (a numeric)
 */
public record TableFingerprint(long rows, String checksum) {

  /** The query that fingerprints {@code relation} (a table name, maybe schema-qualified). */
  public static String query(Table t, String relation) {
    String row = t.columns().stream().map(Column::name).map(c -> "t." + Sql.ident(c))
        .collect(Collectors.joining(", "));
    return "SELECT count(*), coalesce(sum(('x' || substr(md5(ROW(" + row + ")::text), 1, 16))::bit(64)::bigint"
        + "::numeric), 0)::text FROM " + relation + " t";
  }

  public static TableFingerprint of(Connection c, Table t, String relation) throws SQLException {
    try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(query(t, relation))) {
      rs.next();
      return new TableFingerprint(rs.getLong(1), rs.getString(2));
    }
  }

  /** Fingerprints of every table of the schema, in schema order. */
  public static Map<String, TableFingerprint> ofAll(Connection c, Schema schema) {
    Map<String, TableFingerprint> out = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      try {
        out.put(t.name(), of(c, t, Sql.table(t.name())));
      } catch (SQLException e) {
        throw new ApplyException("cannot count the rows of " + t.name() + ": " + Connections.firstLine(e.getMessage()),
            e);
      }
    }
    return out;
  }

  /** One line per table whose count or checksum changed; empty if none did. */
  public static List<String> differences(Map<String, TableFingerprint> before, Map<String, TableFingerprint> after) {
    return before.entrySet().stream()
        .filter(e -> !e.getValue().equals(after.get(e.getKey())))
        .map(e -> {
          TableFingerprint b = e.getValue();
          TableFingerprint a = after.get(e.getKey());
          if (a == null) {
            return e.getKey() + ": not readable after the move";
          }
          return e.getKey() + ": " + (a.rows() != b.rows()
              ? b.rows() + " rows before, " + a.rows() + " after"
              : "same row count (" + b.rows() + ") but the rows' checksum changed");
        })
        .toList();
  }
}
