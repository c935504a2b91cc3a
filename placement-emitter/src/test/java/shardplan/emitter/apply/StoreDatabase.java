package shardplan.emitter.apply;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.TestSchemas;
import shardplan.emitter.check.TableConstraints;
import shardplan.emitter.sql.TableDdl;

/**
 * The hand-built online store of the golden tests, with its original keys and foreign keys and
 * a few rows: its expert placement needs every kind of repair (keys widened, foreign keys left
 * out), so applying it in {@code existing} mode runs the repair statements for real.
 */
final class StoreDatabase {
  static final Schema SCHEMA = TestSchemas.store();

  private StoreDatabase() {
  }

  static void create(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      for (Table t : SCHEMA.tables()) {
        st.execute(TableDdl.createTable(t, t.name(),
            new TableConstraints(t.name(), t.primaryKey(), t.uniqueKeys(), List.of(), List.of()), true, ""));
      }
      for (Table t : SCHEMA.tables()) {
        for (ForeignKey fk : t.foreignKeys()) {
          st.execute(TableDdl.addForeignKey(t.name(), fk, fk.referencedTable()));
        }
      }
      st.execute("INSERT INTO country VALUES (1, 'Aland'), (2, 'Belize')");
      st.execute("INSERT INTO author VALUES (1, 'Ada', 'Lovelace'), (2, 'Alan', 'Turing')");
      st.execute("INSERT INTO item VALUES (1, 'Notes', 1, 12.50, 7), (2, 'Machines', 2, 30.00, 3)");
      st.execute("INSERT INTO customer SELECT g, 'user' || g, 'u' || g || '@example.org', 1 + g % 2,"
          + " timestamp '2024-01-01' + g * interval '1 day' FROM generate_series(1, 40) g");
      st.execute("INSERT INTO address SELECT 1000 + g, g, g || ' Main St', 1 + g % 2 FROM generate_series(1, 40) g");
      st.execute("INSERT INTO orders SELECT 5000 + g, 1 + g % 40, timestamp '2024-02-01' + g * interval '1 hour',"
          + " g * 1.5, 1000 + 1 + g % 40, 'shipped' FROM generate_series(1, 120) g");
      st.execute("INSERT INTO order_line SELECT 5000 + g, n, 1 + g % 40, 1 + n % 2, n, 0.05"
          + " FROM generate_series(1, 120) g, generate_series(1, 3) n");
      st.execute("INSERT INTO cart SELECT 9000 + g, CASE WHEN g % 3 = 0 THEN NULL ELSE 1 + g % 40 END,"
          + " timestamp '2024-03-01' FROM generate_series(1, 30) g");
      st.execute("INSERT INTO cart_line SELECT 9000 + g, 1 + g % 2, g FROM generate_series(1, 30) g");
      st.execute("INSERT INTO cc_xacts SELECT 5000 + g, 1 + g % 40, 'card', g * 1.5, 1 FROM generate_series(1, 120) g");
    }
  }
}
