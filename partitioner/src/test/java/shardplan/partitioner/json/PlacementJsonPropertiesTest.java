package shardplan.partitioner.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

class PlacementJsonPropertiesTest {

  @Property(tries = 200)
  void everyPlacementReadsBackAsWritten(@ForAll("placements") Placement p) {
    String json = PlacementJson.writePlacement(p);
    assertThat(PlacementJson.readPlacement(json, "p.json", null, 1, 1)).isEqualTo(p);
    assertThat(PlacementJson.writePlacement(PlacementJson.readPlacement(json, "p.json", null, 1, 1))).isEqualTo(json);
  }

  @Provide
  Arbitrary<Placement> placements() {
    Arbitrary<String> reasons = Arbitraries.strings().ofMaxLength(30);
    Arbitrary<List<TablePlacement>> tables = Combinators.combine(
            Arbitraries.of(true, false), Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.integers().between(1, 5), reasons)
        .as((ref, col, group, reason) -> new Object[] {ref, col, group, reason})
        .list().ofMaxSize(12)
        .map(specs -> {
          List<TablePlacement> out = new ArrayList<>();
          for (int i = 0; i < specs.size(); i++) {
            Object[] s = specs.get(i);
            String name = "t" + i;
            out.add((Boolean) s[0] ? TablePlacement.reference(name, (String) s[3])
                : TablePlacement.distributed(name, (String) s[1], (Integer) s[2], (String) s[3]));
          }
          return out;
        });
    return Combinators.combine(Arbitraries.integers().between(1, 64), Arbitraries.integers().between(1, 64000), tables)
        .as(Placement::new);
  }
}
