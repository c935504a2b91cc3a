package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * What a DBA should know about a schema before distributing it. None of it stops the analysis;
 * each item bears on what the advice can do:
 *
 * <ul>
 *   <li>a table without a primary key: rows cannot be told apart for co-access, and Citus can
 *       only move its shards with writes blocked (no replica identity);</li>
 *   <li>a foreign key to a table that is not in the schema, or to columns that table does not
 *       have, or that are not its primary key or a unique key: the join it documents cannot be
 *       relied on;</li>
 *   <li>a foreign key whose columns differ in type from the columns they reference: Citus refuses to
 *       colocate tables whose distribution columns differ in type.</li>
 * </ul>
 */
public final class SchemaValidator {
  private SchemaValidator() {
  }

  /** The problems found, one line each, in table order. */
  public static List<String> validate(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    List<String> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      if (t.primaryKey().isEmpty()) {
        out.add(t.name() + ": no primary key" + (t.uniqueKeys().isEmpty() ? " and no unique key" : ""));
      }
      for (ForeignKey fk : t.foreignKeys()) {
        checkForeignKey(schema, t, fk, out);
      }
    }
    return out;
  }

  private static void checkForeignKey(Schema schema, Table t, ForeignKey fk, List<String> out) {
    String what = t.name() + ": foreign key " + fk.name() + " " + fk.columns() + " -> " + fk.referencedTable()
        + fk.referencedColumns();
    Optional<Table> target = schema.table(fk.referencedTable());
    if (target.isEmpty()) {
      out.add(what + " references a table that is not in the schema");
      return;
    }
    Table ref = target.get();
    List<String> missing = fk.referencedColumns().stream().filter(c -> ref.column(c).isEmpty()).toList();
    if (!missing.isEmpty()) {
      out.add(what + " references columns " + ref.name() + " does not have: " + missing);
      return;
    }
    if (!isKey(ref, fk.referencedColumns())) {
      out.add(what + " references columns that are neither the primary key nor a unique key of " + ref.name());
    }
    for (int i = 0; i < fk.columns().size() && i < fk.referencedColumns().size(); i++) {
      Optional<Column> from = t.column(fk.columns().get(i));
      Optional<Column> to = ref.column(fk.referencedColumns().get(i));
      if (from.isPresent() && to.isPresent() && !from.get().type().equals(to.get().type())) {
        out.add(what + ": column " + from.get().name() + " is " + from.get().sqlType() + " but "
            + ref.name() + "." + to.get().name() + " is " + to.get().sqlType()
            + " (Citus colocates only distribution columns of the same type)");
      }
    }
  }

  private static boolean isKey(Table t, List<String> columns) {
    HashSet<String> cols = new HashSet<>(columns);
    if (new HashSet<>(t.primaryKey()).equals(cols)) {
      return true;
    }
    return t.uniqueKeys().stream().anyMatch(k -> new HashSet<>(k).equals(cols));
  }
}
