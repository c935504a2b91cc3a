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

  String rollbackName() {
    if (rollbackName == null) {
      rollbackName = "S_" + (++namedStatements);
    }
    return rollbackName;
  }
}
