package shardplan.analyzer.model;

import java.util.Objects;

/** A column of a table, both lower case. Printed as {@code table.column}. */
public record ColumnRef(String table, String column) implements Comparable<ColumnRef> {
  public ColumnRef {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(column, "column");
  }

  @Override
  public int compareTo(ColumnRef o) {
    int c = table.compareTo(o.table);
    return c != 0 ? c : column.compareTo(o.column);
  }

  @Override
  public String toString() {
    return table + "." + column;
  }
}
