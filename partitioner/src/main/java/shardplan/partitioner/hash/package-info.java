/**
 * Where Citus puts a row: PostgreSQL's own hash functions ({@link shardplan.partitioner.hash.PgHash},
 * per column type {@link shardplan.partitioner.hash.PgTypeHashes}), the equal hash ranges of a
 * distributed table's shards and their round-robin nodes
 * ({@link shardplan.partitioner.hash.CitusShardMap}), and a placement's value-to-node map
 * ({@link shardplan.partitioner.hash.NodeMapper}). Predictions made with them can be checked
 * against the same workload on a real cluster, because they are the cluster's own arithmetic.
 */
package shardplan.partitioner.hash;
