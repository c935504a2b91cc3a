package shardplan.emitter.readback;

import java.util.Objects;

/**
 * How a table is placed on the cluster, as its catalogs say.
 *
 * @param table table name
 * @param kind what the cluster made of it
 * @param column distribution column; null unless distributed
 * @param colocation Citus: the colocation id; postgres-fdw: the column type, modulus and
 *                   the server of each remainder (tables with equal values are colocated);
 *                   null unless distributed
 * @param shards Citus: shard count; postgres-fdw: partition count; 0 unless distributed
 * @param problem what is wrong beyond the kind (a partition whose worker table is missing, a
 *                reference copy absent on a worker); empty if nothing
 */
public record ObservedTable(String table, Kind kind, String column, String colocation, int shards, String problem) {
  /** What the cluster made of a table. */
  public enum Kind {
    /** Not there at all. */
    ABSENT,
    /** An ordinary table of the coordinator only (Citus: not in pg_dist_partition). */
    PLAIN,
    /** Citus turned it into a Citus local table. */
    CITUS_LOCAL,
    /** On every node. */
    REFERENCE,
    /** Spread by a hash of one column. */
    DISTRIBUTED
  }

  public ObservedTable {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(problem, "problem");
  }

  public static ObservedTable of(String table, Kind kind) {
    return new ObservedTable(table, kind, null, null, 0, "");
  }

  /** {@code distributed by o_w_id (32 shards)}, {@code reference}, ... */
  public String describe() {
    return switch (kind) {
      case ABSENT -> "absent";
      case PLAIN -> "a plain table";
      case CITUS_LOCAL -> "a Citus local table";
      case REFERENCE -> "reference";
      case DISTRIBUTED -> "distributed by " + column + " (" + shards + " shards)";
    };
  }
}
