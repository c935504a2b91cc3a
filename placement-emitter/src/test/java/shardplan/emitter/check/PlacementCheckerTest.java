package shardplan.emitter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.TestSchemas;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

class PlacementCheckerTest {
  private static Schema twoTables() {
    return new Schema(List.of(
        TestSchemas.table("account").col("id", "bigint").col("tenant", "integer").col("email", "text")
            .pk("id").unique("email").build(),
        TestSchemas.table("note").col("id", "bigint").col("account_id", "bigint").col("tenant", "integer")
            .pk("id").fk("note_account_fkey", List.of("account_id"), "account", List.of("id")).build()));
  }

  @Test
  void refuseNamesTheTableAndTheRule() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "tenant", 1, "r"),
        TablePlacement.distributed("note", "id", 2, "r")));
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REFUSE))
        .isInstanceOf(RuleViolationException.class)
        .hasMessageStartingWith("table account: a primary key or unique constraint of a distributed table must"
            + " contain its distribution column (primary key (id) lacks tenant)")
        .hasMessageContaining("and 2 more violations");
  }

  @Test
  void repairWidensKeysAndDropsForeignKeysBetweenGroups() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "tenant", 1, "r"),
        TablePlacement.distributed("note", "id", 2, "r")));
    CheckedPlacement cp = PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR);
    assertThat(cp.constraintsOf("account").primaryKey()).containsExactly("id", "tenant");
    assertThat(cp.constraintsOf("account").uniqueKeys()).containsExactly(List.of("email", "tenant"));
    assertThat(cp.constraintsOf("note").foreignKeys()).isEmpty();
    assertThat(cp.repairs()).extracting(Violation::rule).containsExactly(
        Rule.KEY_WITHOUT_DISTRIBUTION_COLUMN, Rule.KEY_WITHOUT_DISTRIBUTION_COLUMN, Rule.FOREIGN_KEY_NOT_COLOCATED);
  }

  @Test
  void foreignKeyFromReferenceToDistributedIsLeftOut() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "id", 1, "r"),
        TablePlacement.reference("note", "r")));
    CheckedPlacement cp = PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR);
    assertThat(cp.repairs()).extracting(Violation::rule)
        .containsExactly(Rule.KEY_WITHOUT_DISTRIBUTION_COLUMN, Rule.FOREIGN_KEY_REFERENCE_TO_DISTRIBUTED);
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REFUSE))
        .hasMessageContaining("table account");
  }

  @Test
  void foreignKeyBetweenColocatedTablesOnTheirDistributionColumnsIsKept() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "id", 1, "r"),
        TablePlacement.distributed("note", "account_id", 1, "r")));
    CheckedPlacement cp = PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR);
    assertThat(cp.repairs()).extracting(Violation::table).containsExactly("account", "note");
    assertThat(cp.constraintsOf("note").foreignKeys()).hasSize(1);
    assertThat(cp.constraintsOf("note").primaryKey()).containsExactly("id", "account_id");
  }

  @Test
  void colocatedColumnsOfDifferentTypesAreSplitIntoTheirOwnGroup() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "id", 1, "r"),
        TablePlacement.distributed("note", "tenant", 1, "r")));
    CheckedPlacement cp = PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR);
    assertThat(cp.placement().table("note").orElseThrow().colocationGroup()).isEqualTo(2);
    assertThat(cp.repairs()).extracting(Violation::rule).contains(Rule.COLOCATED_TYPES_DIFFER);
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REFUSE))
        .hasMessageContaining("colocated distribution columns must have the same type")
        .hasMessageContaining("note.tenant is integer but account.id is bigint");
  }

  @Test
  void unknownTableIsOneClearLine() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.reference("account", "r"), TablePlacement.reference("note", "r"),
        TablePlacement.reference("invoice", "r")));
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR))
        .hasMessage("placement: unknown table invoice (not in the schema)");
  }

  @Test
  void unknownColumnIsOneClearLine() {
    Placement p = new Placement(2, 4, List.of(
        TablePlacement.distributed("account", "tenant_id", 1, "r"), TablePlacement.reference("note", "r")));
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR))
        .hasMessage("placement: unknown column account.tenant_id (distribution column not in the schema)");
  }

  @Test
  void schemaTableWithoutPlacementIsAMismatch() {
    Placement p = new Placement(2, 4, List.of(TablePlacement.reference("account", "r")));
    assertThatThrownBy(() -> PlacementChecker.check(twoTables(), p, ViolationPolicy.REPAIR))
        .hasMessage("schema and placement do not match: table note of the schema has no placement");
  }

  @Test
  void tpccExpertDesignLosesOnlyTheTwoCrossWarehouseForeignKeys() {
    Schema s = TestSchemas.tpcc();
    List<TablePlacement> tps = new ArrayList<>();
    for (Table t : s.tables()) {
      tps.add(t.name().equals("item") ? TablePlacement.reference("item", "r")
          : TablePlacement.distributed(t.name(), t.columns().stream().map(c -> c.name())
              .filter(c -> c.matches("((d|c|h|o|no|s|ol)_)?w_id")).findFirst().orElseThrow(), 1, "r"));
    }
    CheckedPlacement cp = PlacementChecker.check(s, new Placement(4, 32, tps), ViolationPolicy.REPAIR);
    assertThat(cp.repairs()).extracting(Violation::table).containsExactly("history", "order_line");
    assertThat(cp.repairs()).extracting(Violation::rule).containsOnly(Rule.FOREIGN_KEY_WITHOUT_DISTRIBUTION_COLUMN);
  }
}
