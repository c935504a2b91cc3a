package shardplan.partitioner.model;

import java.util.Objects;

/**
 * A proposed lookup table (as Vitess's lookup vindexes, Horticulture's replicated secondary
 * indexes): it maps a unique column that is not the distribution column to the distribution key,
 * so that a lookup by the unique column reads one shard of the lookup table, then one shard of
 * the table, instead of every shard.
 *
 * @param name the lookup table's name
 * @param table the distributed table it serves
 * @param uniqueColumn the unique column looked up
 * @param distributionColumn the table's distribution column, which the lookup returns
 * @param placement {@code distributed} (by the unique column) or {@code reference} (small, rarely written)
 * @param lookups committed statements that looked the table up by the unique column alone
 * @param lookupShare those over all committed transactions
 * @param gain the predicted gain in words (shards each lookup touches before and after)
 * @param writes committed inserts and deletes of the table, and updates that bind the unique column:
 *               the statements that must keep the lookup table in step
 */
public record LookupTable(String name, String table, String uniqueColumn, String distributionColumn, String placement,
                          long lookups, double lookupShare, String gain, long writes) {
  public LookupTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(uniqueColumn, "uniqueColumn");
    Objects.requireNonNull(distributionColumn, "distributionColumn");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(gain, "gain");
  }
}
