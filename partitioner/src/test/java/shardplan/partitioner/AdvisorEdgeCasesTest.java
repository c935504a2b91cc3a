package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.model.AccessKind.INSERT;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.fixture.SyntheticTpcc;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

class AdvisorEdgeCasesTest {
  private static ProfileBuilder parentChild() {
    ProfileBuilder b = new ProfileBuilder()
        .table("lookup", List.of("code"), "code integer", "label text")
        .table("account", List.of("id"), "id integer", "balance numeric")
        .table("entry", List.of("account_id", "seq"), "account_id integer", "seq integer", "amount numeric");
    for (int i = 0; i < 400; i++) {
      int acct = i % 40;
      b.begin().access("lookup", READ, "code", i % 5).access("account", UPDATE, "id", acct)
          .access("entry", INSERT, "account_id", acct, "seq", i, "amount", i).commit();
    }
    return b;
  }

  @Test
  void everySchemaTableIsPlacedOnceInSchemaOrderWithItsEvidence() {
    Advice a = Advisor.advise(parentChild().build(), AdviceOptions.DEFAULT.withNodes(3));
    assertThat(a.placement().tables()).extracting(TablePlacement::table).containsExactly("lookup", "account", "entry");
    assertThat(a.placement().table("lookup").orElseThrow().kind()).isEqualTo(PlacementKind.REFERENCE);
    TablePlacement account = a.placement().table("account").orElseThrow();
    TablePlacement entry = a.placement().table("entry").orElseThrow();
    assertThat(account.column()).isEqualTo("id");
    assertThat(entry.column()).isEqualTo("account_id");
    assertThat(entry.colocationGroup()).isEqualTo(account.colocationGroup());
    assertThat(a.metrics().distributedTransactionFraction()).isZero();
    assertThat(a.placement().tables()).allSatisfy(t -> assertThat(t.evidence()).isNotNull());
    assertThat(a.baselines()).containsOnlyKeys("hashPrimaryKey", "replicateAll");
  }

  @Test
  void withoutRowLevelDataTheAdviceComesFromJoinsAndSaysSo() {
    WorkloadProfile p = parentChild().join("account.id", "entry.account_id").build();
    WorkloadProfile tableLevel = new WorkloadProfile(p.schema(), p.statements(), p.transactions(),
        p.abortedTransactions(), p.tables(), p.templates(), p.joins(), p.predicateCounts(), TransactionStream.EMPTY,
        false, p.linesRead(), p.skipped());
    Advice a = Advisor.advise(tableLevel, AdviceOptions.DEFAULT.withNodes(3));
    assertThat(a.placement().table("entry").orElseThrow().column()).isEqualTo("account_id");
    assertThat(a.placement().table("entry").orElseThrow().colocationGroup())
        .isEqualTo(a.placement().table("account").orElseThrow().colocationGroup());
    assertThat(a.notes()).anyMatch(n -> n.contains("no row-level data"));
  }

  @Test
  void oneNodeNeedsNoDistributedTransactions() {
    Advice a = Advisor.advise(SyntheticTpcc.generate(2, 300, 0.01, 0.15, 1), AdviceOptions.DEFAULT.withNodes(1));
    assertThat(a.metrics().distributedTransactionFraction()).isZero();
  }

  @Test
  void aWorkloadThatUsesNothingReplicatesEverySmallTable() {
    Advice a = Advisor.advise(new ProfileBuilder().table("t", List.of("id"), "id integer").build(),
        AdviceOptions.DEFAULT);
    assertThat(a.placement().tables()).singleElement().satisfies(t -> {
      assertThat(t.kind()).isEqualTo(PlacementKind.REFERENCE);
      assertThat(t.reason()).contains("not accessed by the workload");
    });
  }

  @Test
  void moreDataThanTheVertexLimitIsSampledAndTheRateReported() {
    Advice a = Advisor.advise(SyntheticTpcc.generate(2, 600, 0.01, 0.15, 1),
        AdviceOptions.DEFAULT.withNodes(2).withMaxGraphVertices(500));
    assertThat(a.notes()).anyMatch(n -> n.contains("sample rate 0."));
  }
}
