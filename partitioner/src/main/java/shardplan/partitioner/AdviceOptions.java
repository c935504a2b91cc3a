package shardplan.partitioner;

import shardplan.partitioner.classify.Classifier;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.rowgraph.RowGraphBuilder;

/**
 * What {@link Advisor#advise} is asked for. Immutable: {@link #DEFAULT} and {@code withX} copies.
 *
 * @param nodes nodes of the target cluster, at least 1
 * @param shardCount Citus {@code shard_count}, 1..64000 (Citus's default is 32)
 * @param updateThreshold writes over accesses above which a table is partitioned; see
 *                        {@link Classifier} for the default and why
 * @param maxReplicatedRows tables with more rows are never replicated
 * @param maxReplicatedBytes tables with more bytes are never replicated
 * @param seed seed of the graph partitioner; equal seeds give equal advice
 * @param imbalance allowed excess of a part of the row partition over the mean weight (0.03 = 3 %)
 * @param maxGraphVertices row-graph vertices above which transactions are sampled
 * @param cliqueLimit transactions naming more rows than this add a star, not a clique, to the graph
 * @param maxEvaluations placements the cost-model search may evaluate (a budget of work, never of time:
 *                       the same input gives the same advice on any machine)
 * @param evaluationSample transactions the cost-model search evaluates a placement on (a
 *                         deterministic sample; final metrics always use every transaction)
 * @param expected the workload's ground truth, evaluated as a baseline; null when not given
 * @param shardCountFixed whether {@code shardCount} was asked for; when not, the advisor may
 *                        propose fewer shards (a multiple of the nodes) where the best key has
 *                        fewer values than {@code shardCount}
 */
public record AdviceOptions(int nodes, int shardCount, double updateThreshold, long maxReplicatedRows,
                            long maxReplicatedBytes, long seed, double imbalance, int maxGraphVertices,
                            int cliqueLimit, int maxEvaluations, int evaluationSample,
                            Placement expected, boolean shardCountFixed) {

  /** 4 nodes, 32 shards, threshold 0.1, 1,000,000 rows / 1 GiB, seed 1, 3 % imbalance. */
  public static final AdviceOptions DEFAULT = new AdviceOptions(4, 32, Classifier.DEFAULT_UPDATE_THRESHOLD,
      Classifier.DEFAULT_MAX_REPLICATED_ROWS, Classifier.DEFAULT_MAX_REPLICATED_BYTES, 1L, 0.03,
      RowGraphBuilder.DEFAULT_MAX_VERTICES, RowGraphBuilder.DEFAULT_CLIQUE_LIMIT, 200, 20_000, null, false);

  public AdviceOptions {
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
    }
    if (shardCount < 1 || shardCount > 64000) {
      throw new IllegalArgumentException("shard count must be in 1..64000, was " + shardCount);
    }
    if (!(updateThreshold >= 0 && updateThreshold <= 1)) {
      throw new IllegalArgumentException("update threshold must be in 0..1, was " + updateThreshold);
    }
    if (maxReplicatedRows < 0 || maxReplicatedBytes < 0) {
      throw new IllegalArgumentException("replication size limits cannot be negative");
    }
    if (!(imbalance >= 0 && imbalance <= 10)) {
      throw new IllegalArgumentException("imbalance must be in 0..10, was " + imbalance);
    }
    if (maxGraphVertices < 1) {
      throw new IllegalArgumentException("graph vertex limit must be at least 1, was " + maxGraphVertices);
    }
    if (cliqueLimit < 2) {
      throw new IllegalArgumentException("clique limit must be at least 2, was " + cliqueLimit);
    }
    if (maxEvaluations < 0 || evaluationSample < 1) {
      throw new IllegalArgumentException("search budgets cannot be negative and the sample must be positive");
    }
  }

  public AdviceOptions withNodes(int n) {
    return new AdviceOptions(n, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  /** A shard count the advice keeps: the advisor will not propose another. */
  public AdviceOptions withShardCount(int n) {
    return new AdviceOptions(nodes, n, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, true);
  }

  /** The shard count to start from when none was asked for: the advisor may propose fewer. */
  public AdviceOptions withDefaultShardCount(int n) {
    return new AdviceOptions(nodes, n, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, false);
  }

  public AdviceOptions withUpdateThreshold(double t) {
    return new AdviceOptions(nodes, shardCount, t, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withMaxReplicatedRows(long r) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, r, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withMaxReplicatedBytes(long b) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, b, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withSeed(long s) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, s, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withImbalance(double i) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, i,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withMaxGraphVertices(int v) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        v, cliqueLimit, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withCliqueLimit(int c) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, c, maxEvaluations, evaluationSample, expected, shardCountFixed);
  }

  /** The cost-model search's budget: placements it may evaluate. */
  public AdviceOptions withSearchBudget(int evaluations) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, evaluations, evaluationSample, expected, shardCountFixed);
  }

  public AdviceOptions withEvaluationSample(int n) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, n, expected, shardCountFixed);
  }

  /** The ground truth to evaluate as a baseline; null for none. */
  public AdviceOptions withExpected(Placement p) {
    return new AdviceOptions(nodes, shardCount, updateThreshold, maxReplicatedRows, maxReplicatedBytes, seed, imbalance,
        maxGraphVertices, cliqueLimit, maxEvaluations, evaluationSample, p, shardCountFixed);
  }
}
