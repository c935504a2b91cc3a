package shardplan.partitioner.multilevel;

import java.util.Arrays;
import java.util.Objects;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * Splits the vertices of a {@link WeightedGraph} into {@code k} parts of bounded weight with a small
 * edge cut: the total weight of edges whose endpoints lie in different parts.
 */
public interface GraphPartitioner {

  /**
   * Partitions {@code graph} into {@code k} parts.
   *
   * @throws IllegalArgumentException if {@code k < 1}
   */
  Partition partition(WeightedGraph graph, int k);

  /**
   * The multilevel partitioner with its default settings, {@code seed} and the balance limit
   * {@code imbalance} (ε: no part above ⌊(1 + ε) · total / k⌋).
   */
  static GraphPartitioner multilevel(long seed, double imbalance) {
    return new MultilevelPartitioner(
        PartitionerConfig.DEFAULT.withSeed(seed).withImbalance(imbalance));
  }

  /**
   * The result of a partitioning.
   *
   * @param parts the part in [0, k) of every vertex; owned by the record, not copied
   * @param k the number of parts
   * @param edgeCut the total weight of edges between different parts
   * @param partWeights the total vertex weight of every part
   * @param imbalance the heaviest part's weight divided by the mean part weight, as METIS reports
   *     it: 1.0 is perfect balance, 1.03 is 3 % above the mean (1.0 for a weightless graph)
   */
  record Partition(int[] parts, int k, long edgeCut, long[] partWeights, double imbalance) {

    public Partition {
      Objects.requireNonNull(parts, "parts");
      Objects.requireNonNull(partWeights, "partWeights");
      if (k < 1) {
        throw new IllegalArgumentException("k must be at least 1, got " + k);
      }
      if (partWeights.length != k) {
        throw new IllegalArgumentException(
            "partWeights has " + partWeights.length + " entries for k=" + k);
      }
    }

    /** Computes the cut, part weights and imbalance of {@code parts} on {@code graph}. */
    public static Partition of(WeightedGraph graph, int[] parts, int k) {
      Objects.requireNonNull(graph, "graph");
      long[] pw = graph.partWeights(parts, k);
      return new Partition(parts, k, graph.edgeCut(parts), pw,
          imbalance(pw, graph.totalVertexWeight()));
    }

    /** The heaviest part's weight over the mean part weight (1.0 when the total is 0). */
    public static double imbalance(long[] partWeights, long totalWeight) {
      if (totalWeight <= 0) {
        return 1.0;
      }
      long max = 0;
      for (long w : partWeights) {
        max = Math.max(max, w);
      }
      return (double) max * partWeights.length / totalWeight;
    }

    /** The weight of the heaviest part. */
    public long maxPartWeight() {
      long max = 0;
      for (long w : partWeights) {
        max = Math.max(max, w);
      }
      return max;
    }

    /**
     * True if this is a partition of {@code graph}: one part in [0, k) per vertex, and the
     * reported cut, part weights and imbalance equal the ones recomputed from {@link #parts()}.
     */
    public boolean isValid(WeightedGraph graph) {
      Objects.requireNonNull(graph, "graph");
      if (parts.length != graph.vertexCount()) {
        return false;
      }
      for (int p : parts) {
        if (p < 0 || p >= k) {
          return false;
        }
      }
      long[] pw = graph.partWeights(parts, k);
      return Arrays.equals(pw, partWeights)
          && graph.edgeCut(parts) == edgeCut
          && Math.abs(imbalance(pw, graph.totalVertexWeight()) - imbalance) < 1e-9;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Partition p
          && k == p.k
          && edgeCut == p.edgeCut
          && Arrays.equals(parts, p.parts)
          && Arrays.equals(partWeights, p.partWeights);
    }

    @Override
    public int hashCode() {
      return 31 * Arrays.hashCode(parts) + Long.hashCode(edgeCut);
    }

    @Override
    public String toString() {
      return "Partition[k=" + k + ", edgeCut=" + edgeCut + ", imbalance="
          + String.format(java.util.Locale.ROOT, "%.4f", imbalance) + ", partWeights="
          + Arrays.toString(partWeights) + "]";
    }
  }
}
