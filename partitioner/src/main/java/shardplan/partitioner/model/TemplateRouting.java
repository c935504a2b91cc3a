package shardplan.partitioner.model;

import java.util.Objects;

/**
 * How the statements of one template are routed under a placement. Counts are statements
 * (a pg_stat_statements template weighs its {@code calls}); templates carry {@code $n}, never
 * literal values.
 *
 * @param templateId the template's stable id
 * @param sql its normalised text
 * @param statements statements of this template counted (the sum of the route counts)
 * @param singleShardStatements routed to one shard ({@link StatementRoute#SINGLE_SHARD})
 * @param multiShardStatements fanned out to several shards
 * @param referenceReadStatements read reference tables only
 * @param referenceWriteStatements wrote a reference table (every node, two-phase commit)
 * @param localStatements touched coordinator-local tables only
 * @param unsupportedStatements refused by Citus as placed
 * @param uncertainStatements routing depends on values the input does not give
 * @param shardsReached tasks run, summed over the statements (a multi-shard statement counts
 *                      every shard it reached)
 * @param nodesReached nodes reached, summed over the statements
 * @param reason why the template is unsupported or uncertain, one sentence; null otherwise
 */
public record TemplateRouting(String templateId, String sql, long statements, long singleShardStatements,
                              long multiShardStatements, long referenceReadStatements,
                              long referenceWriteStatements, long localStatements, long unsupportedStatements,
                              long uncertainStatements, long shardsReached, long nodesReached, String reason)
    implements RouteCounts {
  public TemplateRouting {
    Objects.requireNonNull(templateId, "templateId");
    Objects.requireNonNull(sql, "sql");
  }
}
