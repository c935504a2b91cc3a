package shardplan.emitter.apply;

import java.util.List;
import java.util.Objects;

/**
 * What an apply did, statement by statement, for people and for CI ({@code apply --format json}).
 *
 * @param executed false for a dry run (nothing was changed)
 * @param ran statements run
 * @param skipped statements skipped because what they make was already in place
 * @param pending statements a dry run would have run
 * @param differences placement read back versus asked for (empty when they agree, or on a dry run)
 * @param rowChanges tables whose row count or checksum changed (empty when none did, or on a dry run)
 * @param statements every statement reached, in order, with what happened to it
 * @param rowChecks each table's row count and checksum before and after ({@code existing} mode), and
 *                  each postgres-fdw worker's copy of a reference table; empty when none was taken
 * @param failure the one line saying which statement failed and why; null when none failed
 */
public record ApplyReport(boolean executed, int ran, int skipped, int pending, List<String> differences,
                          List<String> rowChanges, List<StatementOutcome> statements, List<RowCheck> rowChecks,
                          String failure) {
  public ApplyReport {
    differences = List.copyOf(differences);
    rowChanges = List.copyOf(rowChanges);
    statements = List.copyOf(statements);
    rowChecks = List.copyOf(rowChecks);
  }

  public ApplyReport(boolean executed, int ran, int skipped, int pending, List<String> differences,
                     List<String> rowChanges) {
    this(executed, ran, skipped, pending, differences, rowChanges, List.of(), List.of(), null);
  }

  public boolean ok() {
    return differences.isEmpty() && rowChanges.isEmpty() && failure == null;
  }

  /** What happened to one statement. */
  public enum Status {
    /** Run, and it succeeded. */
    RAN,
    /** Its probe said it was already in place. */
    SKIPPED,
    /** A dry run: it would run. */
    WOULD_RUN,
    /** Run, and the server refused it; nothing after it ran. */
    FAILED;

    /** {@code ran}, {@code skipped}, {@code would-run}, {@code failed}. */
    public String word() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /**
   * One statement of the plan.
   *
   * @param index 1-based position in the plan
   * @param node where it runs ({@code coordinator}, {@code worker 1 (host:port/db)}, ...)
   * @param section the plan's section (tables, distribution, foreign keys, ...)
   * @param statement the statement as shown to people (no password)
   * @param status what happened
   * @param error the server's message when it failed; null otherwise
   */
  public record StatementOutcome(int index, String node, String section, String statement, Status status,
                                 String error) {
    public StatementOutcome {
      Objects.requireNonNull(node, "node");
      Objects.requireNonNull(section, "section");
      Objects.requireNonNull(statement, "statement");
      Objects.requireNonNull(status, "status");
    }
  }

  /**
   * A row-count check.
   *
   * @param table the table
   * @param what {@code before/after} for a table moved with its rows, {@code worker N copy} for a
   *             postgres-fdw worker's copy of a reference table
   * @param expectedRows rows before (or on the coordinator)
   * @param actualRows rows after (or on the worker); -1 when they could not be counted
   * @param sameChecksum whether the rows' checksums agree
   */
  public record RowCheck(String table, String what, long expectedRows, long actualRows, boolean sameChecksum) {
    public RowCheck {
      Objects.requireNonNull(table, "table");
      Objects.requireNonNull(what, "what");
    }

    public boolean ok() {
      return expectedRows == actualRows && sameChecksum;
    }
  }
}
