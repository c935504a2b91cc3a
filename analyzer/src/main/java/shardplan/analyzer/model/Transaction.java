package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * The statements of one transaction (BEGIN ... COMMIT, or one autocommit statement) and the
 * rows they touched.
 *
 * @param session the session it ran in (process id or session id of the log)
 * @param committed false if it rolled back or failed
 * @param statements data statements it ran (not BEGIN/COMMIT)
 * @param accesses table accesses in statement order
 */
public record Transaction(String session, boolean committed, int statements, List<TableAccess> accesses) {
  public Transaction {
    Objects.requireNonNull(session, "session");
    accesses = List.copyOf(accesses);
  }
}
