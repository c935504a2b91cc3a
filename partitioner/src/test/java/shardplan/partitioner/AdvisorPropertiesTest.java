package shardplan.partitioner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.fixture.ProfileBuilder;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.DroppedForeignKey;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.search.ForeignKeyCosts;

/**
 * Properties of the design search over random schemas and workloads (seeded; a failure prints its
 * seed): foreign-key trees of parents and children, each with low-cardinality columns (a status
 * of three values, a kind of four) beside its keys, some small lookup tables, sometimes a queue
 * polled and updated by its state, transactions that work on one parent key and its children. No jqwik: a seeded loop, {@link #TRIES} cases.
 */
class AdvisorPropertiesTest {
  static final int TRIES = 25;
  static final int SHARDS = 8;

  /** A random workload and what the generator knows of its columns. */
  record Case(WorkloadProfile profile, Map<String, Integer> distinct, List<String[]> foreignKeys, int nodes) {
  }

  static Case generate(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    ProfileBuilder b = new ProfileBuilder();
    Map<String, Integer> distinct = new HashMap<>();
    List<String[]> fks = new ArrayList<>();
    int trees = 1 + r.nextInt(3);
    int[] keys = new int[trees];
    int[] children = new int[trees];
    for (int i = 0; i < trees; i++) {
      String root = "r" + i;
      keys[i] = 40 + r.nextInt(300);
      b.table(root, List.of("id"), "id integer", "status character varying", "name text");
      distinct.put(root + ".id", keys[i]);
      distinct.put(root + ".status", 3);
      children[i] = 1 + r.nextInt(3);
      for (int j = 0; j < children[i]; j++) {
        String c = "c" + i + "_" + j;
        b.table(c, List.of("id"), "id integer", "parent_id integer", "kind character varying", "amount integer");
        b.foreignKey(c, "parent_id", root, "id");
        fks.add(new String[] {c, "parent_id", root, "id"});
        distinct.put(c + ".parent_id", keys[i]);
        distinct.put(c + ".kind", 4);
        distinct.put(c + ".amount", 5);
      }
    }
    int lookups = r.nextInt(3);
    for (int k = 0; k < lookups; k++) {
      b.table("l" + k, List.of("id"), "id integer", "label text");
      distinct.put("l" + k + ".id", 20);
    }
    // A queue: inserted with its id, polled by its state (three values), its rows set done by id.
    boolean queue = r.nextBoolean();
    if (queue) {
      b.table("q", List.of("id"), "id integer", "state character varying", "payload text");
      distinct.put("q.state", 3);
    }
    int nextJob = 1;
    int nextChild = 1_000_000;
    int txs = 400 + r.nextInt(400);
    for (int t = 0; t < txs; t++) {
      int i = r.nextInt(trees);
      int key = 1 + r.nextInt(keys[i]);
      b.begin();
      b.access("r" + i, r.nextInt(4) == 0 ? AccessKind.UPDATE : AccessKind.READ, "id", key,
          "status", "s" + r.nextInt(3));
      for (int j = 0; j < children[i]; j++) {
        String c = "c" + i + "_" + j;
        if (r.nextBoolean()) {
          b.access(c, AccessKind.INSERT, "id", nextChild++, "parent_id", key, "kind", "k" + r.nextInt(4),
              "amount", r.nextInt(5));
        } else {
          b.access(c, AccessKind.READ, "parent_id", key, "kind", "k" + r.nextInt(4));
        }
      }
      if (queue && r.nextInt(3) == 0) {
        b.commit();
        b.begin();
        if (r.nextBoolean()) {
          b.access("q", AccessKind.INSERT, "id", nextJob++, "state", "new", "payload", "p" + t);
        } else {
          b.access("q", AccessKind.READ, "state", "new");
          b.access("q", AccessKind.UPDATE, "state", List.of("new", "running", "done").get(r.nextInt(3)));
        }
      }
      if (lookups > 0 && r.nextInt(3) == 0) {
        int k = r.nextInt(lookups);
        b.access("l" + k, r.nextInt(20) == 0 ? AccessKind.UPDATE : AccessKind.READ, "id", 1 + r.nextInt(20));
      }
      b.commit();
    }
    return new Case(b.build(), distinct, fks, 2 + r.nextInt(3));
  }

  private static double score(PlacementMetrics m, Placement p, WorkloadProfile profile) {
    return Advisor.cost(m) + Advisor.FOREIGN_KEY_WEIGHT * ForeignKeyCosts.dropped(profile.schema(), p).size();
  }

  @Test
  void theAdviceObeysItsPropertiesOnRandomWorkloads() {
    for (int i = 0; i < TRIES; i++) {
      long seed = 7_000 + i;
      try {
        check(generate(seed));
      } catch (AssertionError e) {
        throw new AssertionError("seed " + seed + ": " + e.getMessage(), e);
      }
    }
  }

  private static void check(Case c) {
    WorkloadProfile p = c.profile();
    // Tables above 30 rows are too large to replicate, so most tables must be distributed.
    AdviceOptions o = AdviceOptions.DEFAULT.withNodes(c.nodes()).withShardCount(SHARDS).withMaxReplicatedRows(30);
    Advice a = Advisor.advise(p, o);
    Placement advice = a.placement();
    // 1. Never worse on the model than any baseline it evaluated.
    double mine = score(a.metrics(), advice, p);
    Placement hash = Baselines.hashPrimaryKey(p.schema(), c.nodes(), SHARDS);
    Placement all = Baselines.replicateAll(p.schema(), c.nodes(), SHARDS);
    assertThat(mine).as("advice vs hashPrimaryKey")
        .isLessThanOrEqualTo(score(a.baselines().get(Baselines.HASH_PRIMARY_KEY), hash, p) + 1e-9);
    assertThat(mine).as("advice vs replicateAll")
        .isLessThanOrEqualTo(score(a.baselines().get(Baselines.REPLICATE_ALL), all, p) + 1e-9);
    // 2. No distribution column with fewer distinct values than shards in a table too large to replicate.
    for (TablePlacement t : advice.tables()) {
      if (t.kind() == PlacementKind.DISTRIBUTED) {
        int d = c.distinct().getOrDefault(t.table() + "." + t.column(), Integer.MAX_VALUE);
        assertThat(d).as(t.table() + "." + t.column() + ": " + t.reason()).isGreaterThanOrEqualTo(SHARDS);
      }
    }
    // 3. A child distributed on its foreign key to a parent distributed on the referenced key
    //    shares the parent's group; any foreign key of a tree left out is listed with why.
    List<String> dropped = a.droppedForeignKeys().stream().map(DroppedForeignKey::foreignKey).toList();
    for (String[] fk : c.foreignKeys()) {
      TablePlacement child = advice.table(fk[0]).orElseThrow();
      TablePlacement parent = advice.table(fk[2]).orElseThrow();
      String text = fk[0] + "(" + fk[1] + ") -> " + fk[2] + "(" + fk[3] + ")";
      boolean kept = !dropped.contains(text);
      if (child.kind() == PlacementKind.DISTRIBUTED && parent.kind() == PlacementKind.DISTRIBUTED
          && child.column().equals(fk[1]) && parent.column().equals(fk[3])) {
        assertThat(child.colocationGroup()).as(text).isEqualTo(parent.colocationGroup());
        assertThat(kept).as(text + " kept").isTrue();
      } else if (child.kind() == PlacementKind.DISTRIBUTED && parent.kind() == PlacementKind.DISTRIBUTED) {
        assertThat(kept).as(text + " is listed as dropped").isFalse();
      }
    }
  }
}
