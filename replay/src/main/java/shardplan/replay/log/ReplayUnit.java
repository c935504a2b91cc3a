package shardplan.replay.log;

import java.util.List;
import java.util.Objects;

/**
 * What one session ran as one transaction: a logged block (BEGIN ... COMMIT/ROLLBACK) or one
 * autocommit statement.
 *
 * @param session the logged session (process id or session id)
 * @param steps the statements in logged order, transaction control included
 * @param unterminated the log ended with the block still open; the replay rolls it back
 */
public record ReplayUnit(String session, List<Step> steps, boolean unterminated) {
  public ReplayUnit {
    Objects.requireNonNull(session, "session");
    steps = List.copyOf(steps);
  }

  /** Statements (not transaction control) in the unit. */
  public int statements() {
    int n = 0;
    for (Step s : steps) {
      if (!s.control()) {
        n++;
      }
    }
    return n;
  }
}
