package shardplan.emitter.readback;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Compares the placement asked for with the one read back. Tables of one colocation group must
 * share one colocation on the cluster; tables of different groups may share one (Citus
 * colocates tables of the same column type and shard count by default), which is not a
 * difference.
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
    Objects.requireNonNull(asked, "asked");
    List<String> out = new ArrayList<>();
    Map<Integer, Map<String, List<String>>> groups = new LinkedHashMap<>();
    for (TablePlacement tp : asked.tables()) {
      ObservedTable o = observed.getOrDefault(tp.table(), ObservedTable.of(tp.table(), ObservedTable.Kind.ABSENT));
      if (tp.kind() == PlacementKind.REFERENCE) {
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
    return out;
  }
}
