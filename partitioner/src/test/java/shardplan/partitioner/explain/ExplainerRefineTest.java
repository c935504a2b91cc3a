package shardplan.partitioner.explain;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.AccessSummary;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.rowgraph.RowGraph;
import shardplan.partitioner.rowgraph.RowGraphBuilder;

class ExplainerRefineTest {
  private record Setup(Explainer explainer, Explanation start) {}

  private static Setup setup(Set<String> replicable) {
    ProfileBuilder b = new ProfileBuilder()
        .table("a", List.of("id"), "id integer", "grp integer")
        .table("b", List.of("id"), "id integer", "a_id integer");
    for (int i = 0; i < 200; i++) {
      b.begin().access("a", UPDATE, "id", i % 20, "grp", i % 3).access("b", READ, "id", i, "a_id", i % 20).commit();
    }
    WorkloadProfile p = b.build();
    Set<String> pset = new LinkedHashSet<>(List.of("a", "b"));
    Map<String, List<String>> cands = CandidateColumns.of(p, AccessSummary.scan(p, 1000), pset);
    RowGraph rg = new RowGraphBuilder(p.schema(), cands, 12, 10_000).build(p.transactionStream());
    int[] parts = new int[rg.graph().vertexCount()];
    Explainer e = new Explainer(p, cands, rg, parts, 2, replicable);
    return new Setup(e, e.explain());
  }

  /** A cost model that wants table a on "grp" and table b replicated. */
  private static double[] wanted(List<Placement> ps) {
    double[] out = new double[ps.size()];
    for (int i = 0; i < out.length; i++) {
      TablePlacement a = ps.get(i).table("a").orElseThrow();
      TablePlacement b = ps.get(i).table("b").orElseThrow();
      out[i] = ("grp".equals(a.column()) ? 0 : 1) + (b.kind() == PlacementKind.REFERENCE ? 0 : 2);
    }
    return out;
  }

  @Test
  void theCostModelSearchFollowsTheCostAndSaysWhyItStopped() {
    Setup s = setup(Set.of("b"));
    Explanation r = s.explainer().refine(s.start(), ExplainerRefineTest::wanted, List.of(), 2, 32, 1000);
    assertThat(r.choice("a").orElseThrow().column()).isEqualTo("grp");
    assertThat(r.choice("b").orElseThrow().replicated()).isTrue();
    assertThat(r.notes()).anyMatch(n -> n.contains("cost-model search") && n.contains("local optimum"));
  }

  @Test
  void replicationIsOnlyTriedForTablesAllowedToBeReplicated() {
    Setup s = setup(Set.of());
    Explanation r = s.explainer().refine(s.start(), ExplainerRefineTest::wanted, List.of(), 2, 32, 1000);
    assertThat(r.choice("b").orElseThrow().replicated()).isFalse();
  }

  @Test
  void anExhaustedEvaluationBudgetStopsTheSearchAndIsRecorded() {
    Setup s = setup(Set.of("b"));
    Explanation r = s.explainer().refine(s.start(), ExplainerRefineTest::wanted, List.of(), 2, 32, 2);
    assertThat(r.notes()).anyMatch(n -> n.contains("evaluation budget of 2"));
    assertThat(r.choices()).extracting(TableChoice::column).isEqualTo(s.start().choices().stream()
        .map(TableChoice::column).toList());
  }
}
