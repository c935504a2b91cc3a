package shardplan.reports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.cost.PlacementEvaluation;
import shardplan.partitioner.cost.PlacementEvaluator;
import shardplan.partitioner.hash.NodeMapper;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.rowgraph.LongIntHashMap;
import shardplan.reports.model.Evaluation;
import shardplan.reports.model.HotKey;
import shardplan.reports.model.ScalingPoint;
import shardplan.reports.model.TablePair;

/**
 * Computes what the report shows beyond the advice's own metrics, from the profile's transaction
 * stream: the advice and the baselines evaluated at 2 to 32 nodes with the cost model, the load
 * per node, the hottest keys and the tables used together. Two passes over the stream (one by
 * the cost model for all placements at once, one here); deterministic.
 */
public final class ReportEvaluation {
  /** Node counts of the scaling section. */
  public static final List<Integer> NODE_COUNTS = List.of(2, 4, 8, 16, 32);
  /** Hot keys listed. */
  public static final int HOT_KEYS = 10;
  /** Tables of one transaction counted for co-access at most (pairs grow with the square). */
  static final int MAX_TABLES_PER_TRANSACTION = 40;

  private ReportEvaluation() {
  }

  /**
   * Evaluates the advice.
   *
   * @param showValues whether hot keys keep their values; without it they are never stored
   */
  public static Evaluation evaluate(Advice advice, WorkloadProfile profile, boolean showValues) {
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(profile, "profile");
    if (!profile.rowLevel() || profile.transactionStream().size() == 0) {
      return new Evaluation(List.of(), List.of(), List.of(), List.of(), differences(advice, profile), false);
    }
    Placement advised = advice.placement();
    Map<String, java.util.function.IntFunction<Placement>> kinds = new LinkedHashMap<>();
    kinds.put("advised", n -> new Placement(n, advised.shardCount(), advised.tables()));
    kinds.put(Baselines.HASH_PRIMARY_KEY, n -> Baselines.hashPrimaryKey(profile.schema(), n, advised.shardCount()));
    kinds.put(Baselines.REPLICATE_ALL, n -> Baselines.replicateAll(profile.schema(), n, advised.shardCount()));
    List<Placement> runs = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<Integer> nodes = new ArrayList<>();
    kinds.forEach((name, make) -> {
      for (int n : NODE_COUNTS) {
        runs.add(make.apply(n));
        names.add(name);
        nodes.add(n);
      }
    });
    runs.add(advised);
    List<PlacementEvaluation> results = new PlacementEvaluator().evaluateAllInDetail(runs, profile);
    Stream stream = scan(advice, profile, showValues);
    List<ScalingPoint> scaling = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      PlacementEvaluation e = results.get(i);
      var routing = e.metrics().routing();
      scaling.add(new ScalingPoint(names.get(i), nodes.get(i), e.metrics().distributedTransactionFraction(),
          routing.statements() == 0 ? 0.0 : (double) routing.multiShardStatements() / routing.statements(),
          e.metrics().loadSkew(), e.metrics().replicationWriteAmplification()));
    }
    return new Evaluation(scaling, results.get(results.size() - 1).nodeRowAccesses(), stream.hotKeys, stream.pairs,
        differences(advice, profile), profile.transactionStream().sampleRate() < 1.0);
  }

  /** What one pass over the stream collects. */
  private record Stream(List<HotKey> hotKeys, List<TablePair> pairs) {
  }

  private static Stream scan(Advice advice, WorkloadProfile profile, boolean showValues) {
    Placement advised = advice.placement();
    Map<String, String> distColumn = new HashMap<>();
    Map<String, Integer> tableIndex = new HashMap<>();
    advised.tables().stream().filter(t -> t.kind() == PlacementKind.DISTRIBUTED).forEach(t -> {
      distColumn.put(t.table(), t.column());
      tableIndex.put(t.table(), tableIndex.size());
    });
    // Keys are counted by a 64-bit hash of (table, value) in a primitive map, so that memory
    // stays at ~16 bytes a distinct key; the values of the few hottest are read in a second pass.
    LongIntHashMap keyCounts = new LongIntHashMap(1 << 16);
    long[] boundAccesses = new long[tableIndex.size()];
    Map<String, Long> pairCounts = new HashMap<>();
    profile.transactionStream().forEach(tx -> {
      TreeSet<String> tables = new TreeSet<>();
      for (TableAccess a : tx.accesses()) {
        tables.add(a.table());
        Integer ti = tableIndex.get(a.table());
        if (ti != null) {
          List<String> values = a.valuesOf(distColumn.get(a.table()));
          if (!values.isEmpty()) {
            boundAccesses[ti]++;
            for (String v : new TreeSet<>(values.stream().filter(Objects::nonNull).toList())) {
              keyCounts.add(keyHash(ti, v), 1);
            }
          }
        }
      }
      if (tables.size() > 1 && tables.size() <= MAX_TABLES_PER_TRANSACTION) {
        List<String> list = new ArrayList<>(tables);
        for (int i = 0; i < list.size(); i++) {
          for (int j = i + 1; j < list.size(); j++) {
            pairCounts.merge(list.get(i) + "\u0000" + list.get(j), 1L, Long::sum);
          }
        }
      }
    });
    // The hottest hashes: a bounded heap over the counts (ties kept so that the final order,
    // which breaks ties by table and value, does not depend on the hash).
    List<long[]> counted = new ArrayList<>();
    keyCounts.forEach((k, c) -> counted.add(new long[] {k, c}));
    counted.sort((x, y) -> Long.compare(y[1], x[1]));
    long cut = counted.size() <= HOT_KEYS ? 0 : counted.get(HOT_KEYS - 1)[1];
    Map<Long, Long> hotHashes = new HashMap<>();
    for (long[] e : counted) {
      if (e[1] < cut || e[1] == 0 || hotHashes.size() >= 4 * HOT_KEYS && e[1] == cut) {
        break;
      }
      hotHashes.put(e[0], e[1]);
    }
    record Candidate(String table, String value, long count) {
    }
    Map<Long, Candidate> found = new HashMap<>();
    if (!hotHashes.isEmpty()) {
      profile.transactionStream().forEach(tx -> {
        for (TableAccess a : tx.accesses()) {
          Integer ti = tableIndex.get(a.table());
          if (ti == null || found.size() == hotHashes.size()) {
            continue;
          }
          for (String v : a.valuesOf(distColumn.get(a.table()))) {
            if (v != null) {
              long h = keyHash(ti, v);
              Long c = hotHashes.get(h);
              if (c != null && !found.containsKey(h)) {
                found.put(h, new Candidate(a.table(), v, c));
              }
            }
          }
        }
      });
    }
    List<Candidate> all = new ArrayList<>(found.values());
    all.sort(Comparator.comparingLong(Candidate::count).reversed().thenComparing(Candidate::table)
        .thenComparing(Candidate::value));
    NodeMapper mapper = NodeMapper.of(advised, profile.schema());
    List<HotKey> hot = new ArrayList<>();
    for (Candidate c : all.subList(0, Math.min(HOT_KEYS, all.size()))) {
      long bound = Math.max(1, boundAccesses[tableIndex.get(c.table())]);
      hot.add(new HotKey(hot.size() + 1, c.table(), distColumn.get(c.table()), showValues ? c.value() : null,
          c.count(), (double) c.count() / bound, mapper.nodeOf(c.table(), c.value())));
    }
    List<TablePair> pairs = new ArrayList<>();
    pairCounts.forEach((k, v) -> {
      int z = k.indexOf('\u0000');
      pairs.add(new TablePair(k.substring(0, z), k.substring(z + 1), v));
    });
    pairs.sort(Comparator.comparingLong(TablePair::transactions).reversed().thenComparing(TablePair::a)
        .thenComparing(TablePair::b));
    return new Stream(hot, pairs);
  }

  /** A 64-bit hash of a value of a table (FNV-1a over the characters, then a finaliser). */
  static long keyHash(int table, String value) {
    long h = (0xcbf29ce484222325L ^ table) * 0x100000001b3L;
    h = (h ^ 0xff) * 0x100000001b3L;
    for (int i = 0; i < value.length(); i++) {
      h ^= value.charAt(i);
      h *= 0x100000001b3L;
    }
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    return h == Long.MIN_VALUE ? Long.MIN_VALUE + 1 : h;
  }

  /** Per baseline, the tables it places differently from the advice, at the advice's node count. */
  static Map<String, List<String>> differences(Advice advice, WorkloadProfile profile) {
    Placement advised = advice.placement();
    Map<String, Placement> baselines = new LinkedHashMap<>();
    baselines.put(Baselines.HASH_PRIMARY_KEY, Baselines.hashPrimaryKey(profile.schema(), advised.nodes(),
        advised.shardCount()));
    baselines.put(Baselines.REPLICATE_ALL, Baselines.replicateAll(profile.schema(), advised.nodes(),
        advised.shardCount()));
    Map<String, List<String>> out = new LinkedHashMap<>();
    baselines.forEach((name, b) -> {
      List<String> diffs = new ArrayList<>();
      for (TablePlacement t : advised.tables()) {
        TablePlacement o = b.table(t.table()).orElse(null);
        if (o == null) {
          continue;
        }
        String mine = describe(t);
        String theirs = describe(o);
        if (!mine.equals(theirs)) {
          diffs.add(t.table() + ": " + theirs + " instead of " + mine);
        }
      }
      out.put(name, diffs);
    });
    return out;
  }

  static String describe(TablePlacement t) {
    return t.kind() == PlacementKind.DISTRIBUTED ? "distributed on " + t.column() : t.kind().jsonName();
  }
}
