package shardplan.emitter.readback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Compares the placement asked for with the one read back. Tables of one colocation group must
 * share one colocation on the cluster (a group split is a difference); where the target keeps
 * colocation groups of its own (Citus' {@code colocationid}), tables of different groups must
 * not share one either (groups merged are a difference: Citus colocates tables of the same
 * column type and shard count unless told {@code colocate_with => 'none'}). postgres_fdw has no
 * groups of its own: tables whose partitions hash alike on the same servers are colocated
 * whatever group they were asked in, so only splits are checked there.
 */
public final class PlacementDiff {
  private PlacementDiff() {
  }

  /**
   * One line per difference; empty when the cluster holds the placement.
   *
   * @param expectedShards shards (Citus) or partitions (postgres-fdw) each distributed table must have
   */
  public static List<String> compare(Placement asked, Map<String, ObservedTable> observed, int expectedShards) {
    return compare(asked, observed, expectedShards, false);
  }

  /**
   * One line per difference; empty when the cluster holds the placement.
   *
   * @param expectedShards shards (Citus) or partitions (postgres-fdw) each distributed table must have
   * @param groupsKept whether the target keeps colocation groups of its own, so that two groups
   *                   sharing one colocation on the cluster is a difference (true for Citus)
   */
  public static List<String> compare(Placement asked, Map<String, ObservedTable> observed, int expectedShards,
                                     boolean groupsKept) {
    Objects.requireNonNull(asked, "asked");
    List<String> out = new ArrayList<>();
    Map<Integer, Map<String, List<String>>> groups = new LinkedHashMap<>();
    for (TablePlacement tp : asked.tables()) {
      ObservedTable o = observed.getOrDefault(tp.table(), ObservedTable.of(tp.table(), ObservedTable.Kind.ABSENT));
      if (tp.kind() == PlacementKind.LOCAL) {
        // A local table stays a plain table on the coordinator, in Citus's metadata or not.
        if (o.kind() != ObservedTable.Kind.PLAIN && o.kind() != ObservedTable.Kind.CITUS_LOCAL) {
          out.add(tp.table() + ": expected local, found " + o.describe());
        }
      } else if (tp.kind() == PlacementKind.REFERENCE) {
        if (o.kind() != ObservedTable.Kind.REFERENCE) {
          out.add(tp.table() + ": expected reference, found " + o.describe());
        }
      } else {
        String want = "distributed by " + tp.column() + " (" + expectedShards + " shards)";
        if (o.kind() != ObservedTable.Kind.DISTRIBUTED) {
          out.add(tp.table() + ": expected " + want + ", found " + o.describe());
        } else {
          if (!tp.column().equals(o.column())) {
            out.add(tp.table() + ": expected distribution column " + tp.column() + ", found " + o.column());
          }
          if (o.shards() != expectedShards) {
            out.add(tp.table() + ": expected " + expectedShards + " shards, found " + o.shards());
          }
          groups.computeIfAbsent(tp.colocationGroup(), g -> new LinkedHashMap<>())
              .computeIfAbsent(o.colocation(), c -> new ArrayList<>()).add(tp.table());
        }
      }
      if (!o.problem().isEmpty()) {
        out.add(tp.table() + ": " + o.problem());
      }
    }
    groups.forEach((g, byColocation) -> {
      if (byColocation.size() > 1) {
        out.add("colocation group " + g + " is split on the cluster: "
            + new TreeSet<>(byColocation.values().stream().map(l -> String.join(", ", l)).toList()));
      }
    });
    if (groupsKept) {
      Map<String, Map<Integer, List<String>>> byObserved = new LinkedHashMap<>();
      groups.forEach((g, byColocation) -> byColocation.forEach((colocation, tables) -> byObserved
          .computeIfAbsent(colocation, c -> new TreeMap<>()).put(g, tables)));
      byObserved.forEach((colocation, askedGroups) -> {
        if (askedGroups.size() > 1) {
          out.add("colocation groups " + askedGroups.keySet().stream().map(String::valueOf)
              .collect(Collectors.joining(", ")) + " are merged on the cluster (one colocation " + colocation
              + "): " + askedGroups.entrySet().stream().map(e -> "group " + e.getKey() + ": "
              + String.join(", ", e.getValue())).collect(Collectors.joining("; ")));
        }
      });
    }
    return out;
  }
}
