package shardplan.replay.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import shardplan.replay.model.CitusRouting;
import shardplan.replay.run.CitusCounters;
import shardplan.replay.run.RemoteCommands;
import shardplan.workloads.model.ScheduledTransaction;
import shardplan.workloads.replay.ReplayDriver;

/**
 * The per-transaction probe of the Citus measurement pass: the worker nodes each transaction
 * reached, as Citus itself reports them. Every transaction runs with
 * {@code citus.log_remote_commands} on, so the coordinator sends a notice for every command it
 * issues to a worker, whose detail names the server ({@code on server USER@HOST:PORT
 * connectionId: N}); commands Citus runs on the coordinator itself ("executing the command
 * locally", e.g. a read of a reference table's local copy) name no worker. A transaction is
 * distributed when its commands reached more than one worker.
 *
 * <p>The pass also reads Citus's routing counters ({@code citus_stat_counters}) around it. They
 * are turned on for each session as a whole, never with {@code SET LOCAL}: Citus 13.2 saves a
 * backend's counts, and clears its shared-memory slot, at backend exit only when the setting is on
 * then, so a backend that counted under {@code SET LOCAL} leaves its counts in the slot for the
 * next backend that takes it (measured: a second placement's pass counted 38 % more single-shard
 * statements than it sent). The counters are read once every session is open, so that counts a
 * session's backend inherited weigh on both readings alike.
 */
final class CitusProbe implements ReplayDriver.TransactionProbe {
  private final Set<String> reached = new HashSet<>();
  private final MeasuredTransactions cost;
  private boolean anyServerNamed;
  private long unreadable;

  private Optional<CitusRouting> before = Optional.empty();
  private Optional<CitusRouting> counted = Optional.empty();

  CitusProbe(MeasuredTransactions cost) {
    this.cost = cost;
  }

  @Override
  public void opened(List<Connection> sessions) throws SQLException {
    for (Connection c : sessions) {
      try (Statement st = c.createStatement()) {
        st.execute(CitusCounters.ENABLE);
        c.commit();
      } catch (SQLException e) {
        // a Citus before 13.1 has no counters: the pass measures the nodes reached only
        c.rollback();
        return;
      }
    }
    if (!sessions.isEmpty()) {
      before = CitusCounters.read(sessions.get(0));
      sessions.get(0).commit();
    }
  }

  @Override
  public void closing(List<Connection> sessions) throws SQLException {
    if (before.isPresent()) {
      counted = CitusCounters.read(sessions.get(0)).map(after -> CitusCounters.difference(before.get(), after));
      sessions.get(0).commit();
    }
  }

  /** What citus_stat_counters counted over the pass, or empty when it cannot be read (before Citus 13.1). */
  Optional<CitusRouting> counted() {
    return counted;
  }

  @Override
  public void begin(Connection c) throws SQLException {
    reached.clear();
    try (Statement st = c.createStatement()) {
      st.execute("SET LOCAL " + RemoteCommands.SETTING + " TO on");
      st.execute("SET LOCAL client_min_messages TO notice");
    }
  }

  @Override
  public void statement(Statement executed) throws SQLException {
    unreadable += RemoteCommands.collect(executed, reached);
    anyServerNamed |= !reached.isEmpty();
  }

  @Override
  public void end(Connection c, ScheduledTransaction t) {
    cost.measured(t.transaction(), reached.size() > 1);
  }

  /** The measured distributed fraction, or null when none was measured or no notice could be read. */
  Double fraction() {
    return !anyServerNamed && unreadable > 0 ? null : cost.fraction();
  }

  /** Remote-command notices whose server could not be read. */
  long unreadable() {
    return unreadable;
  }
}
