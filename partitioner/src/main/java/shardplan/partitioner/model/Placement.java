package shardplan.partitioner.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The placement of every table of a schema on a cluster.
 *
 * @param nodes number of nodes (coordinator included when it holds shards)
 * @param shardCount shards per distributed table
 * @param tables one entry per schema table, in schema order
 */
public record Placement(int nodes, int shardCount, List<TablePlacement> tables) {
  public Placement {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
    }
    if (shardCount < 1 || shardCount > 64000) {
      throw new IllegalArgumentException("shard count must be in 1..64000, was " + shardCount);
    }
    tables = List.copyOf(tables);
  }

  public Optional<TablePlacement> table(String name) {
    return tables.stream().filter(t -> t.table().equals(name)).findFirst();
  }

  /** Distributed tables by colocation group, groups in ascending order. */
  public Map<Integer, List<TablePlacement>> colocationGroups() {
    Map<Integer, List<TablePlacement>> m = new LinkedHashMap<>();
    tables.stream()
        .filter(t -> t.kind() == PlacementKind.DISTRIBUTED)
        .sorted(java.util.Comparator.comparingInt(TablePlacement::colocationGroup))
        .forEach(t -> m.computeIfAbsent(t.colocationGroup(), g -> new java.util.ArrayList<>()).add(t));
    return m;
  }
}
