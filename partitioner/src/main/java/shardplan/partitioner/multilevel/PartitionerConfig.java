package shardplan.partitioner.multilevel;

/**
 * Settings of the {@link MultilevelPartitioner}; immutable, with {@link #DEFAULT} and {@code withX}
 * copies.
 *
 * @param seed seed of the random generator; equal seeds give equal partitions
 * @param imbalance allowed excess of a part over the mean weight, ε: every part weighs at most
 *     ⌊(1 + ε) · total / k⌋ (0.03 = 3 %, METIS's {@code -ufactor=30})
 * @param trials independent coarsen–partition–refine runs, keeping the best by balance first and
 *     then cut (METIS's {@code ncuts})
 * @param coarsenTo coarsening stops at max(coarsenTo, n / (20 · log2 k), 30 · k) vertices; 0 lets
 *     the graph decide
 * @param initialTries attempts of the initial partitioner on the coarsest graph, best kept (fewer
 *     when the coarsest graph is large, so that this phase stays a small share of the time)
 * @param refinePasses maximum refinement passes per level
 */
public record PartitionerConfig(
    long seed, double imbalance, int trials, int coarsenTo, int initialTries, int refinePasses) {

  /** Seed 1, 3 % imbalance, one trial, four initial tries, ten refinement passes. */
  public static final PartitionerConfig DEFAULT = new PartitionerConfig(1L, 0.03, 1, 0, 4, 10);

  public PartitionerConfig {
    if (!(imbalance >= 0.0) || imbalance > 10.0) {
      throw new IllegalArgumentException("imbalance must be in [0, 10], got " + imbalance);
    }
    if (trials < 1) {
      throw new IllegalArgumentException("trials must be at least 1, got " + trials);
    }
    if (coarsenTo < 0) {
      throw new IllegalArgumentException("coarsenTo must not be negative, got " + coarsenTo);
    }
    if (initialTries < 1) {
      throw new IllegalArgumentException("initialTries must be at least 1, got " + initialTries);
    }
    if (refinePasses < 0) {
      throw new IllegalArgumentException("refinePasses must not be negative, got " + refinePasses);
    }
  }

  public PartitionerConfig withSeed(long seed) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  public PartitionerConfig withImbalance(double imbalance) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  public PartitionerConfig withTrials(int trials) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  public PartitionerConfig withCoarsenTo(int coarsenTo) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  public PartitionerConfig withInitialTries(int initialTries) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  public PartitionerConfig withRefinePasses(int refinePasses) {
    return new PartitionerConfig(seed, imbalance, trials, coarsenTo, initialTries, refinePasses);
  }

  /**
   * The heaviest a part may be: ⌊(1 + ε) · total / k⌋ as METIS rounds it, but never below
   * ⌈total / k⌉ (so that a balanced partition exists for unit weights) nor below the heaviest
   * vertex (a vertex heavier than the limit makes its part heavy however it is placed).
   */
  public long maxPartWeight(long totalWeight, int maxVertexWeight, int k) {
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    long limit = (long) Math.floor((1.0 + imbalance) * totalWeight / k + 1e-9);
    long ceil = (totalWeight + k - 1) / k;
    return Math.max(Math.max(limit, ceil), maxVertexWeight);
  }
}
