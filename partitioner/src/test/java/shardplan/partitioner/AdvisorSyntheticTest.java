package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.fixture.SyntheticTpcc;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/** The whole method on a TPC-C-shaped workload built directly as table accesses. */
class AdvisorSyntheticTest {
  private static final Map<String, String> WAREHOUSE_COLUMN = Map.of("warehouse", "w_id", "district", "d_w_id",
      "customer", "c_w_id", "history", "h_w_id", "new_order", "no_w_id", "orders", "o_w_id", "order_line", "ol_w_id",
      "stock", "s_w_id");

  @Test
  void tpccShapedWorkloadGetsTheExpertDesign() {
    WorkloadProfile p = SyntheticTpcc.generate(8, 4000, 0.01, 0.15, 11);
    // Eight warehouses: eight shards, so that the warehouse id has a value for every shard.
    Advice a = Advisor.advise(p, AdviceOptions.DEFAULT.withNodes(4).withShardCount(8));
    TablePlacement item = a.placement().table("item").orElseThrow();
    assertThat(item.kind()).isEqualTo(PlacementKind.REFERENCE);
    for (TablePlacement t : a.placement().tables()) {
      if (t.table().equals("item")) {
        continue;
      }
      assertThat(t.kind()).as(t.table()).isEqualTo(PlacementKind.DISTRIBUTED);
      if (t.table().equals("history")) {
        assertThat(t.column()).isIn("h_w_id", "h_c_w_id");
      } else {
        assertThat(t.column()).as(t.table()).isEqualTo(WAREHOUSE_COLUMN.get(t.table()));
      }
      assertThat(t.colocationGroup()).as(t.table()).isEqualTo(1);
    }
    assertThat(a.metrics().distributedTransactionFraction())
        .isLessThan(a.baselines().get(Baselines.HASH_PRIMARY_KEY).distributedTransactionFraction() / 3);
  }
}
