package shardplan.partitioner.cost;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.hash.NodeMapper;
import shardplan.partitioner.hash.PgHash;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.routing.RoutingModel;
import shardplan.partitioner.model.TablePlacement;

/**
 * The cost model: replays a workload's transactions against a placement and measures it, with
 * values mapped to nodes exactly as Citus maps them ({@link NodeMapper}).
 *
 * <h2>Definitions</h2>
 * <ul>
 *   <li><b>Transactions.</b> Every transaction of the stream counts, committed or not: an aborted
 *       transaction ran its statements (and its distributed coordination) before it rolled back.
 *       When the stream is a sample, the metrics describe the sample.</li>
 *   <li><b>Rows of an access.</b> The row keys the statement names: the largest number of values
 *       bound to one column (an {@code IN} list of 10 is 10 rows), at least 1. A scan that names
 *       no key counts as one row. Each value of the distribution column carries an equal share
 *       of the access's rows.</li>
 *   <li><b>Nodes of an access.</b> A distributed-table access that binds the distribution column
 *       touches the nodes of its values (NULL values match no row and are ignored). One that does
 *       not bind it is multi-shard: it touches every node, its rows spread evenly over them. An
 *       INSERT whose row has no distribution value in the log (a column default such as a
 *       sequence) lands on one node we cannot know; it is put on a node drawn from the
 *       transaction's and the access's position, as a fresh key's shard is uniformly random.
 *       A reference-table read touches only the transaction's home node; a reference-table write
 *       touches every node.</li>
 *   <li><b>Home node</b> of a transaction: the node holding most of its distributed-table rows
 *       (lowest number on a tie). A transaction with no such rows (reference tables only, or only
 *       multi-shard accesses) is homed on node {@code position mod nodes}, as a router spreads
 *       such work.</li>
 *   <li><b>Distributed transaction</b> (the overloads that take a {@link WorkloadProfile}): one
 *       whose statements reach more than one node as Citus routes them ({@link RoutingModel}); a
 *       multi-shard statement does, a reference-table write does. The overloads that take a bare
 *       stream have no templates and count a transaction whose rows touch more than one node.</li>
 *   <li><b>Internode rows</b>: distributed-table rows on a node other than the home node, plus
 *       every reference-table row written × (nodes − 1) (the copies shipped to the other
 *       replicas). Bytes: the same rows × {@link RowWidths} of their table.</li>
 *   <li><b>Load skew</b>: row accesses per node (distributed rows on their node, reference reads on
 *       the home node, reference writes on every node); the busiest node's count over the mean;
 *       1.0 when nothing was accessed.</li>
 *   <li><b>Replication write amplification</b>: reference-table rows written × (nodes − 1).</li>
 * </ul>
 * Colocation groups do not change where a row lives: with equal shard counts Citus places shard
 * {@code i} of every table on the same node. Rebalanced clusters are not modelled.
 *
 * <p>One pass over the stream evaluates any number of placements ({@link #evaluateAll}); cost is
 * linear in the accesses, each a hash and a few array updates. Instances are immutable and
 * thread-safe.
 */
public final class PlacementEvaluator {

  /**
   * Evaluates one placement over a profile: the row metrics over its transaction stream, and the
   * statement routing ({@link RoutingModel}) that defines the distributed transaction fraction.
   */
  public PlacementMetrics evaluate(Placement placement, WorkloadProfile profile) {
    return evaluateAllInDetail(List.of(placement), profile).get(0).metrics();
  }

  /**
   * Evaluates several placements over a profile, rows and statement routing; results in the given
   * order. The distributed transaction fraction of each is the routing model's: transactions
   * whose statements reach more than one node. From a pg_stat_statements export (no row-level
   * values) the row metrics are zero and the routing comes from the templates and their calls.
   */
  public List<PlacementEvaluation> evaluateAllInDetail(List<Placement> placements, WorkloadProfile profile) {
    Objects.requireNonNull(profile, "profile");
    // One pass: the routing model is built from the transactions the rows are counted on, on a
    // second thread (it reads them in the same order, so it is the same model).
    TransactionStream stream = profile.transactionStream();
    RoutingModel.Interning interning = RoutingModel.interning(profile);
    List<PlacementEvaluation> rows;
    try (SecondThread routing = new SecondThread("routing model", interning)) {
      TransactionStream both = new TransactionStream() {
        @Override
        public long size() {
          return stream.size();
        }

        @Override
        public double sampleRate() {
          return stream.sampleRate();
        }

        @Override
        public void forEach(java.util.function.Consumer<Transaction> action) {
          stream.forEach(tx -> {
            routing.accept(tx);
            action.accept(tx);
          });
        }
      };
      rows = evaluateAllInDetail(placements, profile.schema(), both);
      routing.finish();
    }
    return withRouting(rows, placements, profile, interning.model());
  }

  /** {@link #evaluateAllInDetail(List, WorkloadProfile)} with a routing model built already. */
  public List<PlacementEvaluation> evaluateAllInDetail(List<Placement> placements, WorkloadProfile profile,
                                                       RoutingModel routing) {
    return evaluateAllInDetail(placements, profile, profile.transactionStream(), routing);
  }

  /**
   * {@link #evaluateAllInDetail(List, WorkloadProfile, RoutingModel)} on {@code stream}, a sample
   * of the profile's transactions, with a routing model built from the same sample.
   */
  public List<PlacementEvaluation> evaluateAllInDetail(List<Placement> placements, WorkloadProfile profile,
                                                       TransactionStream stream, RoutingModel routing) {
    Objects.requireNonNull(routing, "routing");
    return withRouting(evaluateAllInDetail(placements, profile.schema(), stream), placements, profile, routing);
  }

  /** The row metrics of each placement with its statement routing. */
  private static List<PlacementEvaluation> withRouting(List<PlacementEvaluation> rows, List<Placement> placements,
                                                       WorkloadProfile profile, RoutingModel routing) {
    List<PlacementEvaluation> out = new ArrayList<>(rows.size());
    for (int i = 0; i < rows.size(); i++) {
      PlacementEvaluation e = rows.get(i);
      StatementRouting r = routing.evaluate(placements.get(i));
      PlacementMetrics m = e.metrics().withRouting(r);
      if (!profile.rowLevel()) {
        m = new PlacementMetrics(r.distributedTransactionFraction(), 0, 0, 1.0, 0, r.transactions(), r);
      }
      List<String> notes = new ArrayList<>(e.notes());
      if (routing.invalidValues() > 0) {
        notes.add(routing.invalidValues() + " bound values were not valid for their column type and were routed"
            + " by a hash of their text");
      }
      if (r.uncertainStatements() > 0) {
        notes.add(r.uncertainStatements() + " statements of " + r.uncertainTemplates().size()
            + " templates have a routing the input cannot tell (values not given); counted apart");
      }
      if (r.unsupportedStatements() > 0) {
        notes.add(r.unsupportedStatements() + " statements of " + r.unsupportedTemplates().size()
            + " templates are refused by Citus as placed (see unsupportedTemplates)");
      }
      out.add(new PlacementEvaluation(m, e.distributedTransactions(), e.nodeRowAccesses(), e.internodeRowsByTable(),
          e.multiShardAccesses(), e.invalidValues(), notes));
    }
    return out;
  }

  /** Evaluates one placement over a stream of transactions of {@code schema}. */
  public PlacementMetrics evaluate(Placement placement, Schema schema, TransactionStream stream) {
    return evaluateInDetail(placement, schema, stream).metrics();
  }

  /** The metrics with the counts behind them. */
  public PlacementEvaluation evaluateInDetail(Placement placement, Schema schema, TransactionStream stream) {
    return evaluateAllInDetail(List.of(placement), schema, stream).get(0);
  }

  /** Evaluates several placements in one pass over the stream; results in the given order. */
  public List<PlacementMetrics> evaluateAll(List<Placement> placements, Schema schema, TransactionStream stream) {
    List<PlacementMetrics> out = new ArrayList<>(placements.size());
    for (PlacementEvaluation e : evaluateAllInDetail(placements, schema, stream)) {
      out.add(e.metrics());
    }
    return out;
  }

  /** {@link #evaluateAll} with the counts behind each result. */
  public List<PlacementEvaluation> evaluateAllInDetail(List<Placement> placements, Schema schema,
                                                       TransactionStream stream) {
    Objects.requireNonNull(placements, "placements");
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(stream, "stream");
    List<Run> runs = new ArrayList<>(placements.size());
    for (Placement p : placements) {
      runs.add(new Run(Objects.requireNonNull(p, "placement"), schema));
    }
    long[] position = {0};
    stream.forEach(tx -> {
      long k = position[0]++;
      for (Run r : runs) {
        r.add(tx, k);
      }
    });
    List<PlacementEvaluation> out = new ArrayList<>(runs.size());
    for (Run r : runs) {
      out.add(r.result(stream.sampleRate()));
    }
    return out;
  }

  /** What the evaluator knows of one table under one placement. */
  private static final class TableInfo {
    final int index;
    final String name;
    final boolean reference;
    final boolean local;
    final String column;
    final NodeMapper.TableMapping mapping;
    final int width;

    TableInfo(int index, String name, boolean reference, boolean local, String column, NodeMapper.TableMapping mapping,
              int width) {
      this.index = index;
      this.name = name;
      this.reference = reference;
      this.local = local;
      this.column = column;
      this.mapping = mapping;
      this.width = width;
    }
  }

  /** The running totals of one placement; the mutable working state of a pass. */
  private static final class Run {
    private static final int SPREAD = -1;

    final Placement placement;
    final NodeMapper mapper;
    final int n;
    final Map<String, TableInfo> tables = new HashMap<>();
    final List<String> tableNames = new ArrayList<>();

    // totals
    long transactions;
    long distributedTransactions;
    double internodeRows;
    double internodeBytes;
    double amplification;
    long multiShardAccesses;
    final double[] load;
    final double[] internodeByTable;
    final int[] widths;

    // per-transaction scratch
    final boolean[] touched;
    int touchedCount;
    final double[] pinnedRows;
    int[] bufTable = new int[64];
    int[] bufNode = new int[64];
    double[] bufRows = new double[64];
    int buffered;
    double refReadRows;

    Run(Placement placement, Schema schema) {
      this.placement = placement;
      this.mapper = NodeMapper.of(placement, schema);
      this.n = placement.nodes();
      Map<String, Table> byName = schema.byName();
      for (TablePlacement tp : placement.tables()) {
        Table t = byName.get(tp.table());
        int width = t == null ? 16 : RowWidths.of(t);
        boolean ref = tp.kind() == PlacementKind.REFERENCE;
        boolean local = tp.kind() == PlacementKind.LOCAL;
        TableInfo info = new TableInfo(tableNames.size(), tp.table(), ref, local, tp.column(),
            ref || local ? null : mapper.mapping(tp.table()).orElseThrow(), width);
        tables.put(tp.table(), info);
        tableNames.add(tp.table());
      }
      this.load = new double[n];
      this.internodeByTable = new double[tableNames.size()];
      this.widths = new int[tableNames.size()];
      for (TableInfo info : tables.values()) {
        widths[info.index] = info.width;
      }
      // One more slot than nodes: the coordinator, where local tables live.
      this.touched = new boolean[n + 1];
      this.pinnedRows = new double[n + 1];
    }

    void add(Transaction tx, long position) {
      transactions++;
      buffered = 0;
      refReadRows = 0;
      List<TableAccess> accesses = tx.accesses();
      for (int a = 0, size = accesses.size(); a < size; a++) {
        TableAccess access = accesses.get(a);
        TableInfo info = tables.get(access.table());
        if (info == null) {
          continue;
        }
        int rows = rows(access);
        if (info.reference) {
          if (access.kind().writes()) {
            touchAll();
            double copies = (double) rows * (n - 1);
            amplification += copies;
            internodeRows += copies;
            internodeBytes += copies * info.width;
            internodeByTable[info.index] += copies;
            for (int i = 0; i < n; i++) {
              load[i] += rows;
            }
          } else {
            refReadRows += rows;
          }
          continue;
        }
        if (info.local) {
          if (!touched[n]) {
            touched[n] = true;
            touchedCount++;
          }
          buffer(info.index, n, rows);
          continue;
        }
        List<String> values = access.valuesOf(info.column);
        if (values.isEmpty()) {
          if (access.kind() == AccessKind.INSERT) {
            int node = (int) Math.floorMod(PgHash.hashInt8(position * 1_000_003L + a), (long) n);
            pin(info.index, node, rows);
          } else {
            multiShardAccesses++;
            touchAll();
            buffer(info.index, SPREAD, rows);
          }
          continue;
        }
        int nonNull = 0;
        for (int v = 0, vs = values.size(); v < vs; v++) {
          if (values.get(v) != null) {
            nonNull++;
          }
        }
        if (nonNull == 0) {
          continue;
        }
        double share = (double) Math.max(rows, nonNull) / nonNull;
        for (int v = 0, vs = values.size(); v < vs; v++) {
          String value = values.get(v);
          if (value != null) {
            pin(info.index, info.mapping.node(value), share);
          }
        }
      }
      finish(position);
    }

    private void pin(int table, int node, double rows) {
      pinnedRows[node] += rows;
      if (!touched[node]) {
        touched[node] = true;
        touchedCount++;
      }
      buffer(table, node, rows);
    }

    private void touchAll() {
      for (int i = 0; i < n; i++) {
        if (!touched[i]) {
          touched[i] = true;
          touchedCount++;
        }
      }
    }

    private void buffer(int table, int node, double rows) {
      if (buffered == bufTable.length) {
        bufTable = Arrays.copyOf(bufTable, buffered * 2);
        bufNode = Arrays.copyOf(bufNode, buffered * 2);
        bufRows = Arrays.copyOf(bufRows, buffered * 2);
      }
      bufTable[buffered] = table;
      bufNode[buffered] = node;
      bufRows[buffered] = rows;
      buffered++;
    }

    private void finish(long position) {
      int home = -1;
      double best = 0;
      for (int i = 0; i < n; i++) {
        if (pinnedRows[i] > best) {
          best = pinnedRows[i];
          home = i;
        }
      }
      if (home < 0) {
        home = (int) (position % n);
      }
      for (int b = 0; b < buffered; b++) {
        int t = bufTable[b];
        double rows = bufRows[b];
        double remote;
        if (bufNode[b] == SPREAD) {
          double perNode = rows / n;
          for (int i = 0; i < n; i++) {
            load[i] += perNode;
          }
          remote = rows - perNode;
        } else if (bufNode[b] == n) {
          // A local table's rows stay on the coordinator; they travel only when workers take part.
          remote = touchedCount > 1 ? rows : 0;
        } else {
          load[bufNode[b]] += rows;
          remote = bufNode[b] == home ? 0 : rows;
        }
        if (remote > 0) {
          internodeRows += remote;
          internodeBytes += remote * widths[t];
          internodeByTable[t] += remote;
        }
      }
      load[home] += refReadRows;
      if (touchedCount > 1) {
        distributedTransactions++;
      }
      if (touchedCount > 0) {
        Arrays.fill(touched, false);
        touchedCount = 0;
      }
      Arrays.fill(pinnedRows, 0);
    }

    PlacementEvaluation result(double sampleRate) {
      double total = 0;
      double max = 0;
      List<Long> perNode = new ArrayList<>(n);
      for (double l : load) {
        total += l;
        max = Math.max(max, l);
        perNode.add(Math.round(l));
      }
      // max / mean is at least 1 in exact arithmetic; rounding of the sum may give 0.999…
      double skew = total <= 0 ? 1.0 : Math.max(1.0, max / (total / n));
      double fraction = transactions == 0 ? 0.0 : (double) distributedTransactions / transactions;
      PlacementMetrics m = new PlacementMetrics(fraction, Math.round(internodeRows), Math.round(internodeBytes),
          skew, Math.round(amplification), transactions);
      Map<String, Long> byTable = new LinkedHashMap<>();
      for (int t = 0; t < tableNames.size(); t++) {
        long v = Math.round(internodeByTable[t]);
        if (v > 0) {
          byTable.put(tableNames.get(t), v);
        }
      }
      List<String> notes = new ArrayList<>(mapper.notes());
      if (sampleRate < 1.0) {
        notes.add(String.format(java.util.Locale.ROOT,
            "evaluated on a sample of %.1f%% of the transactions; counts describe the sample", sampleRate * 100));
      }
      if (mapper.invalidValues() > 0) {
        notes.add(mapper.invalidValues() + " distribution values were not valid for their column type and were"
            + " placed by a hash of their text");
      }
      return new PlacementEvaluation(m, distributedTransactions, perNode, byTable, multiShardAccesses,
          mapper.invalidValues(), notes);
    }

    private static int rows(TableAccess access) {
      int rows = 1;
      List<ColumnValues> bindings = access.bindings();
      for (int i = 0, s = bindings.size(); i < s; i++) {
        rows = Math.max(rows, bindings.get(i).values().size());
      }
      return rows;
    }
  }
}
