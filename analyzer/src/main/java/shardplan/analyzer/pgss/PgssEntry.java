package shardplan.analyzer.pgss;

import java.util.Objects;

/**
 * One row of a pg_stat_statements export: a normalised statement ({@code $n} for its constants),
 * how often it ran, and the rows it returned or touched in all.
 *
 * @param query the statement text as pg_stat_statements normalised it
 * @param calls number of executions
 * @param rows total rows retrieved or affected (0 if the export has no {@code rows} column)
 */
public record PgssEntry(String query, long calls, long rows) {
  public PgssEntry {
    Objects.requireNonNull(query, "query");
    if (calls < 0) {
      throw new IllegalArgumentException("calls must not be negative, was " + calls);
    }
  }
}
