package shardplan.emitter.readback;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.apply.ApplyException;
import shardplan.emitter.sql.Sql;

/**
 * Reads a placement back from Citus' metadata: {@code pg_dist_partition} (method {@code h} is
 * hash-distributed, {@code n} with replication model {@code t} a reference table, {@code n}
 * with {@code s} a Citus local table), {@code column_to_column_name} for the distribution
 * column, {@code colocationid}, and the shard count from {@code pg_dist_shard}.
 */
public final class CitusReadback {
  private CitusReadback() {
  }

  public static Map<String, ObservedTable> read(Connection coordinator, Schema schema) {
    Map<String, ObservedTable> out = new LinkedHashMap<>();
    String sql = "SELECT p.partmethod::text, p.repmodel::text,"
        + " CASE WHEN p.partkey IS NULL THEN NULL ELSE column_to_column_name(p.logicalrelid, p.partkey) END,"
        + " p.colocationid, (SELECT count(*) FROM pg_dist_shard s WHERE s.logicalrelid = p.logicalrelid)"
        + " FROM pg_dist_partition p WHERE p.logicalrelid = to_regclass(?)";
    try (var ps = coordinator.prepareStatement(sql);
         Statement st = coordinator.createStatement()) {
      for (Table t : schema.tables()) {
        boolean exists;
        try (ResultSet rs = st.executeQuery("SELECT to_regclass(" + Sql.regclass(t.name()) + ") IS NOT NULL")) {
          rs.next();
          exists = rs.getBoolean(1);
        }
        if (!exists) {
          out.put(t.name(), ObservedTable.of(t.name(), ObservedTable.Kind.ABSENT));
          continue;
        }
        ps.setString(1, Sql.table(t.name()));
        try (ResultSet rs = ps.executeQuery()) {
          if (!rs.next()) {
            out.put(t.name(), ObservedTable.of(t.name(), ObservedTable.Kind.PLAIN));
            continue;
          }
          String method = rs.getString(1);
          String repmodel = rs.getString(2);
          if ("h".equals(method)) {
            out.put(t.name(), new ObservedTable(t.name(), ObservedTable.Kind.DISTRIBUTED, rs.getString(3),
                Integer.toString(rs.getInt(4)), rs.getInt(5), ""));
          } else if ("n".equals(method) && "t".equals(repmodel)) {
            out.put(t.name(), ObservedTable.of(t.name(), ObservedTable.Kind.REFERENCE));
          } else if ("n".equals(method)) {
            out.put(t.name(), ObservedTable.of(t.name(), ObservedTable.Kind.CITUS_LOCAL));
          } else {
            out.put(t.name(), new ObservedTable(t.name(), ObservedTable.Kind.PLAIN, null, null, 0,
                "Citus partition method '" + method + "'"));
          }
        }
      }
    } catch (SQLException e) {
      throw new ApplyException("cannot read the placement back from Citus' metadata: "
          + e.getMessage().lines().findFirst().orElse(""), e);
    }
    return out;
  }
}
