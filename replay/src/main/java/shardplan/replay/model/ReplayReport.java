package shardplan.replay.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import shardplan.analyzer.model.SkipReason;

/**
 * What a replay did and measured.
 *
 * @param target the server replayed against, {@code host:port/database}, never a password
 * @param clients client threads
 * @param transactions transactions run (logged blocks and autocommit statements)
 * @param committed transactions that committed
 * @param rolledBack transactions that ended in ROLLBACK (as logged, or because a statement failed)
 * @param failedTransactions transactions in which the server refused a statement
 * @param statements statements sent (transaction control not counted)
 * @param failedStatements statements the server refused
 * @param notRun statements not sent: their transaction was already aborted by a failure in the
 *               replay, or their session's connection could not be opened
 * @param errors refused statements and control commands by SQLSTATE (sorted)
 * @param elapsedSeconds wall time from the first statement sent to the last answer
 * @param latency statements that succeeded, all templates
 * @param templates per template, most executed first
 * @param skipped log input not replayed, by reason
 * @param citus what Citus counted, on a Citus coordinator
 * @param nodesReached the workers each transaction reached, on a Citus coordinator when measured
 * @param notes one line each: what the reader should know (no values)
 */
public record ReplayReport(String target, int clients, long transactions, long committed, long rolledBack,
                           long failedTransactions, long statements, long failedStatements, long notRun,
                           Map<String, Long> errors, double elapsedSeconds, LatencySummary latency,
                           List<TemplateReplay> templates, List<SkipReason> skipped,
                           Optional<CitusRouting> citus, Optional<NodesReached> nodesReached, List<String> notes) {
  public ReplayReport {
    Objects.requireNonNull(target, "target");
    errors = java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(errors));
    templates = List.copyOf(templates);
    skipped = List.copyOf(skipped);
    Objects.requireNonNull(citus, "citus");
    Objects.requireNonNull(nodesReached, "nodesReached");
    notes = List.copyOf(notes);
  }

  public double transactionsPerSecond() {
    return elapsedSeconds <= 0 ? 0 : transactions / elapsedSeconds;
  }

  public double statementsPerSecond() {
    return elapsedSeconds <= 0 ? 0 : statements / elapsedSeconds;
  }

  /** Whether anything ran: at least one statement the server accepted. */
  public boolean anythingRan() {
    return statements - failedStatements > 0;
  }
}
