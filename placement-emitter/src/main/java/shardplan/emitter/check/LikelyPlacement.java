package shardplan.emitter.check;

import java.util.List;
import java.util.Objects;
import shardplan.partitioner.model.PlacementKind;

/**
 * The placement a new table most likely needs, found by following foreign keys from tables the
 * placement already places.
 *
 * @param kind reference, distributed or local; null when no placement keeps every foreign key
 * @param column the distribution column; null unless distributed
 * @param colocationGroup the group to join; 0 unless distributed
 * @param like the placed table the suggestion follows (its group, or the reference table)
 * @param path the foreign keys from the new table to {@code like}, in order, each as
 *             {@code child(columns) -> parent(columns)}
 * @param note why, in words; names any foreign key that the suggestion would still break
 */
public record LikelyPlacement(PlacementKind kind, String column, int colocationGroup, String like,
                              List<String> path, String note) {
  public LikelyPlacement {
    Objects.requireNonNull(like, "like");
    path = List.copyOf(path);
    Objects.requireNonNull(note, "note");
  }

  /** {@code distributed on c in colocation group 2} / {@code reference} / {@code none}. */
  public String describe() {
    if (kind == null) {
      return "none that keeps every foreign key";
    }
    if (kind == PlacementKind.LOCAL) {
      return "local (on the coordinator)";
    }
    return kind == PlacementKind.REFERENCE ? "reference"
        : "distributed on " + column + " in colocation group " + colocationGroup + " (with " + like + ")";
  }
}
