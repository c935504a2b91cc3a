package shardplan.workloads.log;

/**
 * One client connection as the server sees it: its backend process, session id, virtual
 * transaction ids ({@code backendId/localXid}) and the transaction id of its open transaction.
 */
final class Session {
  final int pid;
  final int backendId;
  final int remotePort;
  final long startMicros;
  final String sessionId;
  final String startText;
  final String connectionFrom;
  long lineNum;
  int localXid;
  long txid;
  boolean inTransaction;
  /** pgjdbc prepares COMMIT and ROLLBACK as named statements S_1, S_2 in order of first use. */
  String commitName;
  String rollbackName;
  int namedStatements;
  String applicationName = "";
  /** Executions per template ordinal, and the server-side name once pgjdbc has prepared it. */
  int[] executions = new int[64];
  String[] names = new String[64];

  Session(int pid, int backendId, int remotePort, long startMicros, LogClock clock) {
    this.pid = pid;
    this.backendId = backendId;
    this.remotePort = remotePort;
    this.startMicros = startMicros;
    this.sessionId = Long.toHexString(Math.floorDiv(startMicros, 1_000_000L)) + "." + Integer.toHexString(pid);
    StringBuilder sb = new StringBuilder();
    clock.appendSeconds(sb, startMicros);
    this.startText = sb.toString();
    this.connectionFrom = "127.0.0.1:" + remotePort;
  }

  String commitName() {
    if (commitName == null) {
      commitName = "S_" + (++namedStatements);
    }
    return commitName;
  }

  /**
   * The name pgjdbc executes the template under: {@code <unnamed>} for the first
   * {@code prepareThreshold - 1} executions on this connection, then a server-side prepared
   * statement {@code S_n} (0 disables it).
   */
  String statementName(int ordinal, int prepareThreshold) {
    if (ordinal >= executions.length) {
      int n = Math.max(ordinal + 1, executions.length * 2);
      executions = java.util.Arrays.copyOf(executions, n);
      names = java.util.Arrays.copyOf(names, n);
    }
    int count = ++executions[ordinal];
    if (prepareThreshold <= 0 || count < prepareThreshold) {
      return "<unnamed>";
    }
    String name = names[ordinal];
    if (name == null) {
      name = "S_" + (++namedStatements);
      names[ordinal] = name;
    }
    return name;
  }

  String rollbackName() {
    if (rollbackName == null) {
      rollbackName = "S_" + (++namedStatements);
    }
    return rollbackName;
  }
}
