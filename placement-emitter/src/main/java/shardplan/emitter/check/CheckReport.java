package shardplan.emitter.check;

import java.util.List;
import java.util.Objects;
import shardplan.emitter.model.Target;

/**
 * What {@link PlacementCheck} found for a schema and a placement.
 *
 * @param target the target whose rules were checked
 * @param tables the tables of the schema, in schema order
 * @param findings errors and warnings: stale placement entries first, then per table of the
 *                 schema in schema order
 * @param known findings the baseline schema already had ({@link #withoutKnown}); not counted
 */
public record CheckReport(Target target, List<String> tables, List<Finding> findings, List<Finding> known) {
  public CheckReport {
    Objects.requireNonNull(target, "target");
    tables = List.copyOf(tables);
    findings = List.copyOf(findings);
    known = List.copyOf(known);
  }

  public CheckReport(Target target, List<String> tables, List<Finding> findings) {
    this(target, tables, findings, List.of());
  }

  /**
   * This report with the findings {@code baseline} also has moved to {@link #known}: checked
   * against the schema the placement was applied with, only what the migration broke counts
   * (a cluster built with repairs has lived with the others since).
   */
  public CheckReport withoutKnown(CheckReport baseline) {
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (Finding f : baseline.findings()) {
      seen.add(f.line());
    }
    List<Finding> fresh = new java.util.ArrayList<>();
    List<Finding> old = new java.util.ArrayList<>(known);
    for (Finding f : findings) {
      (seen.contains(f.line()) ? old : fresh).add(f);
    }
    return new CheckReport(target, tables, fresh, old);
  }

  public List<Finding> errors() {
    return findings.stream().filter(f -> f.severity() == Severity.ERROR).toList();
  }

  public List<Finding> warnings() {
    return findings.stream().filter(f -> f.severity() == Severity.WARNING).toList();
  }

  /** No finding at all: the placement covers the schema and the target accepts it. */
  public boolean clean() {
    return findings.isEmpty();
  }
}
