package shardplan.replay.model;

/**
 * What Citus itself counted during a replay ({@code citus_stat_counters} of the database, after
 * minus before): statements it ran on one shard and on several.
 */
public record CitusRouting(long singleShardStatements, long multiShardStatements) {
}
