package shardplan.emitter.check;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
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

  @Provide
  Arbitrary<Placement> placements() {
    List<Arbitrary<TablePlacement>> per = new ArrayList<>();
    for (Table t : SCHEMA.tables()) {
      Arbitrary<TablePlacement> ref = Arbitraries.just(TablePlacement.reference(t.name(), "r"));
      Arbitrary<TablePlacement> dist = Combinators.combine(
          Arbitraries.of(t.columns().stream().map(Column::name).toList()), Arbitraries.integers().between(1, 3))
          .as((c, g) -> TablePlacement.distributed(t.name(), c, g, "r"));
      per.add(Arbitraries.oneOf(ref, dist));
    }
    return Combinators.combine(per).as(list -> new Placement(3, 8, list));
  }

  @Property(tries = 200)
  void repairedConstraintsFollowEveryRule(@ForAll("placements") Placement p) {
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
