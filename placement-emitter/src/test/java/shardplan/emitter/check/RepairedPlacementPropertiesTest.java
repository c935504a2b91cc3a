package shardplan.emitter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.TestSchemas;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/** Whatever the placement, the repaired constraints follow every rule; and refuse fails exactly when repair repairs. */
class RepairedPlacementPropertiesTest {
  private static final Schema SCHEMA = TestSchemas.store();

  /** Each table of the store schema: reference, or distributed on any of its columns in group 1..3. */
  static Gen<Placement> placements() {
    List<Gen<TablePlacement>> per = new ArrayList<>();
    for (Table t : SCHEMA.tables()) {
      Gen<TablePlacement> ref = Generate.constant(TablePlacement.reference(t.name(), "r"));
      Gen<TablePlacement> dist = Generate.pick(t.columns().stream().map(Column::name).toList())
          .zip(Generate.range(1, 3), (c, g) -> TablePlacement.distributed(t.name(), c, g, "r"));
      per.add(Generate.oneOf(ref, dist));
    }
    Gen<Placement> all = in -> {
      List<TablePlacement> list = new ArrayList<>();
      for (Gen<TablePlacement> g : per) {
        list.add(g.generate(in));
      }
      return new Placement(3, 8, list);
    };
    return all.describedAs(p -> p.tables().stream()
        .map(tp -> tp.kind() == PlacementKind.REFERENCE ? tp.table() + "=ref"
            : tp.table() + "=" + tp.column() + "@" + tp.colocationGroup())
        .toList().toString());
  }

  @Test
  void repairedConstraintsFollowEveryRule() {
    qt().withExamples(200).forAll(placements()).checkAssert(RepairedPlacementPropertiesTest::followsEveryRule);
  }

  static void followsEveryRule(Placement p) {
    CheckedPlacement cp = PlacementChecker.check(SCHEMA, p, ViolationPolicy.REPAIR);
    for (Table t : SCHEMA.tables()) {
      TablePlacement tp = cp.placementOf(t.name());
      TableConstraints k = cp.constraintsOf(t.name());
      if (tp.kind() == PlacementKind.DISTRIBUTED) {
        if (!k.primaryKey().isEmpty()) {
          assertThat(k.primaryKey()).contains(tp.column());
        }
        k.uniqueKeys().forEach(u -> assertThat(u).contains(tp.column()));
      }
      for (ForeignKey fk : k.foreignKeys()) {
        TablePlacement to = cp.placementOf(fk.referencedTable());
        assertThat(tp.kind() == PlacementKind.REFERENCE && to.kind() == PlacementKind.DISTRIBUTED).isFalse();
        if (tp.kind() == PlacementKind.DISTRIBUTED && to.kind() == PlacementKind.DISTRIBUTED) {
          assertThat(to.colocationGroup()).isEqualTo(tp.colocationGroup());
          int i = fk.columns().indexOf(tp.column());
          assertThat(i).isNotNegative();
          assertThat(fk.referencedColumns().get(i)).isEqualTo(to.column());
        }
      }
    }
    for (var g : cp.placement().colocationGroups().values()) {
      assertThat(g.stream().map(tp -> SCHEMA.table(tp.table()).orElseThrow().column(tp.column()).orElseThrow().type())
          .distinct()).hasSize(1);
    }
    boolean refused;
    try {
      PlacementChecker.check(SCHEMA, p, ViolationPolicy.REFUSE);
      refused = false;
    } catch (RuleViolationException e) {
      refused = true;
    }
    assertThat(refused).isEqualTo(!cp.repairs().isEmpty());
  }
}
