package shardplan.partitioner.classify;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.OperationCounts;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableUsage;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.RowWidths;
import shardplan.partitioner.model.TableEvidence;

/**
 * Replicate or partition: the rule of Ye et al. (2002), then a refinement by cost.
 *
 * <p><b>The threshold rule.</b> A table whose update ratio (writes over all accesses, counted in
 * committed statements) is above the threshold goes to the partition set S_p, the rest to the
 * replicate set S_r. The default threshold, {@value #DEFAULT_UPDATE_THRESHOLD}, comes from the
 * scale-out of full replication f(n, w) = n / (1 + w(n − 1)): a replicated table keeps at least
 * half of the ideal scale-out n while f(n, w) / n ≥ 1/2, i.e. while w ≤ 1/(n − 1). At w = 0.1
 * that holds up to 11 nodes and keeps at least two thirds of it up to 6 nodes, the cluster sizes
 * Citus deployments usually start with; above 0.1 a replicated table stops scaling on clusters of
 * ordinary size, so it is not worth copying everywhere whatever its joins.
 *
 * <p><b>The refinement by cost, for n nodes.</b> Replicating costs every written row n − 1 extra
 * times (row operations). Partitioning costs the joins and transactions that would reach rows on
 * other nodes; before columns are chosen that is estimated as (n − 1)/n of the statements that
 * join the table with a partition-set table plus the transactions that use it together with one
 * (rows placed independently of their partners are local 1/n of the time). A table below the
 * threshold whose replication costs more than its partitioning goes to S_p after all.
 * Tables larger than the row or byte limit are never replicated; tables the workload never used
 * are replicated when small or of unknown size (a copy costs nothing at run time), else
 * partitioned.
 *
 * <p>Deterministic; one pass over the table statistics (the stream was summarised before).
 */
public final class Classifier {
  /** Default update-ratio threshold; see the class comment for why. */
  public static final double DEFAULT_UPDATE_THRESHOLD = 0.1;
  /** Default row limit of a replicated table. */
  public static final long DEFAULT_MAX_REPLICATED_ROWS = 1_000_000L;
  /** Default byte limit of a replicated table (1 GiB). */
  public static final long DEFAULT_MAX_REPLICATED_BYTES = 1L << 30;

  private final int nodes;
  private final double updateThreshold;
  private final long maxReplicatedRows;
  private final long maxReplicatedBytes;

  public Classifier(int nodes, double updateThreshold, long maxReplicatedRows, long maxReplicatedBytes) {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
    }
    if (!(updateThreshold >= 0 && updateThreshold <= 1)) {
      throw new IllegalArgumentException("update threshold must be in 0..1, was " + updateThreshold);
    }
    if (maxReplicatedRows < 0 || maxReplicatedBytes < 0) {
      throw new IllegalArgumentException("replication size limits cannot be negative");
    }
    this.nodes = nodes;
    this.updateThreshold = updateThreshold;
    this.maxReplicatedRows = maxReplicatedRows;
    this.maxReplicatedBytes = maxReplicatedBytes;
  }

  /** The scale-out of a fully replicated table with write fraction w on n nodes. */
  public static double replicationScaleOut(int n, double w) {
    return n / (1 + w * (n - 1));
  }

  public Classification classify(WorkloadProfile profile, AccessSummary summary) {
    Objects.requireNonNull(profile, "profile");
    Objects.requireNonNull(summary, "summary");
    List<Table> tables = profile.schema().tables();
    // First the threshold rule (and the size limit): it fixes the partition set the costs refer to.
    Set<String> partition = new LinkedHashSet<>();
    for (Table t : tables) {
      OperationCounts c = profile.usage(t.name()).committed();
      if (isLarge(t, summary) || (c.total() > 0 && c.updateRatio() > updateThreshold)) {
        partition.add(t.name());
      }
    }
    // Then the refinement by cost; moving a table can raise the cost of others, so repeat.
    for (int round = 0; round < tables.size(); round++) {
      boolean moved = false;
      for (Table t : tables) {
        if (partition.contains(t.name())) {
          continue;
        }
        OperationCounts c = profile.usage(t.name()).committed();
        if (c.total() > 0 && replicateCost(profile, t) > partitionCost(profile, summary, t, partition)) {
          partition.add(t.name());
          moved = true;
        }
      }
      if (!moved) {
        break;
      }
    }
    List<TableDecision> out = new ArrayList<>();
    for (Table t : tables) {
      out.add(decide(profile, summary, t, partition));
    }
    return new Classification(out);
  }

  private TableDecision decide(WorkloadProfile profile, AccessSummary summary, Table t, Set<String> partition) {
    TableUsage u = profile.usage(t.name());
    OperationCounts c = u.committed();
    long rows = estimatedRows(t, summary);
    long bytes = estimatedBytes(t, rows);
    double rc = replicateCost(profile, t);
    double pc = partitionCost(profile, summary, t, partition);
    boolean part = partition.contains(t.name());
    TableEvidence ev = new TableEvidence(c.reads(), c.writes(), c.updateRatio(), rows, rc, pc, part ? 0.0 : 1.0);
    String size = sizeText(t, rows, bytes, summary);
    String reason;
    if (c.total() == 0) {
      reason = part
          ? "not accessed by the workload, and too large to replicate (" + size + ")"
          : "not accessed by the workload; " + (rows < 0 ? "size unknown" : size)
              + ", so a copy on every node costs nothing at run time";
    } else if (part && isLarge(t, summary)) {
      reason = "too large to replicate (" + size + ")";
    } else if (part && c.updateRatio() > updateThreshold) {
      reason = String.format(Locale.ROOT,
          "update ratio %.3f is above the threshold %s (%d writes of %d accesses): a copy on %d nodes"
              + " would keep only f(n,w) = %.2f of their capacity",
          c.updateRatio(), fmt(updateThreshold), c.writes(), c.total(), nodes,
          replicationScaleOut(nodes, c.updateRatio()));
    } else if (part) {
      reason = String.format(Locale.ROOT,
          "update ratio %.3f is below the threshold %s, but replicating would cost %.0f row writes"
              + " against about %.0f remote accesses if partitioned",
          c.updateRatio(), fmt(updateThreshold), rc, pc);
    } else {
      reason = String.format(Locale.ROOT,
          "update ratio %.3f is at most the threshold %s (%d writes of %d accesses); replicating costs"
              + " %.0f row writes, partitioning would cost about %.0f remote accesses",
          c.updateRatio(), fmt(updateThreshold), c.writes(), c.total(), rc, pc);
    }
    return new TableDecision(t.name(), part ? Side.PARTITION : Side.REPLICATE, ev, bytes, reason);
  }

  /** Row operations a copy on every node adds: each written row n − 1 more times. */
  double replicateCost(WorkloadProfile profile, Table t) {
    TableUsage u = profile.usage(t.name());
    long written = u.estimatedRowsWritten() >= 0 ? Math.max(u.estimatedRowsWritten(), u.committed().writes())
        : u.committed().writes();
    return (double) written * (nodes - 1);
  }

  /**
   * Expected remote accesses if {@code t} were partitioned independently of the partition set:
   * its joins and co-accessing transactions with partition-set tables, each remote with
   * probability (n − 1)/n.
   */
  double partitionCost(WorkloadProfile profile, AccessSummary summary, Table t, Set<String> partition) {
    long joins = 0;
    for (JoinEdge e : profile.joins()) {
      String a = e.left().table();
      String b = e.right().table();
      if (a.equals(b)) {
        continue;
      }
      if ((a.equals(t.name()) && partition.contains(b)) || (b.equals(t.name()) && partition.contains(a))) {
        joins += e.weight();
      }
    }
    long tx = summary.transactionsWithAnyOf(t.name(), partition);
    double scale = profile.transactionStream().sampleRate() > 0 ? 1.0 / profile.transactionStream().sampleRate() : 1.0;
    return (joins + tx * scale) * (nodes - 1) / (double) nodes;
  }

  private boolean isLarge(Table t, AccessSummary summary) {
    long rows = estimatedRows(t, summary);
    long bytes = estimatedBytes(t, rows);
    return rows > maxReplicatedRows || bytes > maxReplicatedBytes;
  }

  /** Rows from the live database when known, else the distinct rows the workload named, else -1. */
  static long estimatedRows(Table t, AccessSummary summary) {
    if (t.statistics().known()) {
      return Math.max(t.statistics().estimatedRows(), summary.distinctRows(t.name()));
    }
    long seen = summary.distinctRows(t.name());
    return seen > 0 ? seen : -1;
  }

  static long estimatedBytes(Table t, long rows) {
    if (t.statistics().known() && t.statistics().estimatedBytes() >= 0) {
      return t.statistics().estimatedBytes();
    }
    // Stored rows carry PostgreSQL's 24-byte tuple header besides the values.
    return rows < 0 ? -1 : rows * (RowWidths.of(t) + 24L);
  }

  private String sizeText(Table t, long rows, long bytes, AccessSummary summary) {
    if (rows < 0) {
      return "size unknown";
    }
    String src = t.statistics().known() ? "" : " named by the workload";
    String s = (rows > maxReplicatedRows && !t.statistics().known() ? "more than " + maxReplicatedRows : rows)
        + " rows" + src;
    if (rows > maxReplicatedRows) {
      s += ", limit " + maxReplicatedRows;
    } else if (bytes > maxReplicatedBytes) {
      s += ", about " + bytes + " bytes, limit " + maxReplicatedBytes;
    }
    return s;
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.3g", d).replaceAll("0+$", "").replaceAll("\\.$", "");
  }
}
