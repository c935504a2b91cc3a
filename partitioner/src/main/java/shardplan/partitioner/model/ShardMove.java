package shardplan.partitioner.model;

import java.util.Objects;

/**
 * One step of a shard placement plan: a shard of a colocation group moves to another node, or a
 * hot key is first isolated into a shard of its own.
 *
 * @param kind {@code move} ({@code citus_move_shard_placement}) or {@code isolate}
 *             ({@code isolate_tenant_to_new_shard}, then a move of the new shard)
 * @param colocationGroup the group; its tables' shards of the same index move together
 * @param table the group's first table, which names the shard in the DDL
 * @param shardIndex index of the shard in hash-range order (0-based)
 * @param fromNode node (0-based, in node order) that holds it now
 * @param toNode node it goes to
 * @param loadShare its share of all accesses of distributed tables
 * @param key for an isolated key: its position among the group's keys by load (1 = hottest); 0 for a
 *            shard
 * @param value the isolated key's value, only when values may be shown ({@code --show-values}); else null
 */
public record ShardMove(String kind, int colocationGroup, String table, int shardIndex, int fromNode, int toNode,
                        double loadShare, int key, String value) {
  public ShardMove {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(table, "table");
  }
}
