package shardplan.reports;

import java.util.Objects;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.model.Advice;

/**
 * What a report shows: the advice and the profile it was made from.
 *
 * @param title heading of the report, e.g. the workload's name
 * @param advice the placement, its metrics and the baselines
 * @param profile the analysed workload (table usage, joins, skipped input)
 */
public record ReportInput(String title, Advice advice, WorkloadProfile profile) {
  public ReportInput {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(profile, "profile");
  }
}
