package shardplan.workloads.log;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.SplittableRandom;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.SqlLiterals;
import shardplan.workloads.model.StatementTemplate;

/**
 * Writes what a PostgreSQL 15 server with {@code log_statement = 'all'} logs while a JDBC
 * application (pgjdbc, autocommit off) runs the workload, as checked against a real server:
 *
 * <ul>
 *   <li>on connect pgjdbc sends {@code SET application_name = 'PostgreSQL JDBC Driver'}, logged
 *       before the name is set (empty application name);</li>
 *   <li>a transaction starts with {@code statement: BEGIN} (command tag {@code idle});</li>
 *   <li>extended protocol: {@code execute <unnamed>: <sql with $n>} with the statement's command
 *       tag and a detail {@code parameters: $1 = '...', $2 = '...'}; from the
 *       {@code prepareThreshold}-th execution of the same text on a connection (pgjdbc's default 5)
 *       the driver uses a named server-side statement and the line reads {@code execute S_2: ...};
 *       simple protocol:
 *       {@code statement: <sql with literals>} with tag {@code idle in transaction};</li>
 *   <li>pgjdbc prepares COMMIT and ROLLBACK as named statements, so the extended protocol logs
 *       {@code execute S_1: COMMIT}; the simple protocol logs {@code statement: COMMIT};</li>
 *   <li>virtual transaction ids are {@code backendId/localXid}, a new local id per transaction;
 *       a transaction id appears from the line after the first statement that writes or locks
 *       rows, and stays until the end of the transaction.</li>
 * </ul>
 *
 * <p>Timestamps advance by a random 0 to 1.5 ms per line from a fixed start, so they never
 * decrease; process ids, ports and session starts come from the seed.
 */
public final class ServerLogWriter implements LogSink {
  /** First line's time: 2024-03-04 09:00:00 UTC. */
  static final long START_MICROS = 1_709_542_800L * 1_000_000L;
  private static final String DRIVER_NAME = "PostgreSQL JDBC Driver";

  private final OutputStream out;
  private final RecordFormat format;
  private final Protocol protocol;
  private final int prepareThreshold;
  private final String user;
  private final String database;
  private final SplittableRandom rng;
  private final LogClock clock = new LogClock();
  private final LogRecord record = new LogRecord();
  private final StringBuilder buffer = new StringBuilder(1 << 16);
  private Session[] sessions = new Session[0];
  private long now = START_MICROS;
  private long nextXid = 748;
  private final java.util.List<String> connectStatements;

  /**
   * @param out where the log goes; buffered by the caller or not, this class batches writes
   * @param format csvlog, jsonlog or stderr
   * @param prepareThreshold pgjdbc's {@code prepareThreshold}: from this execution of a statement on a
   *                         connection on, it runs as a named server-side statement (0: never)
   * @param logLinePrefix stderr only: the {@code log_line_prefix}
   * @param user role name the sessions log in as
   * @param database database name
   * @param seed decides process ids, ports and timing
   */
  public ServerLogWriter(OutputStream out, LogFormat format, Protocol protocol, int prepareThreshold, String logLinePrefix,
                         String user, String database, long seed) {
    this(out, format, protocol, prepareThreshold, logLinePrefix, user, database, seed, java.util.List.of());
  }

  /**
   * As the other constructor, and each connection sends {@code connectStatements} (simple
   * protocol, outside any transaction) after its application name, as drivers and ORMs do.
   */
  public ServerLogWriter(OutputStream out, LogFormat format, Protocol protocol, int prepareThreshold, String logLinePrefix,
                         String user, String database, long seed, java.util.List<String> connectStatements) {
    this.connectStatements = java.util.List.copyOf(connectStatements);
    this.out = Objects.requireNonNull(out, "out");
    this.prepareThreshold = prepareThreshold;
    this.protocol = Objects.requireNonNull(protocol, "protocol");
    this.format = switch (format) {
      case CSVLOG -> new CsvLogFormat(clock);
      case JSONLOG -> new JsonLogFormat(clock);
      case STDERR -> new StderrLogFormat(clock, logLinePrefix);
      case SQL -> throw new IllegalArgumentException("the sql format is written by SqlScriptWriter");
    };
    this.user = Objects.requireNonNull(user, "user");
    this.database = Objects.requireNonNull(database, "database");
    this.rng = new SplittableRandom(seed ^ 0x5DEECE66DL);
    record.user = user;
    record.database = database;
  }

  @Override
  public void open(int count) throws IOException {
    sessions = new Session[count];
    long start = now - 1_000_000L * (count + 1);
    for (int i = 0; i < count; i++) {
      int pid = 20_000 + 17 * i + rng.nextInt(17);
      int port = 40_000 + 13 * i + rng.nextInt(13);
      long connected = start + i * 1_000_000L + rng.nextInt(900_000);
      Session s = new Session(pid, 3 + i, port, connected, clock);
      s.localXid = 1;
      sessions[i] = s;
    }
    for (Session s : sessions) {
      s.localXid++;
      record.clear();
      record.message.append("statement: SET application_name = '").append(DRIVER_NAME).append('\'');
      emit(s, "idle");
      s.applicationName = DRIVER_NAME;
      for (String sql : connectStatements) {
        s.localXid++;
        record.clear();
        record.message.append("statement: ").append(sql);
        emit(s, "idle");
      }
    }
  }

  @Override
  public void begin(int session) throws IOException {
    Session s = sessions[session];
    s.localXid++;
    s.txid = 0;
    s.inTransaction = true;
    record.clear();
    record.message.append("statement: BEGIN");
    emit(s, "idle");
  }

  @Override
  public void statement(int session, Call call) throws IOException {
    Session s = sessions[session];
    StatementTemplate t = call.template();
    record.clear();
    String tag;
    if (protocol == Protocol.EXTENDED) {
      record.message.append("execute ").append(s.statementName(t.ordinal(), prepareThreshold)).append(": ")
          .append(t.sql());
      Object[] p = call.params();
      if (p.length > 0) {
        StringBuilder d = record.detail;
        d.append("parameters: ");
        for (int i = 0; i < p.length; i++) {
          if (i > 0) {
            d.append(", ");
          }
          d.append('$').append(i + 1).append(" = ");
          SqlLiterals.appendLogged(d, p[i]);
        }
      }
      tag = t.commandTag();
    } else {
      record.message.append("statement: ");
      t.appendInlined(record.message, call.params());
      tag = s.inTransaction ? "idle in transaction" : "idle";
    }
    emit(s, tag);
    if (t.locksRows() && s.txid == 0) {
      s.txid = nextXid++;
    }
  }

  @Override
  public void end(int session, boolean rollback) throws IOException {
    Session s = sessions[session];
    record.clear();
    String tag;
    if (protocol == Protocol.EXTENDED) {
      record.message.append("execute ").append(rollback ? s.rollbackName() : s.commitName()).append(": ")
          .append(rollback ? "ROLLBACK" : "COMMIT");
      tag = rollback ? "ROLLBACK" : "COMMIT";
    } else {
      record.message.append(rollback ? "statement: ROLLBACK" : "statement: COMMIT");
      tag = "idle in transaction";
    }
    emit(s, tag);
    s.inTransaction = false;
    s.txid = 0;
  }

  private void emit(Session s, String tag) throws IOException {
    now += rng.nextInt(1500);
    s.lineNum++;
    record.micros = now;
    record.session = s;
    record.commandTag = tag;
    record.applicationName = s.applicationName;
    format.append(buffer, record);
    if (buffer.length() > (1 << 15)) {
      flushBuffer();
    }
  }

  private void flushBuffer() throws IOException {
    out.write(buffer.toString().getBytes(StandardCharsets.UTF_8));
    buffer.setLength(0);
  }

  @Override
  public void close() throws IOException {
    flushBuffer();
    out.flush();
  }
}
