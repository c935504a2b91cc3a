package shardplan.partitioner.multilevel.initial;

import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.partitioner.multilevel.coarsen.Coarsener;
import shardplan.partitioner.multilevel.coarsen.Contraction;
import shardplan.partitioner.multilevel.graph.WeightedGraph;
import shardplan.partitioner.multilevel.refine.FmBisectionRefiner;

/**
 * Multilevel bisection, METIS's recursive-bisection building block (Karypis &amp; Kumar 1998): the
 * graph is coarsened further by heavy-edge matching down to about {@value #COARSEST} vertices,
 * bisected there by {@link GraphGrowingBisection} (several seeds), and the bisection is projected
 * back level by level with {@link FmBisectionRefiner} at each level. A flat greedy-growing bisection
 * of a graph with thousands of vertices of uneven weight lands in poor local minima; moving whole
 * clusters on the coarse levels avoids them.
 *
 * <p>O(tries · m log n) time; deterministic for a given random generator state.
 */
public final class MultilevelBisection {

  /** Coarsening for the bisection stops at this many vertices. */
  static final int COARSEST = 80;

  private MultilevelBisection() {}

  /**
   * Bisects {@code g} so that part 0 weighs about {@code target0} and no part exceeds its limit
   * where possible.
   *
   * @return 0 or 1 per vertex
   */
  public static int[] bisect(WeightedGraph g, long target0, long max0, long max1, int tries,
      SplittableRandom random) {
    Objects.requireNonNull(g, "g");
    Objects.requireNonNull(random, "random");
    List<Contraction> levels = Coarsener.coarsen(g, COARSEST, random);
    WeightedGraph coarsest = levels.isEmpty() ? g : levels.get(levels.size() - 1).coarse();
    int[] side = GraphGrowingBisection.bisect(coarsest, target0, max0, max1, tries, random);
    for (int i = levels.size() - 1; i >= 0; i--) {
      side = levels.get(i).project(side);
      WeightedGraph finer = i == 0 ? g : levels.get(i - 1).coarse();
      FmBisectionRefiner.refine(finer, side, max0, max1, 10, random);
    }
    return side;
  }
}
