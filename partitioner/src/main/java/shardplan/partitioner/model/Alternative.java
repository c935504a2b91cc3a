package shardplan.partitioner.model;

import java.util.Objects;

/**
 * A design the search evaluated and ranked below the advice.
 *
 * @param decision what separates it from the advice, e.g. {@code order_line: distributed(id) instead of
 *                 distributed(orderId)}
 * @param placement the whole design
 * @param metrics its predicted metrics on every transaction
 * @param cost the search's single number for it (lower is better); the advice's is never higher
 */
public record Alternative(String decision, Placement placement, PlacementMetrics metrics, double cost) {
  public Alternative {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(metrics, "metrics");
  }
}
