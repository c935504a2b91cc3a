package shardplan.partitioner.hash;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.LongAdder;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * The node a row of a distributed table lives on, computed as Citus computes it: the
 * distribution column's PostgreSQL hash ({@link PgTypeHashes}), the shard whose range holds it
 * and that shard's round-robin node ({@link CitusShardMap}).
 *
 * <p>A value whose text is not valid for the column type (the server would have refused it) and
 * a value of a type without a hash function here are placed by {@code hashtext} of their text:
 * still a deterministic, uniform placement, but not necessarily Citus's. The first are counted
 * ({@link #invalidValues()}), the second named in {@link #notes()}. Thread-safe.
 */
public final class NodeMapper {
  private final Placement placement;
  private final CitusShardMap shardMap;
  private final Map<String, TableMapping> distributed;
  private final List<String> notes;
  private final LongAdder invalidValues = new LongAdder();

  private NodeMapper(Placement placement, Schema schema) {
    this.placement = placement;
    this.shardMap = new CitusShardMap(placement.shardCount(), placement.nodes());
    Map<String, Table> tables = schema.byName();
    Map<String, TableMapping> byTable = new LinkedHashMap<>();
    List<String> approximate = new ArrayList<>();
    for (TablePlacement tp : placement.tables()) {
      if (tp.kind() != PlacementKind.DISTRIBUTED) {
        continue;
      }
      Table t = tables.get(tp.table());
      if (t == null) {
        throw new IllegalArgumentException("distributed table " + tp.table() + " is not in the schema");
      }
      Column c = t.column(tp.column()).orElseThrow(() ->
          new IllegalArgumentException("table " + tp.table() + " has no column " + tp.column()));
      Optional<ColumnHash> h = PgTypeHashes.forType(c.type());
      if (h.isEmpty()) {
        approximate.add("values of " + tp.table() + "." + tp.column() + " (type " + c.type()
            + ") are placed by a hash of their text, not by the type's own hash function");
      }
      byTable.put(tp.table(), new TableMapping(tp.table(), c.name(), c.type(), h.orElse(null)));
    }
    this.distributed = Collections.unmodifiableMap(byTable);
    this.notes = List.copyOf(approximate);
  }

  /**
   * The mapper of a placement.
   *
   * @throws IllegalArgumentException if a distributed table or its column is not in the schema
   */
  public static NodeMapper of(Placement placement, Schema schema) {
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(schema, "schema");
    return new NodeMapper(placement, schema);
  }

  public Placement placement() {
    return placement;
  }

  public CitusShardMap shardMap() {
    return shardMap;
  }

  public int nodes() {
    return placement.nodes();
  }

  public boolean isDistributed(String table) {
    return distributed.containsKey(table);
  }

  /** The mapping of a distributed table, or empty for a reference table or an unplaced one. */
  public Optional<TableMapping> mapping(String table) {
    return Optional.ofNullable(distributed.get(table));
  }

  /**
   * The node of the row of {@code table} whose distribution column has the value {@code text}.
   *
   * @throws IllegalArgumentException if the table is not distributed
   */
  public int nodeOf(String table, String text) {
    TableMapping m = distributed.get(table);
    if (m == null) {
      throw new IllegalArgumentException("table " + table + " is not distributed");
    }
    return m.node(text);
  }

  /** Values that were not valid for their column type and were placed by their text. */
  public long invalidValues() {
    return invalidValues.sum();
  }

  /** Columns whose values are placed approximately, one sentence each. */
  public List<String> notes() {
    return notes;
  }

  /** One distributed table: its column, and the hash and node of a value. */
  public final class TableMapping {
    private final String table;
    private final String column;
    private final String type;
    private final ColumnHash hash;

    private TableMapping(String table, String column, String type, ColumnHash hash) {
      this.table = table;
      this.column = column;
      this.type = type;
      this.hash = hash;
    }

    public String table() {
      return table;
    }

    public String column() {
      return column;
    }

    /** The column's PostgreSQL type name. */
    public String type() {
      return type;
    }

    /** The distribution hash of a non-null value. */
    public int hash(String text) {
      if (hash == null) {
        return PgHash.hashText(text);
      }
      try {
        return hash.hash(text);
      } catch (RuntimeException e) {
        invalidValues.increment();
        return PgHash.hashText(text);
      }
    }

    /** The shard of a non-null value. */
    public int shard(String text) {
      return shardMap.shardIndex(hash(text));
    }

    /** The node of a non-null value. */
    public int node(String text) {
      return shardMap.nodeOfHash(hash(text));
    }
  }
}
