package shardplan.reports;

import java.util.List;
import java.util.Objects;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.classify.Classifier;
import shardplan.partitioner.model.Advice;
import shardplan.reports.model.Evaluation;
import shardplan.reports.model.Measured;
import shardplan.reports.model.SchemaChange;

/**
 * What a report shows: the advice, the profile it was made from, and what else is known. Every
 * part beyond the first three is optional; a section whose data is missing says so.
 *
 * @param title heading of the report, e.g. the workload's name
 * @param advice the placement, its metrics and the baselines
 * @param profile the analysed workload (table usage, joins, skipped input)
 * @param showValues whether literal values from the log may appear (hot keys); off by default
 * @param updateThreshold the update ratio above which the advisor partitions a table
 * @param schemaChanges what the emitted DDL changes in the user's schema (empty if none or not
 *                      known)
 * @param evaluation figures computed from the transaction stream ({@link ReportEvaluation}), or
 *                   {@link Evaluation#NONE}
 * @param measured figures measured on a cluster, or null
 */
public record ReportInput(String title, Advice advice, WorkloadProfile profile, boolean showValues,
                          double updateThreshold, List<SchemaChange> schemaChanges, Evaluation evaluation,
                          Measured measured) {
  public ReportInput {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(profile, "profile");
    schemaChanges = List.copyOf(schemaChanges);
    Objects.requireNonNull(evaluation, "evaluation");
  }

  /** The advice and its profile, with the default threshold and nothing else known. */
  public ReportInput(String title, Advice advice, WorkloadProfile profile) {
    this(title, advice, profile, false, Classifier.DEFAULT_UPDATE_THRESHOLD, List.of(), Evaluation.NONE, null);
  }

  public ReportInput withShowValues(boolean show) {
    return new ReportInput(title, advice, profile, show, updateThreshold, schemaChanges, evaluation, measured);
  }

  public ReportInput withUpdateThreshold(double threshold) {
    return new ReportInput(title, advice, profile, showValues, threshold, schemaChanges, evaluation, measured);
  }

  public ReportInput withSchemaChanges(List<SchemaChange> changes) {
    return new ReportInput(title, advice, profile, showValues, updateThreshold, changes, evaluation, measured);
  }

  public ReportInput withEvaluation(Evaluation e) {
    return new ReportInput(title, advice, profile, showValues, updateThreshold, schemaChanges, e, measured);
  }

  public ReportInput withMeasured(Measured m) {
    return new ReportInput(title, advice, profile, showValues, updateThreshold, schemaChanges, evaluation, m);
  }
}
