package shardplan.partitioner.search;

import java.util.Locale;
import shardplan.partitioner.hash.CitusShardMap;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.ShardMove;
import shardplan.partitioner.model.SkewPlan;

/**
 * The shard placement plan as SQL for Citus, a separate, optional step run after the placement
 * DDL: {@code isolate_tenant_to_new_shard} for hot keys, then {@code citus_move_shard_placement}
 * for each move. A shard is named by a hash value inside its range (its first one), so the text
 * needs no shard ids; a node by its position among the primary nodes that hold shards, in node id
 * order, which is the order Citus placed the shards round-robin in. Moves use
 * {@code block_writes}, which needs no replica identity. A hot key's value appears only when values
 * may be shown; otherwise it is a psql variable to set first ({@code \set hot_key_1_group_1 '...'}).
 */
public final class SkewPlanSql {
  private SkewPlanSql() {
  }

  public static String of(SkewPlan plan, Placement placement) {
    CitusShardMap map = new CitusShardMap(placement.shardCount(), placement.nodes());
    StringBuilder sb = new StringBuilder();
    sb.append(String.format(Locale.ROOT, "-- Shard placement plan: predicted load skew %.3f before, %.3f after (limit %.1f)."
        + "%n-- Optional: run after the placement DDL, as a superuser, with psql.%n", plan.skewBefore(), plan.skewAfter(),
        SkewPlan.LIMIT));
    if (plan.moves().isEmpty()) {
      sb.append("-- Nothing to do: ").append(plan.stop()).append('\n');
      return sb.toString();
    }
    for (ShardMove m : plan.moves()) {
      if (m.kind().equals("isolate")) {
        sb.append(String.format(Locale.ROOT, "%n-- group %d: hot key %d carries %.1f %% of the load; give it a shard"
            + " of its own (colocated tables follow)%n", m.colocationGroup(), m.key(), 100 * m.loadShare()));
        sb.append("SELECT isolate_tenant_to_new_shard(").append(regclass(m.table())).append(", ")
            .append(key(m)).append(", 'CASCADE', shard_transfer_mode => 'block_writes');\n");
      }
    }
    for (ShardMove m : plan.moves()) {
      if (!m.kind().equals("move")) {
        continue;
      }
      String shard = m.key() > 0
          ? "SELECT get_shard_id_for_distribution_column(" + regclass(m.table()) + ", " + key(m) + ") AS shardid"
          : "SELECT shardid FROM pg_dist_shard WHERE logicalrelid = " + regclass(m.table()) + "::regclass"
              + " AND shardminvalue::bigint <= " + map.shardMinValue(m.shardIndex())
              + " AND shardmaxvalue::bigint >= " + map.shardMinValue(m.shardIndex());
      sb.append(String.format(Locale.ROOT, "%n-- group %d, %s: %.1f %% of the load, node %d -> node %d%n",
          m.colocationGroup(), m.key() > 0 ? "hot key " + m.key() : "shard " + m.shardIndex(), 100 * m.loadShare(),
          m.fromNode() + 1, m.toNode() + 1));
      sb.append("SELECT citus_move_shard_placement(s.shardid, src.nodename, src.nodeport, dst.nodename, dst.nodeport,\n"
          + "         shard_transfer_mode => 'block_writes')\n"
          + "  FROM (").append(shard).append(") s\n"
          + "  CROSS JOIN LATERAL (SELECT n.nodename, n.nodeport FROM pg_dist_placement p\n"
          + "                        JOIN pg_dist_node n ON n.groupid = p.groupid WHERE p.shardid = s.shardid LIMIT 1) src\n"
          + "  CROSS JOIN (SELECT nodename, nodeport FROM pg_dist_node\n"
          + "               WHERE noderole = 'primary' AND isactive AND shouldhaveshards\n"
          + "               ORDER BY nodeid OFFSET ").append(m.toNode()).append(" LIMIT 1) dst\n"
          + " WHERE (src.nodename, src.nodeport) IS DISTINCT FROM (dst.nodename, dst.nodeport);\n");
    }
    return sb.toString();
  }

  private static String key(ShardMove m) {
    return m.value() != null ? literal(m.value()) : ":'hot_key_" + m.key() + "_group_" + m.colocationGroup() + "'";
  }

  /** A table name as a regclass literal, every part quoted ({@code 'order'} would not parse). */
  static String regclass(String table) {
    StringBuilder sb = new StringBuilder();
    for (String part : table.split("\\.", -1)) {
      if (sb.length() > 0) {
        sb.append('.');
      }
      sb.append('"').append(part.replace("\"", "\"\"")).append('"');
    }
    return literal(sb.toString());
  }

  private static String literal(String s) {
    return "'" + s.replace("'", "''") + "'";
  }
}
