package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/** A foreign key: {@code columns} of the owning table reference {@code referencedColumns} of {@code referencedTable}. */
public record ForeignKey(String name, List<String> columns, String referencedTable, List<String> referencedColumns) {
  public ForeignKey {
    Objects.requireNonNull(name, "name");
    columns = List.copyOf(columns);
    Objects.requireNonNull(referencedTable, "referencedTable");
    referencedColumns = List.copyOf(referencedColumns);
  }
}
