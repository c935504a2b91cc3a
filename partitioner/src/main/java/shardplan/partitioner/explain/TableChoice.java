package shardplan.partitioner.explain;

import java.util.Objects;

/**
 * How the explanation places one partition-set table.
 *
 * @param table lower-case table name
 * @param column the distribution column, or null when the table is better replicated
 * @param colocationGroup 1, 2, ... for a distributed table, 0 for a replicated one
 * @param agreement share of the table's row accesses that the column keeps in the part the row
 *                  partition gave them (0 when its rows were never named by key)
 * @param reason one sentence that says why
 */
public record TableChoice(String table, String column, int colocationGroup, double agreement, String reason) {
  public TableChoice {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(reason, "reason");
  }

  public boolean replicated() {
    return column == null;
  }
}
