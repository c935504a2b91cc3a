package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * Everything the analyzer learned from the logs and the schema.
 *
 * @param schema the tables, from a DDL file or a live database
 * @param statements data statements read (committed and aborted; BEGIN/COMMIT not counted)
 * @param transactions transactions read (committed and aborted)
 * @param abortedTransactions transactions that rolled back or failed
 * @param tables one entry per schema table, in schema order, accessed or not
 * @param templates one entry per distinct normalised statement, most called first
 * @param joins equi-join edges, heaviest first
 * @param predicateCounts equality/IN predicate counts per column, largest first
 * @param transactionStream the row keys every transaction touched; empty when
 *                          {@code rowLevel} is false
 * @param rowLevel false when the input had no literal values (pg_stat_statements): then the
 *                 profile holds table-level statistics and join edges only
 * @param linesRead physical log lines (or CSV records) read
 * @param skipped input that could not be used, by reason
 */
public record WorkloadProfile(
    Schema schema,
    long statements,
    long transactions,
    long abortedTransactions,
    List<TableUsage> tables,
    List<TemplateUsage> templates,
    List<JoinEdge> joins,
    List<ColumnPredicateCount> predicateCounts,
    TransactionStream transactionStream,
    boolean rowLevel,
    long linesRead,
    List<SkipReason> skipped) {

  public WorkloadProfile {
    Objects.requireNonNull(schema, "schema");
    tables = List.copyOf(tables);
    templates = List.copyOf(templates);
    joins = List.copyOf(joins);
    predicateCounts = List.copyOf(predicateCounts);
    Objects.requireNonNull(transactionStream, "transactionStream");
    skipped = List.copyOf(skipped);
  }

  public long skippedTotal() {
    return skipped.stream().mapToLong(SkipReason::count).sum();
  }

  public TableUsage usage(String table) {
    for (TableUsage u : tables) {
      if (u.table().equals(table)) {
        return u;
      }
    }
    return new TableUsage(table, OperationCounts.ZERO, OperationCounts.ZERO, -1, -1);
  }
}
