/**
 * A generic multilevel k-way graph partitioner, in the manner of METIS and KaHIP. This package is
 * its front: {@link shardplan.partitioner.multilevel.GraphPartitioner} and its result value {@code
 * Partition}, the settings ({@link shardplan.partitioner.multilevel.PartitionerConfig}) and the
 * driver ({@link shardplan.partitioner.multilevel.MultilevelPartitioner}) that runs the phases in
 * order. Each phase is a package below it:
 *
 * <ul>
 *   <li>{@code graph}: the weighted graph (CSR arrays, METIS file format) every phase works on;
 *   <li>{@code coarsen}: heavy-edge matching and contraction;
 *   <li>{@code initial}: partitioning of the coarsest graph;
 *   <li>{@code refine}: refinement while uncoarsening.
 * </ul>
 *
 * <p>Arrows point down only: the driver uses the phases, the phases use {@code graph} (and the
 * initial partitioner borrows the coarsener and the bisection refiner), and nothing below this
 * package uses it. The partitioner knows nothing of databases; the advisor reaches it only through
 * {@code GraphPartitioner} and builds the {@code WeightedGraph} it takes. No third-party types;
 * everything is primitive arrays so that graphs of millions of rows fit.
 */
package shardplan.partitioner.multilevel;
