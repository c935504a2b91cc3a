package shardplan.analyzer.model;

/**
 * What a live database says about a table; all {@code -1} when the schema came from a file.
 *
 * @param estimatedRows {@code pg_class.reltuples}
 * @param estimatedBytes {@code pg_total_relation_size}
 * @param inserts {@code pg_stat_user_tables.n_tup_ins}
 * @param updates {@code n_tup_upd}
 * @param deletes {@code n_tup_del}
 */
public record TableStatistics(long estimatedRows, long estimatedBytes, long inserts, long updates, long deletes) {
  public static final TableStatistics UNKNOWN = new TableStatistics(-1, -1, -1, -1, -1);

  public boolean known() {
    return estimatedRows >= 0;
  }
}
