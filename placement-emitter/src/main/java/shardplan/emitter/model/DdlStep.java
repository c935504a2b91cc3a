package shardplan.emitter.model;

import java.util.Objects;

/**
 * One statement of a plan.
 *
 * @param node where it runs
 * @param section the heading it is printed under (steps of one section run together)
 * @param sql the statement as it is executed (may hold a password given through the environment)
 * @param shown the statement as it is printed: {@code sql} with any password masked
 * @param doneProbe a query returning one boolean row, true when what the statement makes is
 *                  already in place (so a re-run skips it); null if it must always run
 * @param comment why the statement is there, printed above it; empty if nothing to say
 */
public record DdlStep(Node node, String section, String sql, String shown, String doneProbe, String comment) {
  public DdlStep {
    Objects.requireNonNull(node, "node");
    Objects.requireNonNull(section, "section");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(shown, "shown");
    Objects.requireNonNull(comment, "comment");
  }

  public static DdlStep of(Node node, String section, String sql, String doneProbe) {
    return new DdlStep(node, section, sql, sql, doneProbe, "");
  }

  public DdlStep withComment(String c) {
    return new DdlStep(node, section, sql, shown, doneProbe, c);
  }
}
