package shardplan.emitter.check;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;

/**
 * Checks a placement against the {@link Rule}s and, when asked, repairs it so that the target
 * accepts the DDL. The order of the checks matters: colocation groups are settled first
 * (a table split off its group changes which foreign keys are legal), then keys are widened,
 * then foreign keys are judged against the settled groups and keys.
 *
 * <p>Collation: the schema model carries no collation per column, so colocated columns of the
 * same type are taken to share the database's default collation.
 */
public final class PlacementChecker {
  private PlacementChecker() {
  }

  /**
   * Validates the placement against the schema, then applies the rules.
   *
   * @throws IllegalArgumentException if the placement does not fit the schema
   * @throws RuleViolationException if a rule is broken and {@code policy} is REFUSE
   */
  public static CheckedPlacement check(Schema schema, Placement placement, ViolationPolicy policy) {
    Objects.requireNonNull(policy, "policy");
    PlacementValidator.validate(schema, placement);
    List<Violation> violations = new ArrayList<>();
    Placement settled = settleGroups(schema, placement, violations);
    Map<String, TableConstraints> constraints = new LinkedHashMap<>();
    Map<String, List<List<String>>> keysAfter = new LinkedHashMap<>();
    Map<String, List<String>> pkAfter = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      TablePlacement tp = settled.table(t.name()).orElseThrow();
      List<String> pk = t.primaryKey();
      List<List<String>> uniques = new ArrayList<>();
      if (tp.kind() == PlacementKind.DISTRIBUTED) {
        String dc = tp.column();
        if (!pk.isEmpty() && !pk.contains(dc)) {
          List<String> widened = append(pk, dc);
          violations.add(new Violation(t.name(), Rule.KEY_WITHOUT_DISTRIBUTION_COLUMN,
              "primary key (" + String.join(", ", pk) + ") lacks " + dc,
              "primary key widened to (" + String.join(", ", widened) + ")"));
          pk = widened;
        }
        for (List<String> u : t.uniqueKeys()) {
          List<String> key = u;
          if (!u.contains(dc)) {
            key = append(u, dc);
            violations.add(new Violation(t.name(), Rule.KEY_WITHOUT_DISTRIBUTION_COLUMN,
                "unique key (" + String.join(", ", u) + ") lacks " + dc,
                "unique key widened to (" + String.join(", ", key) + ")"));
          }
          List<String> k2 = key;
          if (!sameSet(k2, pk) && uniques.stream().noneMatch(k -> sameSet(k, k2))) {
            uniques.add(k2);
          }
        }
      } else {
        for (List<String> u : t.uniqueKeys()) {
          if (!sameSet(u, pk) && uniques.stream().noneMatch(k -> sameSet(k, u))) {
            uniques.add(u);
          }
        }
      }
      pkAfter.put(t.name(), pk);
      List<List<String>> all = new ArrayList<>(uniques);
      if (!pk.isEmpty()) {
        all.add(pk);
      }
      keysAfter.put(t.name(), all);
      constraints.put(t.name(), new TableConstraints(t.name(), pk, uniques, List.of(), List.of()));
    }
    for (Table t : schema.tables()) {
      List<ForeignKey> kept = new ArrayList<>();
      List<Violation> dropped = new ArrayList<>();
      for (ForeignKey fk : t.foreignKeys()) {
        Violation v = judge(t, fk, settled, keysAfter);
        if (v == null) {
          kept.add(fk);
        } else {
          dropped.add(v);
          violations.add(v);
        }
      }
      TableConstraints c = constraints.get(t.name());
      constraints.put(t.name(), new TableConstraints(t.name(), c.primaryKey(), c.uniqueKeys(), kept, dropped));
    }
    if (policy == ViolationPolicy.REFUSE && !violations.isEmpty()) {
      throw new RuleViolationException(violations);
    }
    return new CheckedPlacement(schema, settled, constraints, violations);
  }

  /**
   * Splits off every table whose distribution column type differs from the first table of its
   * group into a new group of its own (one new group per type), so that the remaining
   * colocation is one the target accepts.
   */
  private static Placement settleGroups(Schema schema, Placement placement, List<Violation> violations) {
    int nextGroup = placement.tables().stream().mapToInt(TablePlacement::colocationGroup).max().orElse(0) + 1;
    Map<String, TablePlacement> replaced = new LinkedHashMap<>();
    for (Map.Entry<Integer, List<TablePlacement>> g : placement.colocationGroups().entrySet()) {
      List<TablePlacement> members = g.getValue();
      TablePlacement first = firstInSchemaOrder(schema, members);
      String type = columnType(schema, first);
      Map<String, Integer> newGroupByType = new LinkedHashMap<>();
      for (TablePlacement tp : members) {
        String t = columnType(schema, tp);
        if (!t.equals(type)) {
          Integer ng = newGroupByType.get(t);
          if (ng == null) {
            ng = nextGroup++;
            newGroupByType.put(t, ng);
          }
          violations.add(new Violation(tp.table(), Rule.COLOCATED_TYPES_DIFFER,
              tp.table() + "." + tp.column() + " is " + t + " but " + first.table() + "." + first.column()
                  + " is " + type, "placed in a colocation group of its own (group " + ng + ")"));
          replaced.put(tp.table(), TablePlacement.distributed(tp.table(), tp.column(), ng, tp.reason()));
        }
      }
    }
    if (replaced.isEmpty()) {
      return placement;
    }
    List<TablePlacement> tables = new ArrayList<>();
    for (TablePlacement tp : placement.tables()) {
      tables.add(replaced.getOrDefault(tp.table(), tp));
    }
    return new Placement(placement.nodes(), placement.shardCount(), tables);
  }

  /** The first member of a colocation group in schema order: it gets the shard count. */
  public static TablePlacement firstInSchemaOrder(Schema schema, List<TablePlacement> members) {
    for (Table t : schema.tables()) {
      for (TablePlacement tp : members) {
        if (tp.table().equals(t.name())) {
          return tp;
        }
      }
    }
    return members.get(0);
  }

  private static String columnType(Schema schema, TablePlacement tp) {
    Column c = schema.table(tp.table()).orElseThrow().column(tp.column()).orElseThrow();
    return c.type();
  }

  /** Null if the target accepts the foreign key, else the rule it breaks. */
  private static Violation judge(Table t, ForeignKey fk, Placement placement,
                                 Map<String, List<List<String>>> keysAfter) {
    TablePlacement from = placement.table(t.name()).orElseThrow();
    TablePlacement to = placement.table(fk.referencedTable()).orElse(null);
    String what = "foreign key " + describe(t.name(), fk);
    String repair = "foreign key left out";
    if (to == null) {
      return new Violation(t.name(), Rule.FOREIGN_KEY_REFERENCED_KEY_WIDENED, what
          + " references a table that is not in the schema", repair);
    }
    if ((from.kind() == PlacementKind.LOCAL && to.kind() == PlacementKind.DISTRIBUTED)
        || (from.kind() == PlacementKind.DISTRIBUTED && to.kind() == PlacementKind.LOCAL)) {
      return new Violation(t.name(), Rule.FOREIGN_KEY_LOCAL_AND_DISTRIBUTED, what, repair);
    }
    if (from.kind() == PlacementKind.REFERENCE && to.kind() == PlacementKind.DISTRIBUTED) {
      return new Violation(t.name(), Rule.FOREIGN_KEY_REFERENCE_TO_DISTRIBUTED, what, repair);
    }
    if (from.kind() == PlacementKind.DISTRIBUTED && to.kind() == PlacementKind.DISTRIBUTED) {
      if (from.colocationGroup() != to.colocationGroup()) {
        return new Violation(t.name(), Rule.FOREIGN_KEY_NOT_COLOCATED, what + ": group " + from.colocationGroup()
            + " and group " + to.colocationGroup(), repair);
      }
      int i = fk.columns().indexOf(from.column());
      if (i < 0 || !fk.referencedColumns().get(i).equals(to.column())) {
        return new Violation(t.name(), Rule.FOREIGN_KEY_WITHOUT_DISTRIBUTION_COLUMN, what + " does not pair "
            + from.table() + "." + from.column() + " with " + to.table() + "." + to.column(), repair);
      }
    }
    List<List<String>> keys = keysAfter.getOrDefault(fk.referencedTable(), List.of());
    if (keys.stream().noneMatch(k -> sameSet(k, fk.referencedColumns()))) {
      return new Violation(t.name(), Rule.FOREIGN_KEY_REFERENCED_KEY_WIDENED, what, repair);
    }
    return null;
  }

  /** {@code orders(o_c_id, o_w_id) -> customer(c_id, c_w_id)}. */
  public static String describe(String table, ForeignKey fk) {
    return table + "(" + String.join(", ", fk.columns()) + ") -> " + fk.referencedTable() + "("
        + String.join(", ", fk.referencedColumns()) + ")";
  }

  private static List<String> append(List<String> key, String column) {
    List<String> out = new ArrayList<>(key);
    out.add(column);
    return List.copyOf(out);
  }

  private static boolean sameSet(List<String> a, List<String> b) {
    Set<String> x = new HashSet<>(a);
    return x.size() == a.size() && x.equals(new HashSet<>(b));
  }
}
