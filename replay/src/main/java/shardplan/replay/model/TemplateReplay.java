package shardplan.replay.model;

import java.util.Map;
import java.util.Objects;

/**
 * What the replay measured for one statement template.
 *
 * @param template the normalised text, {@code $n} for every value
 * @param statements executions sent
 * @param errors executions the server refused, by SQLSTATE
 * @param latency latency of the executions that succeeded
 */
public record TemplateReplay(String template, long statements, Map<String, Long> errors, LatencySummary latency) {
  public TemplateReplay {
    Objects.requireNonNull(template, "template");
    errors = Map.copyOf(errors);
    Objects.requireNonNull(latency, "latency");
  }

  public long failed() {
    return errors.values().stream().mapToLong(Long::longValue).sum();
  }
}
