package shardplan.partitioner.graph;

import java.util.Objects;

/**
 * Multilevel k-way graph partitioner (Karypis &amp; Kumar 1998, METIS). Preliminary version: assigns
 * vertices in index order to parts of equal weight.
 */
public final class MultilevelPartitioner implements GraphPartitioner {

  private final PartitionerConfig config;

  public MultilevelPartitioner() {
    this(PartitionerConfig.DEFAULT);
  }

  public MultilevelPartitioner(PartitionerConfig config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  public PartitionerConfig config() {
    return config;
  }

  @Override
  public Partition partition(WeightedGraph graph, int k) {
    Objects.requireNonNull(graph, "graph");
    if (k < 1) {
      throw new IllegalArgumentException("k must be at least 1, got " + k);
    }
    int n = graph.vertexCount();
    int[] parts = new int[n];
    long total = graph.totalVertexWeight();
    long acc = 0;
    for (int v = 0; v < n; v++) {
      int p = total == 0 ? 0 : (int) Math.min(k - 1, acc * k / total);
      parts[v] = p;
      acc += graph.vertexWeight(v);
    }
    return Partition.of(graph, parts, k);
  }
}
