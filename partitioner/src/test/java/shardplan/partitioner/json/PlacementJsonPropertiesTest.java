package shardplan.partitioner.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.partitioner.fixture.Seeded;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

class PlacementJsonPropertiesTest {

  @Test
  void everyPlacementReadsBackAsWritten() {
    Seeded.forAll("everyPlacementReadsBackAsWritten", 200, rnd -> {
      Placement p = placement(rnd);
      String json = PlacementJson.writePlacement(p);
      assertThat(PlacementJson.readPlacement(json, "p.json", null, 1, 1)).isEqualTo(p);
      assertThat(PlacementJson.writePlacement(PlacementJson.readPlacement(json, "p.json", null, 1, 1)))
          .isEqualTo(json);
    });
  }

  /** Up to 12 tables, each reference, local or distributed on a random column and group, any reason. */
  static Placement placement(Random rnd) {
    int n = Seeded.between(rnd, 0, 12);
    List<TablePlacement> tables = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      String name = "t" + i;
      String reason = Seeded.anyString(rnd, 30);
      switch (rnd.nextInt(3)) {
        case 0 -> tables.add(TablePlacement.reference(name, reason));
        case 1 -> tables.add(TablePlacement.local(name, reason));
        default -> tables.add(TablePlacement.distributed(name, Seeded.alpha(rnd, 1, 8), Seeded.between(rnd, 1, 5),
            reason));
      }
    }
    return new Placement(Seeded.between(rnd, 1, 64), Seeded.between(rnd, 1, 64000), tables);
  }
}
