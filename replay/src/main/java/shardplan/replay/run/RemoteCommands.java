package shardplan.replay.run;

import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.postgresql.util.PSQLWarning;
import org.postgresql.util.ServerErrorMessage;

/**
 * The worker nodes a Citus coordinator sent commands to, read from its own notices. With
 * {@code citus.log_remote_commands} on, the coordinator sends a notice for every command it issues
 * to a worker ({@code issuing …}), whose detail names the server ({@code on server USER@HOST:PORT
 * connectionId: N}); a command it runs on its own copy of a shard ({@code executing the command
 * locally}) names none. The notices arrive as the warnings of the JDBC statement that caused them.
 */
public final class RemoteCommands {
  /** The setting that turns the notices on. */
  public static final String SETTING = "citus.log_remote_commands";
  /** Turns the notices on for a session. */
  public static final String ENABLE = "SET " + SETTING + " TO on";

  private static final Pattern SERVER = Pattern.compile("on server (?:[^@\\s]*@)?(\\S+:\\d+)");

  private RemoteCommands() {
  }

  /**
   * Adds the servers named by {@code executed}'s remote-command notices to {@code reached},
   * clears its warnings, and returns how many remote-command notices named no readable server.
   */
  public static int collect(Statement executed, Set<String> reached) throws SQLException {
    int unreadable = 0;
    for (SQLWarning w = executed.getWarnings(); w != null; w = w.getNextWarning()) {
      if (isRemoteCommand(w)) {
        String server = server(w);
        if (server == null) {
          unreadable++;
        } else {
          reached.add(server);
        }
      }
    }
    executed.clearWarnings();
    return unreadable;
  }

  private static boolean isRemoteCommand(SQLWarning w) {
    return w.getMessage() != null && w.getMessage().startsWith("issuing ");
  }

  /** The server ({@code host:port}) named by a remote-command notice, or null. */
  static String server(SQLWarning w) {
    if (w instanceof PSQLWarning pw) {
      ServerErrorMessage m = pw.getServerErrorMessage();
      if (m != null && m.getDetail() != null) {
        Matcher mm = SERVER.matcher(m.getDetail());
        return mm.find() ? mm.group(1) : null;
      }
    }
    return null;
  }
}
