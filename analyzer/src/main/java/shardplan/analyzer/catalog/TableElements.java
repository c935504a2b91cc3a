package shardplan.analyzer.catalog;

import java.util.List;
import java.util.Objects;
import shardplan.analyzer.catalog.TypeNames.PgType;

/**
 * The parts of a {@code CREATE TABLE} or {@code ALTER TABLE ... ADD} that the catalog keeps,
 * whichever parser read them: names are already normalised, types already PostgreSQL's.
 */
final class TableElements {
  private TableElements() {
  }

  /** A column definition and its inline constraints. */
  record ColumnDef(String name, PgType type, ColumnSpec spec) {
    ColumnDef {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(spec, "spec");
    }
  }

  enum KeyKind { PRIMARY, UNIQUE, FOREIGN }

  /**
   * A table-level PRIMARY KEY, UNIQUE or FOREIGN KEY.
   *
   * @param name the constraint name, null if none was given
   * @param referencedTable shardplan's name of the referenced table (foreign keys only)
   * @param referencedColumns empty if the foreign key names none (then the primary key is meant)
   */
  record KeyConstraint(KeyKind kind, String name, List<String> columns, String referencedTable,
                       List<String> referencedColumns) {
    KeyConstraint {
      Objects.requireNonNull(kind, "kind");
      columns = List.copyOf(columns);
      referencedColumns = List.copyOf(referencedColumns);
    }

    static KeyConstraint primary(List<String> columns) {
      return new KeyConstraint(KeyKind.PRIMARY, null, columns, null, List.of());
    }

    static KeyConstraint unique(List<String> columns) {
      return new KeyConstraint(KeyKind.UNIQUE, null, columns, null, List.of());
    }
  }

  /**
   * What a {@code CREATE TABLE} declares.
   *
   * @param name shardplan's name of the table
   * @param localName its name without schema
   * @param likeTable the table named by {@code LIKE}, or null
   * @param partitionOf the parent of a {@code PARTITION OF}, or null
   * @param asQuery whether it is {@code CREATE TABLE ... AS} (columns not declared)
   * @param hasColumnList whether it has a parenthesised element list
   */
  record TableDef(String name, String localName, List<ColumnDef> columns, List<KeyConstraint> constraints,
                  String likeTable, String partitionOf, boolean asQuery, boolean hasColumnList) {
    TableDef {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(localName, "localName");
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }
  }

  /** What the ADD actions of an {@code ALTER TABLE} add. */
  record Additions(List<ColumnDef> columns, List<KeyConstraint> constraints) {
    Additions {
      columns = List.copyOf(columns);
      constraints = List.copyOf(constraints);
    }
  }
}
