package shardplan.partitioner.hash;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

class NodeMapperTest {
  private static final Schema SCHEMA = new Schema(List.of(
      new Table("warehouse", List.of(new Column("w_id", "integer", "", true)), List.of("w_id"),
          List.of(), List.of(), TableStatistics.UNKNOWN, Map.of()),
      new Table("customer", List.of(new Column("c_id", "bigint", "", true), new Column("c_tag", "jsonb", "", false)),
          List.of("c_id"), List.of(), List.of(), TableStatistics.UNKNOWN, Map.of()),
      new Table("item", List.of(new Column("i_id", "integer", "", true)), List.of("i_id"),
          List.of(), List.of(), TableStatistics.UNKNOWN, Map.of())));

  private static Placement placement(String customerColumn) {
    return new Placement(4, 32, List.of(
        TablePlacement.distributed("warehouse", "w_id", 1, "r"),
        TablePlacement.distributed("customer", customerColumn, 2, "r"),
        TablePlacement.reference("item", "r")));
  }

  @Test
  void nodeIsTheRoundRobinNodeOfTheHashedValuesShard() {
    NodeMapper m = NodeMapper.of(placement("c_id"), SCHEMA);
    CitusShardMap map = new CitusShardMap(32, 4);
    for (int w = -50; w < 50; w++) {
      int expectedShard = map.shardIndex(PgHash.hashInt4(w));
      assertThat(m.nodeOf("warehouse", Integer.toString(w))).isEqualTo(expectedShard % 4);
      assertThat(m.mapping("warehouse").orElseThrow().shard(Integer.toString(w))).isEqualTo(expectedShard);
    }
  }

  @Test
  void equalIntegersOfDifferentWidthsLandTogether() {
    NodeMapper m = NodeMapper.of(placement("c_id"), SCHEMA);
    for (int v = 0; v < 200; v++) {
      assertThat(m.nodeOf("customer", Integer.toString(v))).isEqualTo(m.nodeOf("warehouse", Integer.toString(v)));
    }
  }

  @Test
  void referenceTablesHaveNoMapping() {
    NodeMapper m = NodeMapper.of(placement("c_id"), SCHEMA);
    assertThat(m.isDistributed("item")).isFalse();
    assertThat(m.mapping("item")).isEmpty();
    assertThatThrownBy(() -> m.nodeOf("item", "1")).hasMessage("table item is not distributed");
  }

  @Test
  void invalidValuesAreCountedAndStillPlaced() {
    NodeMapper m = NodeMapper.of(placement("c_id"), SCHEMA);
    int n = m.nodeOf("warehouse", "not a number");
    assertThat(n).isEqualTo(new CitusShardMap(32, 4).nodeOfHash(PgHash.hashText("not a number")));
    assertThat(m.invalidValues()).isEqualTo(1);
  }

  @Test
  void typesWithoutAHashFunctionAreNamedInNotes() {
    NodeMapper m = NodeMapper.of(placement("c_tag"), SCHEMA);
    assertThat(m.notes()).singleElement().asString().contains("customer.c_tag", "jsonb");
  }

  @Test
  void unknownColumnIsRefused() {
    assertThatThrownBy(() -> NodeMapper.of(placement("c_nope"), SCHEMA)).hasMessage("table customer has no column c_nope");
  }
}
