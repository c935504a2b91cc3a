package shardplan.partitioner.model;

/**
 * How Citus runs one logged statement under a placement, as its planner decides it.
 *
 * <p>Mapping to Citus's own counters ({@code citus_stat_counters}, counted per execution of a
 * Citus plan, after it succeeded): {@link #SINGLE_SHARD}, {@link #REFERENCE_READ} and
 * {@link #REFERENCE_WRITE} run one task and count as {@code query_execution_single_shard};
 * {@link #MULTI_SHARD} runs several tasks and counts as {@code query_execution_multi_shard};
 * {@link #LOCAL} statements on plain PostgreSQL tables never reach Citus's executor and count in
 * neither (on a Citus local table, one added with {@code citus_add_local_table_to_metadata}, they
 * count as single-shard); {@link #UNSUPPORTED} statements fail at planning and count in neither,
 * as does any statement that fails (a duplicate key). A statement Citus plans in several steps
 * (a subquery or CTE it computes first and feeds to the rest as a parameter) counts once per
 * step; the model counts it once. These facts were checked one statement at a time on Citus 13.2
 * ({@code CitusRoutingIT}).
 */
public enum StatementRoute {
  /**
   * Every distributed table it touches is pinned to one shard, all of one colocation group and
   * one shard index (Citus's router and fast-path planners): one task on one node. Also a
   * statement whose values prune every table to the same single shard (an IN list whose values
   * hash to one shard, a multi-row INSERT whose rows all land on one shard).
   */
  SINGLE_SHARD,
  /** Some distributed table is not pinned: one task per shard reached, on their nodes. */
  MULTI_SHARD,
  /** Reads reference tables only (and no distributed table): one task on one node. */
  REFERENCE_READ,
  /** Writes a reference table: one task on every node, committed with two-phase commit. */
  REFERENCE_WRITE,
  /** Touches only tables left on the coordinator as plain PostgreSQL tables. */
  LOCAL,
  /**
   * Citus refuses it as placed: a join of distributed tables that are not colocated on the join
   * columns (refused unless {@code citus.enable_repartition_joins} is on).
   */
  UNSUPPORTED,
  /**
   * Its routing depends on values the input does not give (a pg_stat_statements template with an
   * IN list of several parameters or a multi-row INSERT, a log line without its parameters):
   * counted apart, never guessed.
   */
  UNCERTAIN;

  /** The name of the metric that counts statements of this route. */
  public String metricName() {
    return switch (this) {
      case SINGLE_SHARD -> "singleShardStatements";
      case MULTI_SHARD -> "multiShardStatements";
      case REFERENCE_READ -> "referenceReadStatements";
      case REFERENCE_WRITE -> "referenceWriteStatements";
      case LOCAL -> "localStatements";
      case UNSUPPORTED -> "unsupportedStatements";
      case UNCERTAIN -> "uncertainStatements";
    };
  }
}
