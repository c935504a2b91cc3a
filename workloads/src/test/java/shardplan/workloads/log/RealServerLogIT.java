package shardplan.workloads.log;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;
import shardplan.workloads.Databases;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.replay.DataLoader;
import shardplan.workloads.replay.ReplayDriver;
import shardplan.workloads.replay.ReplayResult;

/**
 * Runs a generated workload through pgjdbc against a real PostgreSQL 15 that logs every
 * statement to csvlog, jsonlog and stderr at once, and checks that the generated logs hold the
 * same records for the session as the server's: same messages, details, command tags, keys, and
 * the same pattern of virtual and real transaction ids. One session, so the order is fixed;
 * enough transactions that statements become named server-side statements and a NewOrder rolls
 * back.
 */
class RealServerLogIT {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Workload TPCC = Workloads.byName("tpcc");

  @TempDir
  static Path dir;
  static LocalCluster cluster;
  static PostgresInstance pg;

  @BeforeAll
  static void start() throws Exception {
    Map<String, String> settings = new LinkedHashMap<>();
    settings.put("logging_collector", "on");
    settings.put("log_destination", "'csvlog,jsonlog,stderr'");
    settings.put("log_statement", "'all'");
    settings.put("log_filename", "'postgresql.log'");
    settings.put("log_line_prefix", "'%m [%p] %q%u@%d '");
    cluster = Databases.start("realserverlog", settings);
    pg = cluster.coordinator();
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private static WorkloadOptions options(String db) {
    return WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(250).withSessions(1).withSeed(5);
  }

  private record Run(Path gen, Path serverLog, String database) {
  }

  /** Generates the workload in every format, loads it into a fresh database and replays it. */
  private static Run run(String db, Protocol protocol) throws Exception {
    WorkloadOptions o = options(db).withProtocol(protocol);
    Path gen = dir.resolve(db);
    GenerationResult first = WorkloadGenerator.generate(TPCC, o.withFormat(LogFormat.CSVLOG), gen);
    assertThat(first.expected().committedTransactions()).as("a NewOrder rolls back")
        .isLessThan(first.expected().transactions());
    WorkloadGenerator.generate(TPCC, o.withFormat(LogFormat.JSONLOG).withWriteData(false), gen);
    WorkloadGenerator.generate(TPCC, o.withFormat(LogFormat.STDERR).withWriteData(false), gen);
    pg.createDatabase(db);
    try (var c = pg.connect(db)) {
      DataLoader.load(c, gen, TPCC.tables());
    }
    Properties props = new Properties();
    props.setProperty("user", pg.user());
    if (protocol == Protocol.SIMPLE) {
      props.setProperty("preferQueryMode", "simple");
    }
    ReplayResult r = ReplayDriver.replay(() -> java.sql.DriverManager.getConnection(pg.jdbcUrl(db), props),
        WorkloadGenerator.transactions(TPCC, o), protocol);
    assertThat(r.failures()).isEmpty();
    assertThat(r.intendedRollbacks()).isPositive();
    // the logging collector writes asynchronously; a checkpoint round trip gives it time
    try (var c = pg.connect(db); var st = c.createStatement()) {
      st.execute("SELECT pg_sleep(0.5)");
    }
    Thread.sleep(500);
    return new Run(gen, pg.dataDir().resolve("log"), db);
  }

  @Test
  void extendedProtocolLogsMatchTheServer() throws Exception {
    Run run = run("extended", Protocol.EXTENDED);
    compareCsv(run);
    compareJson(run);
    compareStderr(run);
  }

  @Test
  void simpleProtocolLogsMatchTheServer() throws Exception {
    Run run = run("simple", Protocol.SIMPLE);
    compareCsv(run);
    compareJson(run);
    compareStderr(run);
  }

  private static final String PREFIX = "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h %c %v %x %i %e %s %n %b %% ";
  private static final java.util.regex.Pattern PREFIXED = java.util.regex.Pattern.compile(
      "^(\\S+ \\S+ UTC) \\[(\\d+)\\]: \\[(\\d+)-1\\] user=([^,]*),db=([^,]*),app=([^,]*),client=(\\S*) "
          + "([0-9a-f]+\\.[0-9a-f]+) (\\d+)/(\\d+) (\\d+) (.*?) (\\d{5}) (\\S+ \\S+ UTC) (\\d+\\.\\d{3}) "
          + "client backend % ((?s).*)$");

  /** A pgbadger-style prefix with most escapes, set on the running server and generated alike. */
  @Test
  void customLogLinePrefixMatchesTheServer() throws Exception {
    try (var c = pg.connect("postgres"); var st = c.createStatement()) {
      st.execute("ALTER SYSTEM SET log_line_prefix = '" + PREFIX + "'");
      st.execute("SELECT pg_reload_conf()");
    }
    Thread.sleep(1000);
    try {
      WorkloadOptions o = options("prefix").withTransactions(60).withFormat(LogFormat.STDERR).withLogLinePrefix(PREFIX);
      Path gen = dir.resolve("prefix");
      WorkloadGenerator.generate(TPCC, o, gen);
      pg.createDatabase("prefix");
      try (var c = pg.connect("prefix")) {
        DataLoader.load(c, gen, TPCC.tables());
      }
      ReplayResult r = ReplayDriver.replay(() -> pg.connect("prefix"), WorkloadGenerator.transactions(TPCC, o));
      assertThat(r.failures()).isEmpty();
      try (var c = pg.connect("prefix"); var st = c.createStatement()) {
        st.execute("SELECT pg_sleep(0.5)");
      }
      Thread.sleep(500);
      List<String> real = stderrRecords(Files.readAllLines(pg.dataDir().resolve("log").resolve("postgresql.log")));
      Map<String, Integer> count = new LinkedHashMap<>();
      for (String line : real) {
        java.util.regex.Matcher m = PREFIXED.matcher(line);
        if (m.matches() && m.group(5).equals("prefix")) {
          count.merge(m.group(2), 1, Integer::sum);
        }
      }
      String pid = count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      List<String> session = real.stream().filter(l -> {
        java.util.regex.Matcher m = PREFIXED.matcher(l);
        return m.matches() && m.group(2).equals(pid);
      }).toList();
      List<String> generated = stderrRecords(Files.readAllLines(gen.resolve("postgresql.log")));
      assertSame(prefixShapes(session), prefixShapes(generated));
    } finally {
      try (var c = pg.connect("postgres"); var st = c.createStatement()) {
        st.execute("ALTER SYSTEM RESET log_line_prefix");
        st.execute("SELECT pg_reload_conf()");
      }
      Thread.sleep(500);
    }
  }

  /** Line number, application, client, local xid relative to the first, xid or not, tag, state, rest. */
  private static List<String> prefixShapes(List<String> lines) {
    List<String> out = new ArrayList<>();
    long base = -1;
    for (String l : lines) {
      java.util.regex.Matcher m = PREFIXED.matcher(l);
      assertThat(m.matches()).as(l).isTrue();
      long lxid = Long.parseLong(m.group(10));
      base = base < 0 ? lxid : base;
      assertThat(m.group(8)).endsWith("." + Integer.toHexString(Integer.parseInt(m.group(2))));
      out.add(m.group(3) + " | " + m.group(6) + " | " + m.group(7) + " | " + (lxid - base) + " | "
          + (m.group(11).equals("0") ? "no xid" : "xid") + " | " + m.group(12) + " | " + m.group(13) + " | "
          + m.group(16));
    }
    return out;
  }

  private static void compareCsv(Run run) throws Exception {
    List<CSVRecord> real = parseCsv(run.serverLog.resolve("postgresql.csv"));
    List<CSVRecord> generated = parseCsv(run.gen.resolve("postgresql.csv"));
    String pid = replaySession(real, r -> r.get(2), r -> r.get(3), r -> r.get(13), run.database);
    List<CSVRecord> session = real.stream().filter(r -> r.get(3).equals(pid)).toList();
    assertSame(csvShapes(session), csvShapes(generated));
  }

  private static void compareJson(Run run) throws Exception {
    List<JsonNode> real = parseJson(run.serverLog.resolve("postgresql.json"));
    List<JsonNode> generated = parseJson(run.gen.resolve("postgresql.json"));
    String pid = replaySession(real, n -> n.path("dbname").asText(), n -> n.path("pid").asText(),
        n -> n.path("message").asText(), run.database);
    List<JsonNode> session = real.stream().filter(n -> n.path("pid").asText().equals(pid)).toList();
    assertSame(jsonShapes(session), jsonShapes(generated));
  }

  private static void compareStderr(Run run) throws Exception {
    List<String> real = stderrRecords(Files.readAllLines(run.serverLog.resolve("postgresql.log")));
    List<String> generated = stderrRecords(Files.readAllLines(run.gen.resolve("postgresql.log")));
    String pid = replaySession(real, s -> s.substring(s.indexOf('@') + 1, s.indexOf(' ', s.indexOf('@'))),
        s -> s.substring(s.indexOf('[') + 1, s.indexOf(']')), s -> s, run.database);
    List<String> session = real.stream().filter(s -> s.contains("[" + pid + "]")).map(RealServerLogIT::stripPrefix)
        .toList();
    assertSame(session, generated.stream().map(RealServerLogIT::stripPrefix).toList());
  }

  /** The session of the replay: in the database, the one with the most records. */
  private static <T> String replaySession(List<T> recs, Function<T, String> db, Function<T, String> pid,
                                          Function<T, String> message, String database) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (T r : recs) {
      if (db.apply(r).equals(database)) {
        count.merge(pid.apply(r), 1, Integer::sum);
      }
    }
    return count.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
  }

  private static void assertSame(List<String> want, List<String> got) {
    for (int i = 0; i < Math.min(want.size(), got.size()); i++) {
      if (!want.get(i).equals(got.get(i))) {
        assertThat(got.get(i)).as("record " + i).isEqualTo(want.get(i));
      }
    }
    assertThat(got).hasSameSizeAs(want);
  }

  private static List<CSVRecord> parseCsv(Path p) throws Exception {
    try (Reader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
      List<CSVRecord> out = new ArrayList<>();
      for (CSVRecord rec : CSVFormat.DEFAULT.parse(r)) {
        assertThat(rec.size()).as("columns of " + rec).isEqualTo(26);
        out.add(rec);
      }
      return out;
    }
  }

  private static List<JsonNode> parseJson(Path p) throws Exception {
    List<JsonNode> out = new ArrayList<>();
    for (String line : Files.readAllLines(p)) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  /** Line number, command tag, local xid relative to the first record, xid or not, severity, message, detail, application. */
  private static List<String> csvShapes(List<CSVRecord> recs) {
    List<String> out = new ArrayList<>();
    long base = -1;
    for (CSVRecord r : recs) {
      long lxid = Long.parseLong(r.get(9).substring(r.get(9).indexOf('/') + 1));
      base = base < 0 ? lxid : base;
      out.add(r.get(6) + " | " + r.get(7) + " | " + (lxid - base) + " | " + (r.get(10).equals("0") ? "no xid" : "xid") + " | "
          + r.get(11) + " | " + r.get(12) + " | " + r.get(13) + " | " + r.get(14) + " | " + r.get(15) + r.get(16)
          + r.get(17) + r.get(18) + r.get(19) + r.get(20) + r.get(21) + " | app=" + r.get(22) + " | " + r.get(23)
          + " | " + r.get(24) + " | " + r.get(25));
    }
    return out;
  }

  /** The keys in order, and the values that do not depend on time, process or names. */
  private static List<String> jsonShapes(List<JsonNode> recs) {
    List<String> out = new ArrayList<>();
    long base = -1;
    for (JsonNode n : recs) {
      StringBuilder keys = new StringBuilder();
      for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
        keys.append(it.next()).append(',');
      }
      String vxid = n.path("vxid").asText();
      long lxid = Long.parseLong(vxid.substring(vxid.indexOf('/') + 1));
      base = base < 0 ? lxid : base;
      out.add(keys + " | " + n.path("line_num").asText() + " | " + n.path("ps").asText() + " | " + (lxid - base) + " | "
          + (n.path("txid").asLong() == 0 ? "no xid" : "xid") + " | " + n.path("message").asText() + " | "
          + n.path("detail").asText() + " | " + n.path("application_name").asText() + " | "
          + n.path("backend_type").asText() + " | " + n.path("query_id").asText());
    }
    return out;
  }

  /** Joins continuation lines (tab first) to their record. */
  private static List<String> stderrRecords(List<String> lines) {
    List<String> out = new ArrayList<>();
    for (String l : lines) {
      if (l.startsWith("\t") && !out.isEmpty()) {
        out.set(out.size() - 1, out.get(out.size() - 1) + "\n" + l);
      } else {
        out.add(l);
      }
    }
    return out;
  }

  /** Drops {@code %m [%p] %u@%d }: time, process and names differ between the runs. */
  private static String stripPrefix(String s) {
    int at = s.indexOf('@');
    int space = s.indexOf(' ', at);
    String head = s.substring(0, at);
    assertThat(head).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d\\.\\d{3} UTC \\[\\d+\\] \\w+");
    return s.substring(space + 1);
  }
}
