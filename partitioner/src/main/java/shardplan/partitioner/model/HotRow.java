package shardplan.partitioner.model;

import java.util.List;
import java.util.Objects;

/**
 * A row that a large share of transactions write: every one of them waits for the others' locks on
 * it, wherever the row lives, so adding nodes does not make them faster.
 *
 * @param table the table
 * @param keyColumns the columns that name the row (its primary key as the log bound it)
 * @param rank its place among the table's hot rows by writers (1 = most written); the key's values
 *             are never shown
 * @param writeShare transactions that wrote it over all committed transactions
 * @param writers committed transactions that wrote it
 * @param statements the statements (templates) that wrote it, most frequent first
 */
public record HotRow(String table, List<String> keyColumns, int rank, double writeShare, long writers,
                     List<String> statements) {
  public HotRow {
    Objects.requireNonNull(table, "table");
    keyColumns = List.copyOf(keyColumns);
    statements = List.copyOf(statements);
  }
}
