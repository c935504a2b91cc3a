package shardplan.partitioner.multilevel.coarsen;

import java.util.Objects;
import shardplan.partitioner.multilevel.graph.WeightedGraph;

/**
 * One coarsening step: the coarser graph and, for every vertex of the finer graph, the coarse vertex
 * it was merged into. A partition of {@link #coarse()} projects back with {@code fine[v] =
 * coarse[map[v]]}, with the same cut and part weights.
 *
 * @param coarse the contracted graph
 * @param map fine vertex to coarse vertex; owned by the record, not copied
 */
public record Contraction(WeightedGraph coarse, int[] map) {

  public Contraction {
    Objects.requireNonNull(coarse, "coarse");
    Objects.requireNonNull(map, "map");
  }

  /** Projects a partition of the coarse graph onto the finer graph. */
  public int[] project(int[] coarseParts) {
    Objects.requireNonNull(coarseParts, "coarseParts");
    if (coarseParts.length != coarse.vertexCount()) {
      throw new IllegalArgumentException("coarseParts has " + coarseParts.length
          + " entries for " + coarse.vertexCount() + " coarse vertices");
    }
    int[] fine = new int[map.length];
    for (int v = 0; v < map.length; v++) {
      fine[v] = coarseParts[map[v]];
    }
    return fine;
  }
}
