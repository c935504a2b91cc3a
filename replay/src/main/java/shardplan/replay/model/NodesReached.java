package shardplan.replay.model;

/**
 * The worker nodes the replayed transactions reached, as a Citus coordinator reported them (the
 * servers named by the commands it issued, {@code citus.log_remote_commands}).
 *
 * @param transactions transactions measured (every transaction whose session connected)
 * @param distributed those whose commands reached more than one worker
 */
public record NodesReached(long transactions, long distributed) {
  /** distributed / transactions, 0 when none was measured. */
  public double fraction() {
    return transactions == 0 ? 0 : (double) distributed / transactions;
  }
}
