package shardplan.emitter.check;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

/**
 * A placement that passed the rule checks, possibly after repairs: the emitters write DDL from
 * this, never from the raw placement.
 *
 * @param schema the schema as given
 * @param placement the placement, with colocation groups split where column types differ
 * @param constraints each table's constraints on the target, by table name, in schema order
 * @param repairs every rule broken, with what was done about it
 */
public record CheckedPlacement(Schema schema, Placement placement, Map<String, TableConstraints> constraints,
                               List<Violation> repairs) {
  public CheckedPlacement {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(placement, "placement");
    constraints = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(constraints));
    repairs = List.copyOf(repairs);
  }

  public Table table(String name) {
    return schema.table(name).orElseThrow(() -> new IllegalArgumentException("no table " + name));
  }

  public TablePlacement placementOf(String name) {
    return placement.table(name).orElseThrow(() -> new IllegalArgumentException("no placement for " + name));
  }

  public TableConstraints constraintsOf(String name) {
    return constraints.get(name);
  }
}
