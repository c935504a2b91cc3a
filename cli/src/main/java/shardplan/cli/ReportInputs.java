package shardplan.cli;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.emitter.check.PlacementChecker;
import shardplan.emitter.check.Violation;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.partitioner.model.Advice;
import shardplan.reports.ReportEvaluation;
import shardplan.reports.ReportInput;
import shardplan.reports.model.Measured;
import shardplan.reports.model.SchemaChange;

/** Gathers what the report shows: the advice, what the DDL changes, the evaluation, the measurement. */
final class ReportInputs {
  /**
   * How the report is made.
   *
   * @param showValues whether literal values from the log may appear (--show-values)
   * @param updateThreshold the advisor's partitioning threshold
   * @param measured figures from --measured, or null
   */
  record Settings(boolean showValues, double updateThreshold, Measured measured) {
  }

  private ReportInputs() {
  }

  static ReportInput of(String title, Advice advice, WorkloadProfile profile, Settings settings) {
    return new ReportInput(title, advice, profile)
        .withShowValues(settings.showValues())
        .withUpdateThreshold(settings.updateThreshold())
        .withSchemaChanges(schemaChanges(advice, profile))
        .withEvaluation(ReportEvaluation.evaluate(advice, profile, settings.showValues()))
        .withMeasured(settings.measured());
  }

  /** The changes the Citus DDL makes to the schema for this placement (the rule repairs). */
  static List<SchemaChange> schemaChanges(Advice advice, WorkloadProfile profile) {
    List<SchemaChange> out = new ArrayList<>();
    for (Violation v : PlacementChecker.check(profile.schema(), advice.placement(), ViolationPolicy.REPAIR).repairs()) {
      SchemaChange.Kind kind = switch (v.rule()) {
        case KEY_WITHOUT_DISTRIBUTION_COLUMN -> SchemaChange.Kind.KEY_WIDENED;
        case COLOCATED_TYPES_DIFFER -> SchemaChange.Kind.GROUP_SPLIT;
        case FOREIGN_KEY_REFERENCE_TO_DISTRIBUTED, FOREIGN_KEY_NOT_COLOCATED, FOREIGN_KEY_WITHOUT_DISTRIBUTION_COLUMN,
            FOREIGN_KEY_REFERENCED_KEY_WIDENED -> SchemaChange.Kind.FOREIGN_KEY_LEFT_OUT;
        default -> SchemaChange.Kind.OTHER;
      };
      out.add(new SchemaChange(v.table(), kind, kind == SchemaChange.Kind.FOREIGN_KEY_LEFT_OUT
          ? referencedTable(profile, v) : null, v.detail() + " — " + v.repair()));
    }
    return out;
  }

  private static String referencedTable(WorkloadProfile profile, Violation v) {
    Table t = profile.schema().table(v.table()).orElse(null);
    if (t == null) {
      return null;
    }
    for (ForeignKey fk : t.foreignKeys()) {
      if (v.detail().contains(PlacementChecker.describe(v.table(), fk))) {
        return fk.referencedTable();
      }
    }
    return null;
  }
}
