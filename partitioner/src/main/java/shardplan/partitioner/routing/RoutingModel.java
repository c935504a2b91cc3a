package shardplan.partitioner.routing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.StatementFacts;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.TemplateUsage;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.hash.CitusShardMap;
import shardplan.partitioner.hash.ColumnHash;
import shardplan.partitioner.hash.PgHash;
import shardplan.partitioner.hash.PgTypeHashes;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.StatementRoute;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TablePlacement;
import shardplan.partitioner.model.TemplateRouting;

/**
 * The Citus routing model: how Citus's planner routes every logged statement of a workload under
 * a placement ({@link StatementRoute}), and which transactions reach more than one node. Built
 * once per profile, then asked about any number of placements: this is the cost function a
 * design search calls thousands of times.
 *
 * <h2>Use</h2>
 * <pre>{@code
 * RoutingModel model = RoutingModel.of(profile);        // once: O(statements in the stream)
 * StatementRouting r = model.evaluate(placement);        // per candidate
 * r.singleShardStatements(); r.distributedTransactionFraction(); r.unsupportedTemplates();
 * }</pre>
 *
 * <h2>Rules (Citus 13, {@code multi_router_planner.c}, {@code fast_path_router_planner.c})</h2>
 * <ul>
 *   <li>A distributed table's access is pinned by the values bound to its distribution column:
 *       directly ({@code col = $1}), through join equalities ({@code a.x = b.y AND b.y = $1}, the
 *       analyzer propagates the binding), by an IN list or ANY array, or by an INSERT's values.
 *       The values are hashed with PostgreSQL's hash function of the column type and mapped to
 *       Citus's shard ranges ({@link CitusShardMap}); a NULL value prunes to no shard. An access
 *       that does not bind the distribution column reaches every shard. An INSERT row without a
 *       distribution value (a column default) goes to one shard the log cannot tell.</li>
 *   <li><b>Single-shard</b>: every distributed table is pruned to at most one shard, all in one
 *       colocation group and at the same shard index (Citus's router requires
 *       {@code AllShardsColocated}); reference tables may join in. Also any statement whose
 *       pruning leaves one task: an IN list whose values hash to one shard, a multi-row INSERT
 *       whose rows land on one shard.</li>
 *   <li><b>Multi-shard</b>: otherwise, one task per shard index reached by every distributed
 *       table (the intersection of their pruned shards); with two or more distributed tables they
 *       must be in one colocation group and joined on their distribution columns (transitively),
 *       else the statement is <b>unsupported</b> (Citus needs a repartition join). Distributed
 *       tables of different colocation groups in one statement are unsupported too.</li>
 *   <li>No distributed table: a write to a reference table is a <b>reference write</b> (every
 *       node, two-phase commit), else a <b>reference read</b> (one node), else <b>local</b> (only
 *       tables the placement leaves on the coordinator).</li>
 *   <li><b>Uncertain</b>: the routing depends on values the input does not have: a pg_stat_statements
 *       template whose distribution column is bound by several parameters (an IN list, a
 *       multi-row INSERT) or by unrelated parameters on two tables, a log statement whose
 *       template binds the distribution column but whose values were not logged, a multi-row
 *       INSERT without distribution values.</li>
 *   <li>Nodes: shard {@code i} is on node {@code i mod nodes}. A transaction is distributed when
 *       the nodes its statements reach are more than one: single-shard statements reach their
 *       shard's node, multi-shard statements the nodes of their shards, reference writes every
 *       node; reference reads, local, unsupported and uncertain statements add no node.</li>
 * </ul>
 *
 * <h2>Cost</h2>
 * {@link #of} reads the transaction stream once and interns it: distinct value lists per column
 * (hashed once, with the column's type), distinct statements (template + value-list ids), and
 * distinct transactions (sets of distinct statements). {@link #evaluate} then costs
 * O(distinct value lists of the distribution columns + distinct statements × their tables +
 * distinct transactions × their statements), independent of the log's size once it repeats;
 * the shards of a column's value lists are cached per shard count across calls, so a search
 * that only changes groups or reference/distributed choices pays for them once. Memory is
 * proportional to the interned stream (sample the profile for very large logs).
 *
 * <p>Deterministic. Instances are immutable after {@link #of} and {@link #evaluate} is
 * thread-safe.
 */
public final class RoutingModel {
  private static final AccessKind[] KINDS = AccessKind.values();
  /** A value list of a pg_stat_statements template bound by several unknown values. */
  private static final int UNKNOWN_MANY = -1;

  private final boolean rowLevel;
  private final String[] tableNames;
  private final Map<String, Integer> tableIndex;
  // columns that some access binds
  private final int[] colTable;
  private final String[] colName;
  private final Map<String, Integer> colIndex;
  /** Per column: its distinct value lists (each value's hash in {@link #hashes}). */
  private final String[][][] valueLists;
  /** Per column and value list: the hashes of its non-null values. */
  private final int[][][] hashes;
  /** Per column and value list: 0 for literal values, a symbol (&gt; 0) or {@link #UNKNOWN_MANY}. */
  private final int[][] symbols;
  // templates
  private final String[] templateIds;
  private final String[] templateSql;
  private final TemplateFacts[] templateFacts;
  // distinct statements: [template, accesses, (table, kind, bindings, (column, valueList)*)*]
  private final int[][] statements;
  private final long[] statementWeight;
  // distinct transactions: sorted distinct statement ids
  private final int[][] transactions;
  private final long[] transactionWeight;
  private final long transactionCount;
  private final long invalidValues;
  private final Map<Long, int[][]> shardCache = new ConcurrentHashMap<>();

  /** Per-template facts the rules need, computed once. */
  private record TemplateFacts(StatementKind kind, Map<String, Integer> joinClass, Map<String, Integer> pinned) {
    /** Whether the template binds {@code table.column} by a parameter, directly or through joins. */
    boolean pins(String table, String column) {
      return pinned.containsKey(table + "." + column);
    }

    Integer joinClass(String table, String column) {
      return joinClass.get(table + "." + column);
    }
  }

  private RoutingModel(Builder b) {
    this.rowLevel = b.rowLevel;
    this.tableNames = b.tableNames.toArray(new String[0]);
    this.tableIndex = Map.copyOf(b.tableIndex);
    int cols = b.colTable.size();
    this.colTable = b.colTable.stream().mapToInt(Integer::intValue).toArray();
    this.colName = b.colName.toArray(new String[0]);
    this.colIndex = Map.copyOf(b.colIndex);
    this.valueLists = new String[cols][][];
    this.hashes = new int[cols][][];
    this.symbols = new int[cols][];
    long invalid = 0;
    for (int c = 0; c < cols; c++) {
      List<List<String>> lists = b.valueLists.get(c);
      valueLists[c] = new String[lists.size()][];
      hashes[c] = new int[lists.size()][];
      symbols[c] = b.symbols.get(c).stream().mapToInt(Integer::intValue).toArray();
      ColumnHash h = b.columnHash(colTable[c], colName[c]);
      for (int v = 0; v < lists.size(); v++) {
        List<String> values = lists.get(v);
        valueLists[c][v] = values.toArray(new String[0]);
        int[] hs = new int[values.size()];
        int n = 0;
        if (symbols[c][v] == 0) {
          for (String value : values) {
            if (value == null) {
              continue;
            }
            int hash;
            if (h == null) {
              hash = PgHash.hashText(value);
            } else {
              try {
                hash = h.hash(value);
              } catch (RuntimeException e) {
                invalid++;
                hash = PgHash.hashText(value);
              }
            }
            hs[n++] = hash;
          }
        }
        hashes[c][v] = Arrays.copyOf(hs, n);
      }
    }
    this.invalidValues = invalid;
    this.templateIds = b.templateIds.toArray(new String[0]);
    this.templateSql = b.templateSql.toArray(new String[0]);
    this.templateFacts = b.templateFacts.toArray(new TemplateFacts[0]);
    this.statements = b.statements.arrays();
    this.statementWeight = b.statements.weights();
    this.transactions = b.transactions.toArray(new int[0][]);
    this.transactionWeight = b.transactionWeight.stream().mapToLong(Long::longValue).toArray();
    this.transactionCount = b.transactionCount;
  }

  /**
   * Builds the model of a profile: from its transaction stream when it has row-level values,
   * else (a pg_stat_statements export) from its templates weighted by their calls.
   */
  public static RoutingModel of(WorkloadProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Interning i = interning(profile);
    if (profile.rowLevel()) {
      profile.transactionStream().forEach(i);
    }
    return i.model();
  }

  /**
   * The model built one transaction at a time, so that its pass over the stream can be shared
   * with other readers: give it every transaction of the profile's stream in log order (none for
   * a profile without row-level values), then take {@link Interning#model()} once.
   */
  public static Interning interning(WorkloadProfile profile) {
    return new Interning(new Builder(Objects.requireNonNull(profile, "profile")));
  }

  /** A model being built from the transactions given to it; see {@link #interning}. */
  public static final class Interning implements java.util.function.Consumer<Transaction> {
    private final Builder builder;
    private RoutingModel model;

    private Interning(Builder builder) {
      this.builder = builder;
    }

    @Override
    public void accept(Transaction tx) {
      if (model != null) {
        throw new IllegalStateException("the model was built already");
      }
      if (builder.rowLevel) {
        builder.transaction(tx);
      }
    }

    /** The model of the transactions given (of the templates, without row-level values). */
    public RoutingModel model() {
      if (model == null) {
        if (!builder.rowLevel) {
          builder.templatesOnly();
        }
        model = new RoutingModel(builder);
      }
      return model;
    }
  }

  /** True when built from logged values; false when built from templates only (pg_stat_statements). */
  public boolean rowLevel() {
    return rowLevel;
  }

  /** Distinct statements (template and bound value lists) the model holds. */
  public int distinctStatements() {
    return statements.length;
  }

  /** Bound values that were not valid for their column's type (placed by a hash of their text). */
  public long invalidValues() {
    return invalidValues;
  }

  /** Evaluates several placements; results in the given order. */
  public List<StatementRouting> evaluateAll(List<Placement> placements) {
    List<StatementRouting> out = new ArrayList<>(placements.size());
    for (Placement p : placements) {
      out.add(evaluate(p));
    }
    return out;
  }

  /**
   * How Citus routes every statement of the profile under {@code placement}. Tables placed
   * {@code local}, and tables of the schema that the placement does not name, stay on the
   * coordinator.
   *
   * @throws IllegalArgumentException if a distributed table's column is not in the schema
   */
  public StatementRouting evaluate(Placement placement) {
    Objects.requireNonNull(placement, "placement");
    return new Evaluation(placement).run();
  }

  /** The mutable working state of one evaluation. */
  private final class Evaluation {
    static final byte LOCAL = 0;
    static final byte REFERENCE = 1;
    static final byte DISTRIBUTED = 2;

    final int nodes;
    final int shardCount;
    final CitusShardMap map;
    final byte[] role;
    final int[] group;
    final String[] distColumn;
    final int[] distCol;
    final int[][][] shardsOf;
    final int words;
    // per distinct statement
    final StatementRoute[] route;
    final int[] tasks;
    final int[] nodeCount;
    final long[] nodeSets;
    final String[] reason;
    // scratch for one statement: per distributed table met
    int[] metTable = new int[8];
    int met;
    boolean[] all = new boolean[8];
    int[] symbol = new int[8];
    int[] unknownRows = new int[8];
    int[][] shards = new int[8][8];
    int[] shardN = new int[8];

    Evaluation(Placement placement) {
      this.nodes = placement.nodes();
      this.shardCount = placement.shardCount();
      this.map = new CitusShardMap(shardCount, nodes);
      int t = tableNames.length;
      this.role = new byte[t];
      this.group = new int[t];
      this.distColumn = new String[t];
      this.distCol = new int[t];
      Arrays.fill(distCol, -1);
      for (int i = 0; i < t; i++) {
        Optional<TablePlacement> tp = placement.table(tableNames[i]);
        if (tp.isEmpty() || tp.get().kind() == PlacementKind.LOCAL) {
          role[i] = LOCAL;
        } else if (tp.get().kind() == PlacementKind.REFERENCE) {
          role[i] = REFERENCE;
        } else {
          role[i] = DISTRIBUTED;
          group[i] = tp.get().colocationGroup();
          distColumn[i] = tp.get().column();
          Integer c = colIndex.get(tableNames[i] + "." + tp.get().column());
          distCol[i] = c == null ? -1 : c;
        }
      }
      this.shardsOf = new int[colTable.length][][];
      for (int i = 0; i < t; i++) {
        if (distCol[i] >= 0) {
          int c = distCol[i];
          shardsOf[c] = shardCache.computeIfAbsent(((long) c << 20) | shardCount, k -> shards(c));
        }
      }
      this.words = (nodes + 63) >>> 6;
      int s = statements.length;
      this.route = new StatementRoute[s];
      this.tasks = new int[s];
      this.nodeCount = new int[s];
      this.nodeSets = new long[s * words];
      this.reason = new String[s];
    }

    /** The distinct shard indexes of every value list of column {@code c}. */
    int[][] shards(int c) {
      int[][] out = new int[hashes[c].length][];
      for (int v = 0; v < out.length; v++) {
        int[] hs = hashes[c][v];
        int[] sh = new int[hs.length];
        for (int i = 0; i < hs.length; i++) {
          sh[i] = map.shardIndex(hs[i]);
        }
        out[v] = Arrays.stream(sh).sorted().distinct().toArray();
      }
      return out;
    }

    StatementRouting run() {
      for (int s = 0; s < statements.length; s++) {
        classify(s);
      }
      long[] counts = new long[StatementRoute.values().length];
      long shardsReached = 0;
      long nodesReached = 0;
      long[][] perTemplate = new long[templateIds.length][StatementRoute.values().length + 2];
      String[] templateReason = new String[templateIds.length];
      for (int s = 0; s < statements.length; s++) {
        long w = statementWeight[s];
        int tpl = statements[s][0];
        counts[route[s].ordinal()] += w;
        shardsReached += w * tasks[s];
        nodesReached += w * nodeCount[s];
        long[] pt = perTemplate[tpl];
        pt[route[s].ordinal()] += w;
        pt[pt.length - 2] += w * tasks[s];
        pt[pt.length - 1] += w * nodeCount[s];
        if (reason[s] != null && templateReason[tpl] == null) {
          templateReason[tpl] = reason[s];
        }
      }
      long distributed = 0;
      long[] union = new long[words];
      for (int x = 0; x < transactions.length; x++) {
        Arrays.fill(union, 0);
        for (int s : transactions[x]) {
          for (int w = 0; w < words; w++) {
            union[w] |= nodeSets[s * words + w];
          }
        }
        int bits = 0;
        for (int w = 0; w < words; w++) {
          bits += Long.bitCount(union[w]);
        }
        if (bits > 1) {
          distributed += transactionWeight[x];
        }
      }
      List<TemplateRouting> templates = new ArrayList<>();
      StatementRoute[] routes = StatementRoute.values();
      for (int t = 0; t < templateIds.length; t++) {
        long[] pt = perTemplate[t];
        long total = 0;
        for (int r = 0; r < routes.length; r++) {
          total += pt[r];
        }
        if (total == 0) {
          continue;
        }
        templates.add(new TemplateRouting(templateIds[t], templateSql[t], total,
            pt[StatementRoute.SINGLE_SHARD.ordinal()], pt[StatementRoute.MULTI_SHARD.ordinal()],
            pt[StatementRoute.REFERENCE_READ.ordinal()], pt[StatementRoute.REFERENCE_WRITE.ordinal()],
            pt[StatementRoute.LOCAL.ordinal()], pt[StatementRoute.UNSUPPORTED.ordinal()],
            pt[StatementRoute.UNCERTAIN.ordinal()], pt[pt.length - 2], pt[pt.length - 1], templateReason[t]));
      }
      templates.sort((a, b) -> a.statements() != b.statements() ? Long.compare(b.statements(), a.statements())
          : a.templateId().compareTo(b.templateId()));
      long total = 0;
      for (long c : counts) {
        total += c;
      }
      return new StatementRouting(total, counts[StatementRoute.SINGLE_SHARD.ordinal()],
          counts[StatementRoute.MULTI_SHARD.ordinal()], counts[StatementRoute.REFERENCE_READ.ordinal()],
          counts[StatementRoute.REFERENCE_WRITE.ordinal()], counts[StatementRoute.LOCAL.ordinal()],
          counts[StatementRoute.UNSUPPORTED.ordinal()], counts[StatementRoute.UNCERTAIN.ordinal()],
          shardsReached, nodesReached, transactionCount, distributed, templates);
    }

    private int slotOf(int table) {
      for (int i = 0; i < met; i++) {
        if (metTable[i] == table) {
          return i;
        }
      }
      if (met == metTable.length) {
        int n = met * 2;
        metTable = Arrays.copyOf(metTable, n);
        all = Arrays.copyOf(all, n);
        symbol = Arrays.copyOf(symbol, n);
        unknownRows = Arrays.copyOf(unknownRows, n);
        shardN = Arrays.copyOf(shardN, n);
        shards = Arrays.copyOf(shards, n);
        for (int i = met; i < n; i++) {
          shards[i] = new int[8];
        }
      }
      int i = met++;
      metTable[i] = table;
      all[i] = false;
      symbol[i] = 0;
      unknownRows[i] = 0;
      shardN[i] = 0;
      return i;
    }

    private void addShards(int slot, int[] sh) {
      for (int x : sh) {
        int n = shardN[slot];
        boolean seen = false;
        for (int i = 0; i < n; i++) {
          if (shards[slot][i] == x) {
            seen = true;
            break;
          }
        }
        if (!seen) {
          if (n == shards[slot].length) {
            shards[slot] = Arrays.copyOf(shards[slot], n * 2);
          }
          shards[slot][n] = x;
          shardN[slot] = n + 1;
        }
      }
    }

    private void classify(int s) {
      int[] st = statements[s];
      int tpl = st[0];
      TemplateFacts facts = templateFacts[tpl];
      int accesses = st[1];
      met = 0;
      boolean hasReference = false;
      boolean referenceWrite = false;
      String uncertain = null;
      int p = 2;
      for (int a = 0; a < accesses; a++) {
        int table = st[p++];
        AccessKind kind = KINDS[st[p++]];
        int bindings = st[p++];
        int boundList = -1;
        for (int b = 0; b < bindings; b++) {
          int col = st[p++];
          int list = st[p++];
          if (col == distCol[table] && role[table] == DISTRIBUTED) {
            boundList = list;
          }
        }
        if (role[table] == REFERENCE) {
          hasReference = true;
          referenceWrite |= kind.writes();
          continue;
        }
        if (role[table] != DISTRIBUTED) {
          continue;
        }
        int slot = slotOf(table);
        if (boundList >= 0) {
          int sym = symbols[distCol[table]][boundList];
          if (sym == UNKNOWN_MANY) {
            uncertain = "binds " + tableNames[table] + "." + distColumn[table]
                + " by several parameters whose values the input does not give";
          } else if (sym > 0) {
            if (symbol[slot] != 0 && symbol[slot] != sym) {
              uncertain = "binds " + tableNames[table] + "." + distColumn[table]
                  + " by two parameters whose values the input does not give";
            }
            symbol[slot] = sym;
          } else {
            addShards(slot, shardsOf[distCol[table]][boundList]);
          }
        } else if (kind == AccessKind.INSERT) {
          unknownRows[slot]++;
        } else if (rowLevel && facts != null && facts.pins(tableNames[table], distColumn[table])) {
          uncertain = "binds " + tableNames[table] + "." + distColumn[table] + " but the log did not give its value";
        } else {
          all[slot] = true;
        }
      }
      if (uncertain != null) {
        set(s, StatementRoute.UNCERTAIN, 0, uncertain);
        return;
      }
      if (met == 0) {
        if (referenceWrite) {
          set(s, StatementRoute.REFERENCE_WRITE, 1, null);
          nodeCount[s] = nodes;
          for (int n = 0; n < nodes; n++) {
            nodeSets[s * words + (n >>> 6)] |= 1L << (n & 63);
          }
        } else if (hasReference) {
          set(s, StatementRoute.REFERENCE_READ, 1, null);
          nodeCount[s] = 1;
        } else {
          set(s, StatementRoute.LOCAL, 0, null);
        }
        return;
      }
      int firstGroup = group[metTable[0]];
      boolean oneGroup = true;
      int maxCount = 0;
      for (int i = 0; i < met; i++) {
        oneGroup &= group[metTable[i]] == firstGroup;
        if (unknownRows[i] > 1 && shardN[i] == 0 && !all[i]) {
          set(s, StatementRoute.UNCERTAIN, 0, "inserts several rows into " + tableNames[metTable[i]]
              + " without values of its distribution column " + distColumn[metTable[i]]);
          return;
        }
        maxCount = Math.max(maxCount, count(i));
      }
      if (!oneGroup) {
        set(s, StatementRoute.UNSUPPORTED, 0, "uses distributed tables of different colocation groups ("
            + groupList() + ") in one statement");
        return;
      }
      if (maxCount > 1 && met > 1) {
        Integer cls = facts == null ? null : facts.joinClass(tableNames[metTable[0]], distColumn[metTable[0]]);
        for (int i = 1; i < met && cls != null; i++) {
          if (!cls.equals(facts.joinClass(tableNames[metTable[i]], distColumn[metTable[i]]))) {
            cls = null;
          }
        }
        if (cls == null) {
          set(s, StatementRoute.UNSUPPORTED, 0, "joins " + groupList()
              + " without equality of their distribution columns (Citus needs a repartition join)");
          return;
        }
      }
      // the tasks: shard indexes reached by every distributed table (unknown single shards and
      // symbols match any one shard)
      int[] taskShards = null;
      boolean unknownShard = false;
      boolean everyShard = true;
      int sym = 0;
      boolean symbolClash = false;
      for (int i = 0; i < met; i++) {
        if (all[i]) {
          continue;
        }
        if (symbol[i] != 0) {
          if (sym != 0 && sym != symbol[i]) {
            symbolClash = true;
          }
          sym = symbol[i];
        }
        if (shardN[i] > 0) {
          int[] mine = Arrays.copyOf(shards[i], shardN[i]);
          taskShards = taskShards == null ? mine : intersect(taskShards, mine);
          everyShard = false;
        } else if (symbol[i] != 0 || unknownRows[i] > 0) {
          unknownShard = true;
          everyShard = false;
        } else {
          // a NULL distribution value: no shard
          taskShards = new int[0];
          everyShard = false;
        }
      }
      if (symbolClash && taskShards == null) {
        set(s, StatementRoute.UNCERTAIN, 0, "pins " + groupList()
            + " by different parameters whose values the input does not give");
        return;
      }
      if (everyShard) {
        int n = shardCount;
        set(s, n > 1 ? StatementRoute.MULTI_SHARD : StatementRoute.SINGLE_SHARD, n, null);
        int reached = 0;
        for (int i = 0; i < Math.min(shardCount, nodes); i++) {
          nodeSets[s * words + (i >>> 6)] |= 1L << (i & 63);
          reached++;
        }
        nodeCount[s] = reached;
        return;
      }
      if (taskShards == null) {
        // pinned to one shard the input cannot name (a default-valued INSERT, a parameter)
        set(s, StatementRoute.SINGLE_SHARD, 1, null);
        nodeCount[s] = 1;
        if (sym == 0) {
          int node = (int) Math.floorMod(PgHash.hashInt8(s), (long) nodes);
          nodeSets[s * words + (node >>> 6)] |= 1L << (node & 63);
        }
        return;
      }
      int n = taskShards.length;
      set(s, n > 1 ? StatementRoute.MULTI_SHARD : StatementRoute.SINGLE_SHARD, n, null);
      int reached = 0;
      for (int shard : taskShards) {
        int node = map.nodeOfShard(shard);
        long bit = 1L << (node & 63);
        int w = s * words + (node >>> 6);
        if ((nodeSets[w] & bit) == 0) {
          nodeSets[w] |= bit;
          reached++;
        }
      }
      nodeCount[s] = reached;
    }

    private int count(int i) {
      if (all[i]) {
        return shardCount;
      }
      int c = shardN[i];
      if (c == 0 && (symbol[i] != 0 || unknownRows[i] > 0)) {
        return 1;
      }
      return c;
    }

    private String groupList() {
      List<String> names = new ArrayList<>();
      for (int i = 0; i < met; i++) {
        names.add(tableNames[metTable[i]] + " (" + distColumn[metTable[i]] + ", group " + group[metTable[i]] + ")");
      }
      names.sort(null);
      return String.join(", ", names);
    }

    private void set(int s, StatementRoute r, int taskCount, String why) {
      route[s] = r;
      tasks[s] = taskCount;
      reason[s] = why;
    }
  }

  private static int[] intersect(int[] a, int[] b) {
    int[] out = new int[Math.min(a.length, b.length)];
    int n = 0;
    for (int x : a) {
      for (int y : b) {
        if (x == y) {
          out[n++] = x;
          break;
        }
      }
    }
    return Arrays.copyOf(out, n);
  }

  /** Interns the profile into the model's arrays. */
  private static final class Builder {
    final WorkloadProfile profile;
    final boolean rowLevel;
    final Map<String, Table> schemaTables;
    final List<String> tableNames = new ArrayList<>();
    final Map<String, Integer> tableIndex = new HashMap<>();
    final List<Integer> colTable = new ArrayList<>();
    final List<String> colName = new ArrayList<>();
    final Map<String, Integer> colIndex = new HashMap<>();
    final List<Map<String, Integer>> columnsByTable = new ArrayList<>();
    final List<List<List<String>>> valueLists = new ArrayList<>();
    final List<Map<List<String>, Integer>> valueListIndex = new ArrayList<>();
    final List<List<Integer>> symbols = new ArrayList<>();
    final List<String> templateIds = new ArrayList<>();
    final List<String> templateSql = new ArrayList<>();
    final List<TemplateFacts> templateFacts = new ArrayList<>();
    final Map<String, Integer> templateIndex = new HashMap<>();
    final Map<String, TemplateUsage> usages = new HashMap<>();
    final IntArrayIndex statements = new IntArrayIndex();
    final List<int[]> transactions = new ArrayList<>();
    final List<Long> transactionWeight = new ArrayList<>();
    final Map<IntArray, Integer> transactionIndex = new HashMap<>();
    long transactionCount;
    int nextSymbol = 1;
    // scratch
    int[] buf = new int[64];
    int len;

    Builder(WorkloadProfile profile) {
      this.profile = profile;
      this.rowLevel = profile.rowLevel();
      this.schemaTables = profile.schema().byName();
      for (TemplateUsage u : profile.templates()) {
        usages.put(u.id(), u);
      }
    }

    ColumnHash columnHash(int table, String column) {
      Table t = schemaTables.get(tableNames.get(table));
      if (t == null) {
        return null;
      }
      Optional<Column> c = t.column(column);
      return c.flatMap(col -> PgTypeHashes.forType(col.type())).orElse(null);
    }

    int table(String name) {
      Integer i = tableIndex.get(name);
      if (i == null) {
        i = tableNames.size();
        tableNames.add(name);
        tableIndex.put(name, i);
      }
      return i;
    }

    int column(int table, String column) {
      while (columnsByTable.size() <= table) {
        columnsByTable.add(new HashMap<>());
      }
      Integer known = columnsByTable.get(table).get(column);
      if (known != null) {
        return known;
      }
      String key = tableNames.get(table) + "." + column;
      Integer i = colIndex.get(key);
      if (i == null) {
        i = colTable.size();
        colTable.add(table);
        colName.add(column);
        colIndex.put(key, i);
        valueLists.add(new ArrayList<>());
        valueListIndex.add(new HashMap<>());
        symbols.add(new ArrayList<>());
      }
      columnsByTable.get(table).put(column, i);
      return i;
    }

    int valueList(int col, List<String> values, int symbol) {
      List<String> key = symbol == 0 ? values : List.of("\u0000" + symbol);
      Integer i = valueListIndex.get(col).get(key);
      if (i == null) {
        i = valueLists.get(col).size();
        valueLists.get(col).add(symbol == 0 ? values : List.of());
        symbols.get(col).add(symbol);
        valueListIndex.get(col).put(key, i);
      }
      return i;
    }

    int template(String id) {
      Integer i = templateIndex.get(id);
      if (i == null) {
        i = templateIds.size();
        TemplateUsage u = usages.get(id);
        templateIds.add(id);
        templateSql.add(u == null ? "" : u.sql());
        templateFacts.add(u == null ? null : facts(u.facts()));
        templateIndex.put(id, i);
      }
      return i;
    }

    void put(int v) {
      if (len == buf.length) {
        buf = Arrays.copyOf(buf, len * 2);
      }
      buf[len++] = v;
    }

    int internStatement(long weight) {
      return statements.intern(buf, len, weight);
    }

    void transaction(Transaction tx) {
      transactionCount++;
      List<TableAccess> accesses = tx.accesses();
      int[] ids = new int[8];
      int n = 0;
      int a = 0;
      while (a < accesses.size()) {
        int ordinal = accesses.get(a).statement();
        String template = accesses.get(a).templateId();
        int end = a;
        while (end < accesses.size() && accesses.get(end).statement() == ordinal
            && accesses.get(end).templateId().equals(template)) {
          end++;
        }
        len = 0;
        put(template(template));
        put(end - a);
        for (int i = a; i < end; i++) {
          TableAccess access = accesses.get(i);
          int t = table(access.table());
          put(t);
          put(access.kind().ordinal());
          put(access.bindings().size());
          for (ColumnValues cv : access.bindings()) {
            int c = column(t, cv.column());
            put(c);
            put(valueList(c, cv.values(), 0));
          }
        }
        if (n == ids.length) {
          ids = Arrays.copyOf(ids, n * 2);
        }
        ids[n++] = internStatement(1);
        a = end;
      }
      int[] set = Arrays.stream(ids, 0, n).sorted().distinct().toArray();
      IntArray k = new IntArray(set);
      Integer i = transactionIndex.get(k);
      if (i == null) {
        transactionIndex.put(k, transactions.size());
        transactions.add(set);
        transactionWeight.add(1L);
      } else {
        transactionWeight.set(i, transactionWeight.get(i) + 1);
      }
    }

    /**
     * One statement per template, weighted by its calls; each call its own transaction. A
     * column bound (directly or through joins) by one parameter gets a symbol shared by the
     * columns equal to it; by several parameters, {@link #UNKNOWN_MANY}.
     */
    void templatesOnly() {
      for (TemplateUsage u : profile.templates()) {
        long calls = u.committedCalls() + u.abortedCalls();
        StatementFacts f = u.facts();
        if (calls <= 0 || (f.tablesRead().isEmpty() && f.tablesWritten().isEmpty())) {
          continue;
        }
        int tpl = template(u.id());
        TemplateFacts tf = templateFacts.get(tpl);
        Map<Integer, Integer> classSymbol = new HashMap<>();
        Map<Integer, java.util.Set<String>> classSlots = new HashMap<>();
        for (Predicate pr : f.predicates()) {
          Integer cls = tf.joinClass(pr.column().table(), pr.column().column());
          classSlots.computeIfAbsent(cls, k -> new java.util.TreeSet<>()).addAll(pr.slots());
        }
        AccessKind writeKind = switch (f.kind()) {
          case INSERT, UPSERT -> AccessKind.INSERT;
          case DELETE -> AccessKind.DELETE;
          default -> AccessKind.UPDATE;
        };
        java.util.TreeSet<String> tables = new java.util.TreeSet<>(f.tablesRead());
        tables.addAll(f.tablesWritten());
        len = 0;
        put(tpl);
        put(tables.size());
        for (String table : tables) {
          int t = table(table);
          put(t);
          put((f.tablesWritten().contains(table) ? writeKind : AccessKind.READ).ordinal());
          List<String> pinnedColumns = new ArrayList<>();
          for (Map.Entry<String, Integer> e : tf.pinned().entrySet()) {
            if (e.getKey().startsWith(table + ".") && e.getKey().indexOf('.', table.length() + 1) < 0) {
              pinnedColumns.add(e.getKey().substring(table.length() + 1));
            }
          }
          pinnedColumns.sort(null);
          put(pinnedColumns.size());
          for (String column : pinnedColumns) {
            int c = column(t, column);
            int cls = tf.joinClass(table, column);
            int slots = classSlots.getOrDefault(cls, java.util.Set.of()).size();
            int symbol = slots == 1 ? classSymbol.computeIfAbsent(cls, k -> nextSymbol++) : UNKNOWN_MANY;
            put(c);
            put(valueList(c, List.of(), symbol));
          }
        }
        int id = internStatement(calls);
        transactions.add(new int[] {id});
        transactionWeight.add(calls);
        transactionCount += calls;
      }
    }

    /** Join classes (union-find over the template's equi-joins) and the columns they pin. */
    static TemplateFacts facts(StatementFacts f) {
      Map<String, String> parent = new LinkedHashMap<>();
      for (JoinEdge j : f.joins()) {
        union(parent, key(j.left()), key(j.right()));
      }
      for (Predicate p : f.predicates()) {
        find(parent, key(p.column()));
      }
      Map<String, Integer> classIds = new HashMap<>();
      Map<String, Integer> joinClass = new HashMap<>();
      for (String k : new ArrayList<>(parent.keySet())) {
        String root = find(parent, k);
        joinClass.put(k, classIds.computeIfAbsent(root, r -> classIds.size()));
      }
      java.util.Set<Integer> pinnedClasses = new java.util.HashSet<>();
      for (Predicate p : f.predicates()) {
        if (!p.slots().isEmpty()) {
          pinnedClasses.add(joinClass.get(key(p.column())));
        }
      }
      Map<String, Integer> pinned = new HashMap<>();
      joinClass.forEach((k, c) -> {
        if (pinnedClasses.contains(c)) {
          pinned.put(k, c);
        }
      });
      return new TemplateFacts(f.kind(), Map.copyOf(joinClass), Map.copyOf(pinned));
    }

    static String key(ColumnRef c) {
      return c.table() + "." + c.column();
    }

    static String find(Map<String, String> parent, String x) {
      if (!parent.containsKey(x)) {
        parent.put(x, x);
        return x;
      }
      String root = x;
      while (!parent.get(root).equals(root)) {
        root = parent.get(root);
      }
      String y = x;
      while (!y.equals(root)) {
        String next = parent.get(y);
        parent.put(y, root);
        y = next;
      }
      return root;
    }

    static void union(Map<String, String> parent, String a, String b) {
      String ra = find(parent, a);
      String rb = find(parent, b);
      if (!ra.equals(rb)) {
        if (ra.compareTo(rb) < 0) {
          parent.put(rb, ra);
        } else {
          parent.put(ra, rb);
        }
      }
    }
  }

  /** An int array with value equality, for interning. */
  private record IntArray(int[] a) {
    @Override
    public boolean equals(Object o) {
      return o instanceof IntArray x && Arrays.equals(a, x.a);
    }

    /**
     * Not {@link Arrays#hashCode(int[])}: its polynomial in 31 gives the same code to many keys of
     * small ids that differ in two places, and a log of millions of distinct statements then fills
     * the map's bins with collisions.
     */
    @Override
    public int hashCode() {
      return IntArrayIndex.hash(a, a.length);
    }
  }
}
