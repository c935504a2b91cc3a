package shardplan.replay.log;

import java.util.List;
import java.util.Objects;

/**
 * One statement of a logged session, to be sent again.
 *
 * @param kind what the replay does with it
 * @param sql the text as logged ({@code $n} placeholders for extended-protocol statements)
 * @param parameters the bound values in order (null for SQL NULL), empty for simple-protocol text
 * @param template the normalised text ({@code $n} for every literal and parameter), never a value
 */
public record Step(Kind kind, String sql, List<String> parameters, String template) {
  /** How a step is run. */
  public enum Kind {
    /** BEGIN / START TRANSACTION. */
    BEGIN,
    /** COMMIT / END. */
    COMMIT,
    /** ROLLBACK / ABORT. */
    ROLLBACK,
    /** SAVEPOINT or RELEASE. */
    SAVEPOINT,
    /** ROLLBACK TO SAVEPOINT: runs even in an aborted transaction, and clears the error. */
    ROLLBACK_TO,
    /** A session setting ({@code SET}, {@code RESET}, {@code SHOW}): applied as logged, not counted as a statement. */
    SETTING,
    /** A data statement: prepared, bound, timed and counted. */
    STATEMENT
  }

  public Step {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(sql, "sql");
    parameters = parameters.isEmpty() ? List.of() : java.util.Collections.unmodifiableList(new java.util.ArrayList<>(parameters));
    Objects.requireNonNull(template, "template");
  }

  /** Whether this is transaction control rather than a statement. */
  public boolean control() {
    return kind != Kind.STATEMENT;
  }
}
