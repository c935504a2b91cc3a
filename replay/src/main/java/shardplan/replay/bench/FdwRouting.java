package shardplan.replay.bench;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.Transaction;
import shardplan.analyzer.model.TransactionStream;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * The prediction for the postgres_fdw target: which worker servers each transaction reaches,
 * from the placement and the logged values alone, as the coordinator routes them. A distributed
 * table is hash-partitioned with one partition per worker ({@link PgPartitionHash}: PostgreSQL's
 * own partition hash, not Citus's); an access that binds its distribution column reaches the
 * workers of its values (partition pruning), one that does not reaches every worker. A reference
 * table is read on the coordinator (no worker), and a write to it reaches every worker's copy.
 * A transaction is distributed when it reaches more than one worker.
 */
public final class FdwRouting {
  /**
   * The prediction.
   *
   * @param transactions transactions evaluated
   * @param distributed those reaching more than one worker
   * @param notes columns placed approximately (no hash function here for their type)
   */
  public record Prediction(long transactions, long distributed, List<String> notes) {
    public double fraction() {
      return transactions == 0 ? 0 : (double) distributed / transactions;
    }
  }

  private FdwRouting() {
  }

  public static Prediction predict(Placement placement, Schema schema, int workers, TransactionStream stream) {
    Objects.requireNonNull(placement, "placement");
    Map<String, TablePlacement> byTable = new HashMap<>();
    placement.tables().forEach(t -> byTable.put(t.table(), t));
    Map<String, Table> tables = schema.byName();
    Map<String, PgPartitionHash.Partitioner> hashes = new HashMap<>();
    List<String> notes = new java.util.ArrayList<>();
    for (TablePlacement tp : placement.tables()) {
      if (tp.kind() == PlacementKind.DISTRIBUTED) {
        Table t = tables.get(tp.table());
        String type = t == null ? "?" : t.column(tp.column()).map(Column::type).orElse("?");
        Optional<PgPartitionHash.Partitioner> h = PgPartitionHash.forType(type);
        hashes.put(tp.table(), h.orElse((v, m) -> Math.floorMod(v.hashCode(), m)));
        if (h.isEmpty()) {
          notes.add(tp.table() + "." + tp.column() + " (" + type + "): partition approximated, no hash function here");
        }
      }
    }
    long[] counts = new long[2];
    long all = (1L << workers) - 1;
    stream.forEach(tx -> {
      long reached = reached(tx, byTable, hashes, workers, all);
      counts[0]++;
      if (Long.bitCount(reached) > 1) {
        counts[1]++;
      }
    });
    return new Prediction(counts[0], counts[1], notes);
  }

  private static long reached(Transaction tx, Map<String, TablePlacement> byTable,
                              Map<String, PgPartitionHash.Partitioner> hashes, int workers, long all) {
    long reached = 0;
    for (TableAccess a : tx.accesses()) {
      TablePlacement tp = byTable.get(a.table());
      if (tp == null) {
        continue;
      }
      if (tp.kind() != PlacementKind.DISTRIBUTED) {
        // a reference table is read on the coordinator, and written on every worker's copy;
        // a table left on the coordinator reaches no worker
        if (tp.kind() == PlacementKind.REFERENCE && a.kind().writes()) {
          reached |= all;
        }
        continue;
      }
      List<String> values = a.valuesOf(tp.column());
      if (values.isEmpty()) {
        reached |= all;
        continue;
      }
      PgPartitionHash.Partitioner h = hashes.get(a.table());
      for (String v : values) {
        if (v != null) {
          try {
            reached |= 1L << h.partition(v, workers);
          } catch (RuntimeException e) {
            reached |= 1L << Math.floorMod(v.hashCode(), workers);
          }
        }
      }
    }
    return reached;
  }
}
