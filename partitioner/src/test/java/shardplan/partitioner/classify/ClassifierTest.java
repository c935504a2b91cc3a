package shardplan.partitioner.classify;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.model.AccessKind.INSERT;
import static shardplan.analyzer.model.AccessKind.READ;
import static shardplan.analyzer.model.AccessKind.UPDATE;

import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.fixture.SyntheticTpcc;

class ClassifierTest {
  private static Classification classify(WorkloadProfile p, int nodes) {
    AccessSummary s = AccessSummary.scan(p, Classifier.DEFAULT_MAX_REPLICATED_ROWS);
    return new Classifier(nodes, Classifier.DEFAULT_UPDATE_THRESHOLD, Classifier.DEFAULT_MAX_REPLICATED_ROWS,
        Classifier.DEFAULT_MAX_REPLICATED_BYTES).classify(p, s);
  }

  @Test
  void tpccReadOnlyCatalogueIsReplicatedAndWrittenTablesArePartitioned() {
    Classification c = classify(SyntheticTpcc.generate(4, 2000, 0.01, 0.15, 7), 4);
    assertThat(c.replicateSet()).containsExactly("item");
    assertThat(c.partitionSet()).containsExactly("warehouse", "district", "customer", "history", "new_order",
        "orders", "order_line", "stock");
    TableDecision item = c.decision("item").orElseThrow();
    assertThat(item.evidence().writes()).isZero();
    assertThat(item.evidence().replicateCost()).isZero();
    assertThat(item.evidence().partitionCost()).isPositive();
    assertThat(item.reason()).contains("update ratio 0.000");
  }

  /** Two small tables used together; one written {@code writesPerHundred} times in a hundred. */
  private static WorkloadProfile pairWith(int writesPerHundred) {
    ProfileBuilder b = new ProfileBuilder()
        .table("a", List.of("id"), "id integer", "v integer")
        .table("b", List.of("id"), "id integer", "a_id integer");
    for (int i = 0; i < 1000; i++) {
      b.begin().access("a", i % 100 < writesPerHundred ? UPDATE : READ, "id", i % 10)
          .access("b", UPDATE, "id", i).commit();
    }
    return b.build();
  }

  @Test
  void theUpdateThresholdSplitsTablesByWriteRatio() {
    assertThat(classify(pairWith(5), 4).decision("a").orElseThrow().side()).isEqualTo(Side.REPLICATE);
    TableDecision high = classify(pairWith(20), 4).decision("a").orElseThrow();
    assertThat(high.side()).isEqualTo(Side.PARTITION);
    assertThat(high.reason()).contains("above the threshold");
    assertThat(high.evidence().updateRatio()).isEqualTo(0.2);
  }

  @Test
  void aThresholdOfOneReplicatesEveryCoAccessedSmallTableUnlessCostSaysOtherwise() {
    WorkloadProfile p = pairWith(20);
    AccessSummary s = AccessSummary.scan(p, 1000);
    Classification c = new Classifier(4, 1.0, 1000, 1L << 30).classify(p, s);
    // b is written in every transaction and used with nothing partitioned: replication cost wins.
    assertThat(c.decision("b").orElseThrow().side()).isEqualTo(Side.PARTITION);
    assertThat(c.decision("b").orElseThrow().reason()).contains("replicating would cost");
  }

  @Test
  void tablesAboveTheSizeLimitAreNeverReplicated() {
    ProfileBuilder b = new ProfileBuilder()
        .table("big", List.of("id"), new TableStatistics(5_000_000, 500_000_000, -1, -1, -1), "id integer")
        .table("small", List.of("id"), "id integer");
    b.begin().access("big", READ, "id", 1).access("small", READ, "id", 1).commit();
    Classification c = classify(b.build(), 4);
    assertThat(c.decision("big").orElseThrow().side()).isEqualTo(Side.PARTITION);
    assertThat(c.decision("big").orElseThrow().reason()).startsWith("too large to replicate");
    assertThat(c.decision("small").orElseThrow().side()).isEqualTo(Side.REPLICATE);
  }

  @Test
  void distinctRowsNamedByTheWorkloadCountTowardsTheSizeLimit() {
    ProfileBuilder b = new ProfileBuilder().table("t", List.of("id"), "id integer");
    for (int i = 0; i < 50; i++) {
      b.begin().access("t", READ, "id", i).commit();
    }
    WorkloadProfile p = b.build();
    AccessSummary s = AccessSummary.scan(p, 20);
    assertThat(s.distinctRows("t")).isEqualTo(21);
    Classification c = new Classifier(4, 0.1, 20, 1L << 30).classify(p, s);
    assertThat(c.decision("t").orElseThrow().side()).isEqualTo(Side.PARTITION);
  }

  @Test
  void tablesTheWorkloadNeverUsedAreReplicatedWhenSmallOrUnknownAndSaySo() {
    ProfileBuilder b = new ProfileBuilder()
        .table("used", List.of("id"), "id integer")
        .table("idle", List.of("id"), "id integer")
        .table("idle_big", List.of("id"), new TableStatistics(9_000_000, -1, -1, -1, -1), "id integer");
    b.begin().access("used", INSERT, "id", 1).commit();
    Classification c = classify(b.build(), 4);
    assertThat(c.decision("idle").orElseThrow().side()).isEqualTo(Side.REPLICATE);
    assertThat(c.decision("idle").orElseThrow().reason()).startsWith("not accessed by the workload");
    assertThat(c.decision("idle_big").orElseThrow().side()).isEqualTo(Side.PARTITION);
    assertThat(c.decision("idle_big").orElseThrow().reason()).startsWith("not accessed by the workload");
  }

  @Test
  void replicationScaleOutFollowsTheFormula() {
    assertThat(Classifier.replicationScaleOut(4, 0.0)).isEqualTo(4.0);
    assertThat(Classifier.replicationScaleOut(4, 1.0)).isEqualTo(1.0);
    // The default threshold keeps at least half the ideal scale-out up to 11 nodes.
    assertThat(Classifier.replicationScaleOut(11, Classifier.DEFAULT_UPDATE_THRESHOLD) / 11).isEqualTo(0.5);
  }
}
