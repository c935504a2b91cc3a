package shardplan.partitioner.classify;

import java.util.Objects;
import shardplan.partitioner.model.TableEvidence;

/**
 * The replicate-or-partition decision for one table.
 *
 * @param table lower-case table name
 * @param side where it goes
 * @param evidence reads, writes, update ratio, size and the cost on each side
 * @param estimatedBytes size in bytes, from the live schema or rows × estimated width; -1 if unknown
 * @param reason one sentence that says why
 */
public record TableDecision(String table, Side side, TableEvidence evidence, long estimatedBytes, String reason) {
  public TableDecision {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(side, "side");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(reason, "reason");
  }
}
