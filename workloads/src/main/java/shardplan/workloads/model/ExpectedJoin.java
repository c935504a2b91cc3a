package shardplan.workloads.model;

/** A join edge and its weight: committed statements containing the equality. */
public record ExpectedJoin(String left, String right, long weight) {
}
