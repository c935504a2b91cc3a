package shardplan.emitter.readback;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

class PlacementDiffTest {
  private static final Placement ASKED = new Placement(3, 8, List.of(
      TablePlacement.reference("item", "r"),
      TablePlacement.distributed("orders", "o_w_id", 1, "r"),
      TablePlacement.distributed("order_line", "ol_w_id", 1, "r"),
      TablePlacement.distributed("cart", "cart_id", 2, "r")));

  private static ObservedTable dist(String t, String col, String colocation) {
    return new ObservedTable(t, ObservedTable.Kind.DISTRIBUTED, col, colocation, 8, "");
  }

  @Test
  void theSamePlacementHasNoDifferenceEvenWhenTwoGroupsShareAColocation() {
    Map<String, ObservedTable> seen = Map.of(
        "item", ObservedTable.of("item", ObservedTable.Kind.REFERENCE),
        "orders", dist("orders", "o_w_id", "4"), "order_line", dist("order_line", "ol_w_id", "4"),
        "cart", dist("cart", "cart_id", "4"));
    assertThat(PlacementDiff.compare(ASKED, seen, 8)).isEmpty();
  }

  @Test
  void twoGroupsSharingOneCitusColocationAreReportedAsMerged() {
    Map<String, ObservedTable> seen = Map.of(
        "item", ObservedTable.of("item", ObservedTable.Kind.REFERENCE),
        "orders", dist("orders", "o_w_id", "4"), "order_line", dist("order_line", "ol_w_id", "4"),
        "cart", dist("cart", "cart_id", "4"));
    assertThat(PlacementDiff.compare(ASKED, seen, 8, true)).containsExactly(
        "colocation groups 1, 2 are merged on the cluster (one colocation 4): group 1: orders, order_line;"
            + " group 2: cart");
  }

  @Test
  void groupsSplitAndMergedAtOnceAreBothReported() {
    Map<String, ObservedTable> seen = Map.of(
        "item", ObservedTable.of("item", ObservedTable.Kind.REFERENCE),
        "orders", dist("orders", "o_w_id", "4"), "order_line", dist("order_line", "ol_w_id", "5"),
        "cart", dist("cart", "cart_id", "5"));
    assertThat(PlacementDiff.compare(ASKED, seen, 8, true)).containsExactly(
        "colocation group 1 is split on the cluster: [order_line, orders]",
        "colocation groups 1, 2 are merged on the cluster (one colocation 5): group 1: order_line; group 2: cart");
  }

  @Test
  void groupsKeptApartOnCitusHaveNoDifference() {
    Map<String, ObservedTable> seen = Map.of(
        "item", ObservedTable.of("item", ObservedTable.Kind.REFERENCE),
        "orders", dist("orders", "o_w_id", "4"), "order_line", dist("order_line", "ol_w_id", "4"),
        "cart", dist("cart", "cart_id", "7"));
    assertThat(PlacementDiff.compare(ASKED, seen, 8, true)).isEmpty();
  }

  @Test
  void aSplitGroupAWrongColumnALocalTableAndAShardCountAreEachReported() {
    Map<String, ObservedTable> seen = Map.of(
        "item", ObservedTable.of("item", ObservedTable.Kind.CITUS_LOCAL),
        "orders", dist("orders", "o_id", "4"), "order_line", dist("order_line", "ol_w_id", "5"),
        "cart", new ObservedTable("cart", ObservedTable.Kind.DISTRIBUTED, "cart_id", "6", 16, ""));
    assertThat(PlacementDiff.compare(ASKED, seen, 8)).containsExactly(
        "item: expected reference, found a Citus local table",
        "orders: expected distribution column o_w_id, found o_id",
        "cart: expected 8 shards, found 16",
        "colocation group 1 is split on the cluster: [order_line, orders]");
  }

  @Test
  void aMissingTableAndAProblemAreReported() {
    Map<String, ObservedTable> seen = Map.of(
        "item", new ObservedTable("item", ObservedTable.Kind.REFERENCE, null, null, 0, "no copy on worker(s) [2]"),
        "orders", dist("orders", "o_w_id", "4"), "order_line", dist("order_line", "ol_w_id", "4"));
    assertThat(PlacementDiff.compare(ASKED, seen, 8)).containsExactly(
        "item: no copy on worker(s) [2]",
        "cart: expected distributed by cart_id (8 shards), found absent");
  }
}
