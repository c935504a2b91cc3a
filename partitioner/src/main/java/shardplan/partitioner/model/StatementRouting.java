package shardplan.partitioner.model;

import java.util.List;

/**
 * What Citus will execute for a workload under a placement: every logged statement that touches
 * a table of the schema, classified as Citus's planner classifies it ({@link StatementRoute}),
 * in total and per template, and the transactions whose statements reach more than one node.
 *
 * <p>Counted: every data statement that reached the server, committed or not (BEGIN, COMMIT,
 * SET and statements on no schema table are not counted). From a pg_stat_statements export each
 * template counts its {@code calls}, and each call is taken as its own transaction (the export
 * has no transaction boundaries).
 *
 * @param statements statements counted (the sum of the route counts)
 * @param singleShardStatements routed to one shard of the distributed tables
 * @param multiShardStatements fanned out to several shards
 * @param referenceReadStatements read reference tables only (one node)
 * @param referenceWriteStatements wrote a reference table (every node, two-phase commit)
 * @param localStatements touched coordinator-local tables only
 * @param unsupportedStatements refused by Citus as placed (see the templates' reasons)
 * @param uncertainStatements routing depends on values the input does not give
 * @param shardsReached tasks run, summed over all statements
 * @param nodesReached nodes reached, summed over all statements
 * @param transactions transactions evaluated (after sampling), with or without counted statements
 * @param distributedTransactions transactions whose statements together reached more than one
 *                                node (a multi-shard statement on a multi-node cluster does, a
 *                                reference-table write does, a reference-table read does not)
 * @param templates per template, most statements first, then by id; templates with no counted
 *                  statement left out
 */
public record StatementRouting(long statements, long singleShardStatements, long multiShardStatements,
                               long referenceReadStatements, long referenceWriteStatements, long localStatements,
                               long unsupportedStatements, long uncertainStatements, long shardsReached,
                               long nodesReached, long transactions, long distributedTransactions,
                               List<TemplateRouting> templates) implements RouteCounts {
  /** Nothing routed: for placements evaluated without templates. */
  public static final StatementRouting NONE = new StatementRouting(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, List.of());

  public StatementRouting {
    templates = List.copyOf(templates);
  }

  /** Distributed transactions over all transactions; 0 when there are none. */
  public double distributedTransactionFraction() {
    return transactions == 0 ? 0.0 : (double) distributedTransactions / transactions;
  }

  /**
   * What {@code citus_stat_counters.query_execution_single_shard} counts for these statements
   * when they all succeed: single-shard statements and every reference-table statement (one task
   * each).
   */
  public long citusSingleShardStatements() {
    return singleShardStatements + referenceReadStatements + referenceWriteStatements;
  }

  /** What {@code citus_stat_counters.query_execution_multi_shard} counts: multi-shard statements. */
  public long citusMultiShardStatements() {
    return multiShardStatements;
  }

  /** The templates Citus refuses as placed. */
  public List<TemplateRouting> unsupportedTemplates() {
    return templates.stream().filter(t -> t.unsupportedStatements() > 0).toList();
  }

  /** The templates whose routing the input leaves uncertain. */
  public List<TemplateRouting> uncertainTemplates() {
    return templates.stream().filter(t -> t.uncertainStatements() > 0).toList();
  }
}
