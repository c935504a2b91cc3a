package shardplan.partitioner.model;

/**
 * The numbers behind a table's placement.
 *
 * @param reads committed statements that read the table
 * @param writes committed statements that wrote it
 * @param updateRatio writes over all accesses
 * @param estimatedRows rows, from the live schema or the workload; -1 if unknown
 * @param replicateCost cost of replicating it: writes paid on every node, in row operations
 * @param partitionCost cost of partitioning it: rows that must cross nodes for its joins and
 *                      transactions under the chosen column
 * @param columnScore fraction of the table's co-accesses the chosen column keeps on one node
 *                    (1.0 for a reference table)
 */
public record TableEvidence(long reads, long writes, double updateRatio, long estimatedRows,
                            double replicateCost, double partitionCost, double columnScore) {
}
