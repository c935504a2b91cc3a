package shardplan.emitter.check;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.TestSchemas;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.json.PlacementJson.StaleEntry;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

class PlacementCheckTest {
  private static final Schema STORE = TestSchemas.store();

  /** What {@code check} calls a broken rule is exactly what {@code emit} repairs (or refuses), for any placement. */
  @Test
  void ruleFindingsAreExactlyTheEmittersRepairs() {
    qt().withExamples(200).forAll(RepairedPlacementPropertiesTest.placements()).checkAssert(p -> {
      List<String> repairs = PlacementChecker.check(STORE, p, ViolationPolicy.REPAIR).repairs().stream()
          .map(v -> v.table() + "|" + v.rule() + "|" + v.detail()).sorted().toList();
      List<String> found = PlacementCheck.check(STORE, p, List.of(), Target.CITUS).findings().stream()
          .peek(f -> assertThat(f.kind()).isEqualTo(FindingKind.RULE))
          .map(f -> f.table() + "|" + f.rule() + "|" + f.detail().substring(0, f.detail().indexOf(": citus refuses")))
          .sorted().toList();
      assertThat(found).isEqualTo(repairs);
    });
  }

  @Test
  void aPlacementThatFitsIsClean() {
    Placement p = new Placement(3, 8, STORE.tables().stream().map(t -> TablePlacement.reference(t.name(), "r")).toList());
    CheckReport r = PlacementCheck.check(STORE, p, List.of(), Target.POSTGRES_FDW);
    assertThat(r.clean()).isTrue();
    assertThat(r.tables()).hasSize(STORE.tables().size());
  }

  @Test
  void staleEntriesComeFirstThenTablesInSchemaOrder() {
    List<TablePlacement> all = STORE.tables().stream().map(t -> TablePlacement.reference(t.name(), "r")).toList();
    Placement p = new Placement(3, 8, all.subList(1, all.size()));
    CheckReport r = PlacementCheck.check(STORE, p, List.of(new StaleEntry("gone", null)), Target.CITUS);
    assertThat(r.errors()).extracting(Finding::kind, Finding::table).containsExactly(
        org.assertj.core.groups.Tuple.tuple(FindingKind.PLACED_TABLE_MISSING, "gone"),
        org.assertj.core.groups.Tuple.tuple(FindingKind.TABLE_NOT_PLACED, all.get(0).table()));
  }

  /** A chain of new tables below a distributed table follows it, key by key, whatever the order of the schema. */
  @Test
  void aChainOfNewTablesFollowsTheGroupOfThePlacedRoot() {
    Schema s = new Schema(List.of(
        TestSchemas.table("c3").col("k", "integer").col("id3", "integer").pk("k", "id3")
            .fk("fk1", List.of("k", "id3"), "c2", List.of("k", "id2")).build(),
        TestSchemas.table("root").col("k", "integer").pk("k").build(),
        TestSchemas.table("c2").col("k", "integer").col("id2", "integer").pk("k", "id2")
            .fk("fk2", List.of("k"), "c1", List.of("k")).build(),
        TestSchemas.table("c1").col("k", "integer").pk("k").fk("fk3", List.of("k"), "root", List.of("k")).build()));
    Placement p = new Placement(2, 4, List.of(TablePlacement.distributed("root", "k", 7, "r")));
    CheckReport r = PlacementCheck.check(s, p, List.of(), Target.CITUS);
    List<LikelyPlacement> likely = r.warnings().stream().map(Finding::likely).toList();
    assertThat(r.warnings()).extracting(Finding::table).containsExactly("c3", "c2", "c1");
    assertThat(likely).allSatisfy(l -> {
      assertThat(l.kind()).isEqualTo(PlacementKind.DISTRIBUTED);
      assertThat(l.column()).isEqualTo("k");
      assertThat(l.colocationGroup()).isEqualTo(7);
      assertThat(l.like()).isEqualTo("root");
    });
    assertThat(likely.get(0).path()).containsExactly("c3(k, id3) -> c2(k, id2)", "c2(k) -> c1(k)", "c1(k) -> root(k)");
  }

  /** A new table a reference table references must be a reference table; one whose key skips the distribution column has no placement. */
  @Test
  void referenceParentsAndKeysWithoutTheDistributionColumn() {
    Schema s = new Schema(List.of(
        TestSchemas.table("lookup").col("id", "integer").pk("id").build(),
        TestSchemas.table("dim").col("id", "integer").col("l", "integer").pk("id")
            .fk("fk4", List.of("l"), "lookup", List.of("id")).build(),
        TestSchemas.table("fact").col("k", "integer").col("n", "integer").pk("k", "n").build(),
        TestSchemas.table("orphan").col("n", "integer").col("k", "integer")
            .fk("fk5", List.of("n"), "fact", List.of("n")).build()));
    Placement p = new Placement(2, 4, List.of(TablePlacement.reference("dim", "r"),
        TablePlacement.distributed("fact", "k", 1, "r")));
    CheckReport r = PlacementCheck.check(s, p, List.of(), Target.CITUS);
    Finding lookup = r.warnings().get(0);
    assertThat(lookup.table()).isEqualTo("lookup");
    assertThat(lookup.likely().kind()).isEqualTo(PlacementKind.REFERENCE);
    Finding orphan = r.warnings().get(1);
    assertThat(orphan.table()).isEqualTo("orphan");
    assertThat(orphan.likely().kind()).isNull();
    assertThat(orphan.detail()).contains("likely placement: none that keeps every foreign key",
        "does not include the distribution column");
    assertThat(r.errors()).extracting(Finding::table).containsExactly("lookup", "orphan");
  }

  /** New tables linked to a local table stay local with it. */
  @Test
  void aNewTableLinkedToALocalTableStaysLocal() {
    Schema s = new Schema(List.of(
        TestSchemas.table("job").col("id", "integer").pk("id").build(),
        TestSchemas.table("job_log").col("job_id", "integer").col("n", "integer").pk("job_id", "n")
            .fk("fk", List.of("job_id"), "job", List.of("id")).build()));
    Placement p = new Placement(2, 4, List.of(TablePlacement.local("job", "r")));
    CheckReport r = PlacementCheck.check(s, p, List.of(), Target.CITUS);
    assertThat(r.warnings()).singleElement().satisfies(f -> {
      assertThat(f.likely().kind()).isEqualTo(PlacementKind.LOCAL);
      assertThat(f.detail()).contains("likely placement: local (on the coordinator), by job_log(job_id) -> job(id)");
    });
  }
}
