package shardplan.partitioner.cost;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;

/**
 * The placements every advice is compared with.
 *
 * <ul>
 *   <li>{@value #HASH_PRIMARY_KEY}: what a newcomer to Citus does — every table distributed on
 *       the first column of its primary key (a table without one: the first column of its first
 *       UNIQUE key, else its first column), colocated as Citus does by default
 *       ({@code colocate_with => 'default'}): tables whose distribution columns have the same
 *       type share a group, groups numbered in schema order.</li>
 *   <li>{@value #REPLICATE_ALL}: every table a reference table.</li>
 *   <li>{@value #EXPECTED}: a workload's ground truth, the {@code "tables"} of its
 *       {@code expected.json}.</li>
 * </ul>
 */
public final class Baselines {
  public static final String HASH_PRIMARY_KEY = "hashPrimaryKey";
  public static final String REPLICATE_ALL = "replicateAll";
  public static final String EXPECTED = "expected";

  private Baselines() {}

  /** Every table hashed on the first column of its primary key. */
  public static Placement hashPrimaryKey(Schema schema, int nodes, int shardCount) {
    Objects.requireNonNull(schema, "schema");
    Map<String, Integer> groupByType = new HashMap<>();
    List<TablePlacement> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      String column;
      String why;
      if (!t.primaryKey().isEmpty()) {
        column = t.primaryKey().get(0);
        why = "first primary-key column";
      } else if (!t.uniqueKeys().isEmpty() && !t.uniqueKeys().get(0).isEmpty()) {
        column = t.uniqueKeys().get(0).get(0);
        why = "no primary key; first column of its first unique key";
      } else if (!t.columns().isEmpty()) {
        column = t.columns().get(0).name();
        why = "no primary or unique key; first column";
      } else {
        out.add(TablePlacement.reference(t.name(), "no columns to distribute on"));
        continue;
      }
      String type = t.column(column).map(Column::type).orElse("?");
      int group = groupByType.computeIfAbsent(type, k -> groupByType.size() + 1);
      out.add(TablePlacement.distributed(t.name(), column, group, "baseline: " + why
          + ", colocated by column type as Citus does by default"));
    }
    return new Placement(nodes, shardCount, out);
  }

  /** Every table replicated. */
  public static Placement replicateAll(Schema schema, int nodes, int shardCount) {
    Objects.requireNonNull(schema, "schema");
    List<TablePlacement> out = new ArrayList<>();
    for (Table t : schema.tables()) {
      out.add(TablePlacement.reference(t.name(), "baseline: every table replicated"));
    }
    return new Placement(nodes, shardCount, out);
  }

  /**
   * The ground truth of a workload's {@code expected.json}, on {@code nodes} and
   * {@code shardCount} (the file gives only tables).
   */
  public static Placement expected(Path expectedJson, Schema schema, int nodes, int shardCount) {
    Objects.requireNonNull(expectedJson, "expectedJson");
    Placement p = PlacementJson.readPlacement(expectedJson, schema, nodes, shardCount);
    return new Placement(nodes, shardCount, p.tables());
  }

  /**
   * The baselines by name, in the order the placement JSON lists them: hashPrimaryKey,
   * replicateAll and, when {@code expectedJsonOrNull} is given, expected.
   */
  public static Map<String, Placement> all(Schema schema, int nodes, int shardCount, Path expectedJsonOrNull) {
    Map<String, Placement> m = new LinkedHashMap<>();
    m.put(HASH_PRIMARY_KEY, hashPrimaryKey(schema, nodes, shardCount));
    m.put(REPLICATE_ALL, replicateAll(schema, nodes, shardCount));
    if (expectedJsonOrNull != null) {
      m.put(EXPECTED, expected(expectedJsonOrNull, schema, nodes, shardCount));
    }
    return m;
  }

  /** The metrics of {@link #all}, computed in one pass over the profile's transactions. */
  public static Map<String, PlacementMetrics> evaluate(WorkloadProfile profile, int nodes, int shardCount,
                                                       Path expectedJsonOrNull) {
    Objects.requireNonNull(profile, "profile");
    Map<String, Placement> placements = all(profile.schema(), nodes, shardCount, expectedJsonOrNull);
    List<PlacementEvaluation> metrics = new PlacementEvaluator()
        .evaluateAllInDetail(new ArrayList<>(placements.values()), profile);
    Map<String, PlacementMetrics> out = new LinkedHashMap<>();
    int i = 0;
    for (String name : placements.keySet()) {
      out.put(name, metrics.get(i++).metrics());
    }
    return out;
  }
}
