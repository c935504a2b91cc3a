package shardplan.partitioner.multilevel.graph;


import java.util.SplittableRandom;

/** Seeded graphs for the partitioner's tests. */
public final class TestGraphs {

  private TestGraphs() {}

  /**
   * A random graph: n vertices, about {@code averageDegree · n / 2} edges with weights in [1, 5]
   * (duplicates accumulate), and vertex weights 1 or, if {@code weighted}, in [1, 4].
   */
  public static WeightedGraph random(int n, double averageDegree, boolean weighted, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    long m = (long) (averageDegree * n / 2);
    for (long i = 0; i < m && n > 1; i++) {
      b.addEdge(r.nextInt(n), r.nextInt(n), 1 + r.nextInt(5));
    }
    if (weighted) {
      for (int v = 0; v < n; v++) {
        b.setVertexWeight(v, 1 + r.nextInt(4));
      }
    }
    return b.build();
  }

  /**
   * {@code clusters} disconnected clusters of {@code size} unit-weight vertices each; every cluster
   * is a ring with random chords, so it is connected. Vertex ids are shuffled across clusters.
   */
  public static WeightedGraph clusters(int clusters, int size, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    int n = clusters * size;
    int[] label = new int[n];
    for (int i = 0; i < n; i++) {
      label[i] = i;
    }
    for (int i = n - 1; i > 0; i--) {
      int j = r.nextInt(i + 1);
      int t = label[i];
      label[i] = label[j];
      label[j] = t;
    }
    WeightedGraph.Builder b = new WeightedGraph.Builder(n);
    for (int c = 0; c < clusters; c++) {
      int base = c * size;
      for (int i = 0; i < size && size > 1; i++) {
        b.addEdge(label[base + i], label[base + (i + 1) % size], 1 + r.nextInt(3));
        b.addEdge(label[base + i], label[base + r.nextInt(size)], 1);
      }
    }
    return b.build();
  }

  /** A rows × cols grid with unit weights (the benchmark's own). */
  public static WeightedGraph grid(int rows, int cols) {
    return shardplan.partitioner.bench.BenchmarkGraphs.grid2d(rows, cols);
  }
}
