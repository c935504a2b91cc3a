package shardplan.emitter.sql;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Table;
import shardplan.emitter.check.TableConstraints;

/** CREATE TABLE and ALTER TABLE text for one table of the schema. */
public final class TableDdl {
  private TableDdl() {
  }

  /**
   * {@code CREATE TABLE name (columns, keys)} without foreign keys (they are added once every
   * table is in place).
   *
   * @param name the name to create (a partition's name differs from the schema's)
   * @param withKeys whether to write the primary key and unique constraints
   * @param tail text after the closing parenthesis, e.g. {@code " PARTITION BY HASH (w_id)"}
   */
  public static String createTable(Table table, String name, TableConstraints keys, boolean withKeys, String tail) {
    List<String> lines = new ArrayList<>();
    for (Column c : table.columns()) {
      lines.add(columnDefinition(c));
    }
    if (withKeys) {
      if (!keys.primaryKey().isEmpty()) {
        lines.add("PRIMARY KEY (" + Sql.idents(keys.primaryKey()) + ")");
      }
      for (List<String> u : keys.uniqueKeys()) {
        lines.add("UNIQUE (" + Sql.idents(u) + ")");
      }
    }
    return "CREATE TABLE " + Sql.table(name) + " (\n  " + String.join(",\n  ", lines) + "\n)" + tail + ";";
  }

  /** The column list of a foreign table: names, types, NOT NULL. */
  public static String foreignTableColumns(Table table) {
    List<String> lines = new ArrayList<>();
    for (Column c : table.columns()) {
      lines.add(columnDefinition(c));
    }
    return "(\n  " + String.join(",\n  ", lines) + "\n)";
  }

  public static String columnDefinition(Column c) {
    return Sql.ident(c.name()) + " " + c.sqlType() + (c.notNull() ? " NOT NULL" : "");
  }

  /** {@code ALTER TABLE t ADD CONSTRAINT name FOREIGN KEY (...) REFERENCES r (...);}. */
  public static String addForeignKey(String table, ForeignKey fk, String referencedName) {
    return "ALTER TABLE " + Sql.table(table) + " ADD CONSTRAINT " + Sql.ident(foreignKeyName(table, fk))
        + " FOREIGN KEY (" + Sql.idents(fk.columns()) + ") REFERENCES " + Sql.table(referencedName)
        + " (" + Sql.idents(fk.referencedColumns()) + ");";
  }

  /**
   * The foreign key's name, or the one PostgreSQL would choose for an unnamed one
   * ({@code table_col1_col2_fkey}, the longer part shortened until it fits 63 bytes).
   */
  public static String foreignKeyName(String table, ForeignKey fk) {
    if (!fk.name().isBlank()) {
      return fk.name();
    }
    return objectName(table, String.join("_", fk.columns()), "fkey");
  }

  /** PostgreSQL's makeObjectName: shortens the longer of the two parts until the name fits. */
  static String objectName(String name1, String name2, String label) {
    int overhead = label.length() + 2;
    int avail = 63 - overhead;
    String a = name1;
    String b = name2;
    while (a.length() + b.length() > avail) {
      if (a.length() > b.length()) {
        a = a.substring(0, a.length() - 1);
      } else {
        b = b.substring(0, b.length() - 1);
      }
    }
    return a + "_" + b + "_" + label;
  }

  /** A probe: true when a relation of that name exists (in the search path). */
  public static String existsProbe(String name) {
    return "SELECT to_regclass(" + Sql.regclass(name) + ") IS NOT NULL";
  }

  /** A probe: true when the table has a constraint of that name. */
  public static String constraintProbe(String table, String constraint) {
    return "SELECT EXISTS (SELECT 1 FROM pg_constraint WHERE conrelid = to_regclass(" + Sql.regclass(table)
        + ") AND conname = " + Sql.literal(constraint) + ")";
  }
}
