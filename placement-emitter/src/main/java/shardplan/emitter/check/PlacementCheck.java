package shardplan.emitter.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.json.PlacementJson.StaleEntry;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;

/**
 * Checks a schema — typically after a migration — against a placement written for it earlier,
 * and says everything that no longer fits, for a CI pipeline to fail on:
 *
 * <ul>
 *   <li>every rule of the target the placed tables break, found by the emitter's own {@link
 *       PlacementChecker} (so {@code check} flags exactly what {@code emit} would repair or refuse);
 *       colocated columns whose types no longer match are one of them;</li>
 *   <li>tables of the schema the placement does not place, and placed tables or distribution
 *       columns the schema no longer has;</li>
 *   <li>a warning for each new table linked by foreign keys to placed tables, with the placement
 *       it most likely needs ({@link LikelyPlacements}).</li>
 * </ul>
 *
 * <p>The rules are judged on the tables both sides know: a foreign key to a table the placement
 * does not place is left to the new-table warning, which says what that table needs.
 * Deterministic: findings come in schema order.
 */
public final class PlacementCheck {
  private PlacementCheck() {
  }

  /**
   * @param schema the schema as it is now
   * @param placement the placement entries the schema still matches (tables it does not place
   *                  are simply absent), as {@code PlacementJson.readMatching} reads them
   * @param stale placement entries whose table or distribution column the schema no longer has
   * @param target the target whose rules apply
   */
  public static CheckReport check(Schema schema, Placement placement, List<StaleEntry> stale, Target target) {
    Objects.requireNonNull(schema, "schema");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(stale, "stale");
    Objects.requireNonNull(target, "target");
    List<Finding> findings = new ArrayList<>();
    Set<String> staleColumnTables = new LinkedHashSet<>();
    for (StaleEntry e : stale) {
      if (e.column() == null) {
        findings.add(new Finding(Severity.ERROR, FindingKind.PLACED_TABLE_MISSING, null, e.table(),
            "the placement places it but the schema has no such table (dropped or renamed?)", null));
      } else {
        staleColumnTables.add(e.table());
      }
    }
    Placement placed = inSchemaOrder(schema, placement);
    Schema covered = coveredPart(schema, placed);
    List<Violation> violations = PlacementChecker.check(covered, placed, ViolationPolicy.REPAIR).repairs();
    Map<String, LikelyPlacement> likely = LikelyPlacements.find(schema, placed, staleColumnTables);
    Set<String> splitOff = new LinkedHashSet<>();
    violations.stream().filter(v -> v.rule() == Rule.COLOCATED_TYPES_DIFFER).forEach(v -> splitOff.add(v.table()));
    for (Table t : schema.tables()) {
      String name = t.name();
      for (StaleEntry e : stale) {
        if (e.column() != null && e.table().equals(name)) {
          findings.add(new Finding(Severity.ERROR, FindingKind.PLACED_COLUMN_MISSING, null, name,
              "the placement distributes it on " + e.column() + " but the table has no such column"
                  + " (dropped or renamed?)", null));
        }
      }
      if (placed.table(name).isEmpty() && !staleColumnTables.contains(name)) {
        findings.add(new Finding(Severity.ERROR, FindingKind.TABLE_NOT_PLACED, null, name,
            "the placement does not place it; on " + target.option() + " it would stay a local table on the"
                + " coordinator", null));
      }
      for (Violation v : violations) {
        if (v.table().equals(name)) {
          findings.add(new Finding(Severity.ERROR, FindingKind.RULE, v.rule(), name,
              v.detail() + ": " + target.option() + " refuses this: " + v.rule().text() + causedBySplit(v, splitOff),
              null));
        }
      }
      LikelyPlacement lp = likely.get(name);
      if (lp != null) {
        findings.add(new Finding(Severity.WARNING, FindingKind.LIKELY_PLACEMENT, null, name,
            "new table linked by foreign keys to placed tables; likely placement: " + lp.describe() + ", by "
                + String.join(", ", lp.path()) + (lp.note().isEmpty() ? "" : " (" + lp.note() + ")"), lp));
      }
    }
    List<String> names = schema.tables().stream().map(Table::name).toList();
    return new CheckReport(target, names, findings);
  }

  /**
   * For a foreign key between groups that only differ because a table left its group (its
   * distribution column's type no longer matches), says so: the type change is the cause.
   */
  private static String causedBySplit(Violation v, Set<String> splitOff) {
    if (v.rule() != Rule.FOREIGN_KEY_NOT_COLOCATED) {
      return "";
    }
    for (String t : splitOff) {
      if (v.table().equals(t) || v.detail().contains("-> " + t + "(")) {
        return " (" + t + " left its colocation group: see colocated-types-differ)";
      }
    }
    return "";
  }

  private static Placement inSchemaOrder(Schema schema, Placement p) {
    List<TablePlacement> tables = new ArrayList<>();
    for (Table t : schema.tables()) {
      p.table(t.name()).ifPresent(tables::add);
    }
    return new Placement(p.nodes(), p.shardCount(), tables);
  }

  /** The placed tables, each without its foreign keys to tables outside the placement. */
  private static Schema coveredPart(Schema schema, Placement placed) {
    Map<String, Table> out = new LinkedHashMap<>();
    for (Table t : schema.tables()) {
      if (placed.table(t.name()).isEmpty()) {
        continue;
      }
      List<ForeignKey> fks = t.foreignKeys().stream()
          .filter(fk -> placed.table(fk.referencedTable()).isPresent()).toList();
      out.put(t.name(), new Table(t.name(), t.columns(), t.primaryKey(), t.uniqueKeys(), fks, t.statistics(),
          t.distinctValues()));
    }
    return new Schema(List.copyOf(out.values()));
  }
}
