package shardplan.partitioner.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;

/**
 * What the advice or evaluation was computed from: the {@code "input"} object of the placement
 * JSON.
 *
 * @param statements data statements read (committed and aborted)
 * @param transactions transactions read (committed and aborted)
 * @param skipped input that could not be used, count by reason, in the profile's order
 */
public record InputSummary(long statements, long transactions, Map<String, Long> skipped) {
  public InputSummary {
    Objects.requireNonNull(skipped, "skipped");
    skipped = Collections.unmodifiableMap(new LinkedHashMap<>(skipped));
  }

  /** The summary of a profile. */
  public static InputSummary of(WorkloadProfile profile) {
    Objects.requireNonNull(profile, "profile");
    Map<String, Long> skipped = new LinkedHashMap<>();
    for (SkipReason r : profile.skipped()) {
      skipped.merge(r.reason(), r.count(), Long::sum);
    }
    return new InputSummary(profile.statements(), profile.transactions(), skipped);
  }
}
