package shardplan.partitioner.search;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.partitioner.hash.NodeMapper;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.ShardMove;
import shardplan.partitioner.model.SkewPlan;
import shardplan.partitioner.model.TablePlacement;

/**
 * Predicts the load of every node from the keys the log names, mapped to shards by PostgreSQL's
 * hash functions over Citus's equal hash ranges and to nodes round-robin, as Citus places them;
 * then, when the busiest node carries more than {@link SkewPlan#LIMIT} times the mean, plans
 * moves. The unit of a move is a shard index of a colocation group (Citus moves colocated shards
 * together). A key that alone carries more than the mean node load, sharing its shard with
 * other keys, is first isolated into a shard of its own ({@code isolate_tenant_to_new_shard}).
 *
 * <p>Moves: repeatedly the unit of the busiest node whose move to the least busy node lowers the
 * busier of the two the most; stops when the skew is at most the limit's target, when no move
 * lowers it, or after {@code maxMoves} moves. Statements that name no key of a table's
 * distribution column run on every shard and count evenly. Deterministic.
 */
public final class SkewPlanner {
  /** The planner aims a little below the limit, so that the plan leaves room. */
  static final double TARGET = 1.05;
  /** Keys tracked per group for isolation (the heaviest win); memory stays bounded. */
  static final int MAX_KEYS = 200_000;

  private SkewPlanner() {
  }

  /** A unit of placement: a shard index of a group, or an isolated key. */
  private static final class Unit {
    final int group;
    final String table;
    final int shard;
    final int keyRank;
    final String value;
    double load;
    int node;
    final int origin;

    Unit(int group, String table, int shard, int keyRank, String value, double load, int node) {
      this.value = value;
      this.group = group;
      this.table = table;
      this.shard = shard;
      this.keyRank = keyRank;
      this.load = load;
      this.node = node;
      this.origin = node;
    }
  }

  /**
   * @param maxMoves budget of moves (and isolations)
   * @param showValues whether isolated keys carry their value (else the DDL names them by rank)
   */
  public static SkewPlan plan(Placement placement, Schema schema, TransactionStream stream, int maxMoves,
                              boolean showValues) {
    Loads loads = new Loads(placement, schema);
    stream.forEach(loads);
    return loads.plan(maxMoves, showValues);
  }

  /**
   * The load of every shard and of the heaviest keys, counted one transaction at a time so that
   * the pass over the stream can be shared with other readers; then {@link #plan} once.
   */
  public static final class Loads implements Consumer<Transaction> {
    private final NodeMapper mapper;
    private final int n;
    private final int shards;
    private final Map<String, TablePlacement> dist = new LinkedHashMap<>();
    private final Map<Integer, String> firstOfGroup = new LinkedHashMap<>();
    private final Map<Integer, double[]> shardLoad = new LinkedHashMap<>();
    private final Map<Integer, Map<String, double[]>> keyLoad = new HashMap<>();
    private final double[] spread = {0};

    public Loads(Placement placement, Schema schema) {
      Objects.requireNonNull(placement, "placement");
      this.mapper = NodeMapper.of(placement, schema);
      this.n = placement.nodes();
      this.shards = placement.shardCount();
      for (TablePlacement t : placement.tables()) {
        if (t.kind() == PlacementKind.DISTRIBUTED) {
          dist.put(t.table(), t);
          firstOfGroup.putIfAbsent(t.colocationGroup(), t.table());
        }
      }
      for (int g : firstOfGroup.keySet()) {
        shardLoad.put(g, new double[shards]);
        keyLoad.put(g, new HashMap<>());
      }
    }

    @Override
    public void accept(Transaction tx) {
      if (!tx.committed()) {
        return;
      }
      for (TableAccess a : tx.accesses()) {
        TablePlacement tp = dist.get(a.table());
        if (tp == null) {
          continue;
        }
        List<String> values = a.valuesOf(tp.column());
        long nonNull = values.stream().filter(Objects::nonNull).count();
        if (nonNull == 0) {
          spread[0] += 1;
          continue;
        }
        NodeMapper.TableMapping m = mapper.mapping(tp.table()).orElseThrow();
        double share = 1.0 / nonNull;
        for (String v : values) {
          if (v == null) {
            continue;
          }
          shardLoad.get(tp.colocationGroup())[m.shard(v)] += share;
          Map<String, double[]> keys = keyLoad.get(tp.colocationGroup());
          double[] k = keys.get(v);
          if (k == null && keys.size() < MAX_KEYS) {
            k = new double[2];
            k[1] = m.shard(v);
            keys.put(v, k);
          }
          if (k != null) {
            k[0] += share;
          }
        }
      }
    }

    /**
     * @param maxMoves budget of moves (and isolations)
     * @param showValues whether isolated keys carry their value (else the DDL names them by rank)
     */
    public SkewPlan plan(int maxMoves, boolean showValues) {
      double total = spread[0];
      for (double[] l : shardLoad.values()) {
        for (double x : l) {
          total += x;
        }
      }
      List<Unit> units = new ArrayList<>();
      for (Map.Entry<Integer, double[]> e : shardLoad.entrySet()) {
        for (int s = 0; s < shards; s++) {
          if (e.getValue()[s] > 0) {
            units.add(new Unit(e.getKey(), firstOfGroup.get(e.getKey()), s, 0, null, e.getValue()[s],
                mapper.shardMap().nodeOfShard(s)));
          }
        }
      }
      double[] before = new double[n];
      Arrays.fill(before, spread[0] / n);
      for (Unit u : units) {
        before[u.node] += u.load;
      }
      double mean = total / n;
      List<ShardMove> moves = new ArrayList<>();
      String stop;
      if (total == 0) {
        return new SkewPlan(1.0, 1.0, shares(before, 1), shares(before, 1), moves, "no access names a key");
      }
      // Hot keys that share a shard and alone carry more than a node's fair load: isolate them.
      for (Map.Entry<Integer, Map<String, double[]>> e : keyLoad.entrySet()) {
        List<Map.Entry<String, double[]>> keys = new ArrayList<>(e.getValue().entrySet());
        keys.sort(Comparator.comparingDouble((Map.Entry<String, double[]> k) -> -k.getValue()[0])
            .thenComparing(Map.Entry::getKey));
        for (int r = 0; r < keys.size() && moves.size() < maxMoves; r++) {
          double[] k = keys.get(r).getValue();
          if (k[0] < 0.5 * mean) {
            break;
          }
          int s = (int) k[1];
          Unit shard = null;
          for (Unit u : units) {
            if (u.group == e.getKey() && u.shard == s && u.keyRank == 0) {
              shard = u;
            }
          }
          if (shard == null || shard.load - k[0] < 1e-9) {
            continue; // alone in its shard already
          }
          shard.load -= k[0];
          String value = showValues ? keys.get(r).getKey() : null;
          Unit iso = new Unit(e.getKey(), firstOfGroup.get(e.getKey()), s, r + 1, value, k[0], shard.node);
          units.add(iso);
          moves.add(new ShardMove("isolate", e.getKey(), iso.table, s, shard.node, shard.node, k[0] / total, r + 1,
              value));
        }
      }
      double[] load = new double[n];
      Arrays.fill(load, spread[0] / n);
      for (Unit u : units) {
        load[u.node] += u.load;
      }
      int made = 0;
      while (true) {
        int max = argMax(load);
        int min = argMin(load);
        if (load[max] <= TARGET * mean) {
          stop = String.format(Locale.ROOT, "skew %.3f is at most %.2f", load[max] / mean, TARGET);
          break;
        }
        if (made >= maxMoves) {
          stop = "move budget of " + maxMoves + " reached";
          break;
        }
        Unit best = null;
        double bestPeak = load[max];
        for (Unit u : units) {
          if (u.node != max) {
            continue;
          }
          double peak = Math.max(load[max] - u.load, load[min] + u.load);
          if (peak < bestPeak - 1e-9) {
            bestPeak = peak;
            best = u;
          }
        }
        if (best == null) {
          stop = "no move lowers the busiest node";
          break;
        }
        load[max] -= best.load;
        load[min] += best.load;
        best.node = min;
        made++;
      }
      // One move per unit that ends away from where it started (a unit moved twice moves once).
      List<ShardMove> out = new ArrayList<>(moves);
      for (Unit u : units) {
        if (u.node != u.origin) {
          out.add(new ShardMove("move", u.group, u.table, u.shard, u.origin, u.node, u.load / total, u.keyRank, u.value));
        }
      }
      double skewBefore = max(before) / mean;
      double skewAfter = max(load) / mean;
      if (skewBefore <= SkewPlan.LIMIT) {
        return new SkewPlan(skewBefore, skewBefore, shares(before, total), shares(before, total), List.of(),
            String.format(Locale.ROOT, "skew %.3f is at most %.1f: no plan needed", skewBefore, SkewPlan.LIMIT));
      }
      return new SkewPlan(skewBefore, skewAfter, shares(before, total), shares(load, total), out, stop);
    }
  }

  private static List<Double> shares(double[] load, double total) {
    List<Double> out = new ArrayList<>();
    for (double l : load) {
      out.add(total == 0 ? 0 : l / total);
    }
    return out;
  }

  private static int argMax(double[] a) {
    int b = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] > a[b] + 1e-12) {
        b = i;
      }
    }
    return b;
  }

  private static int argMin(double[] a) {
    int b = 0;
    for (int i = 1; i < a.length; i++) {
      if (a[i] < a[b] - 1e-12) {
        b = i;
      }
    }
    return b;
  }

  private static double max(double[] a) {
    return a[argMax(a)];
  }
}
