package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * Input that could not be used, counted under one named reason, with up to five examples
 * (templates or line positions, never literal values).
 */
public record SkipReason(String reason, long count, List<String> examples) {
  public SkipReason {
    Objects.requireNonNull(reason, "reason");
    examples = List.copyOf(examples);
  }
}
