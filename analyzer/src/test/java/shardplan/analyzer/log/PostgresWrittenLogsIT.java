package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresInstance;

/**
 * Logs written by a real PostgreSQL 15 to csvlog, jsonlog and stderr at once, with
 * {@code log_statement = 'all'} and {@code log_min_duration_statement = 0} (so that duration, parse
 * and bind lines are there to be ignored), read back: the same statements with the same
 * parameters from all three, and the failing statement's error.
 */
class PostgresWrittenLogsIT {
  private static final String MULTI_LINE = "SELECT id,\n       name\nFROM t\nWHERE id = 1";
  private static final String INSERT = "INSERT INTO t (id, name, note) VALUES ($1, $2, $3)";
  private static final String UPDATE = "UPDATE t SET note = $1 WHERE id = $2";
  private static final String MULTI_STATEMENT = "BEGIN; UPDATE t SET note = 'a;b' WHERE id = 3; COMMIT";
  private static LocalCluster cluster;
  private static Path logs;

  @BeforeAll
  static void runWorkload() throws Exception {
    Path dir = Files.createTempDirectory("logs-it",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    cluster = LocalCluster.up(ClusterSpec.of(1, dir).withSettings(Map.of(
        "logging_collector", "on",
        "log_destination", "'csvlog,jsonlog,stderr'",
        "log_filename", "'postgresql.log'",
        "log_line_prefix", "'%m [%p] %q%u@%d '",
        "log_statement", "'all'",
        "log_min_duration_statement", "0",
        "lc_messages", "'C'")));
    PostgresInstance pg = cluster.coordinator();
    Properties props = new Properties();
    props.setProperty("user", pg.user());
    props.setProperty("prepareThreshold", "1");
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(LocalCluster.DATABASE), props);
         Statement st = c.createStatement()) {
      st.execute("CREATE TABLE t (id int PRIMARY KEY, name text, note text)");
      st.execute("INSERT INTO t VALUES (1, 'one', NULL)");
      try (PreparedStatement ps = c.prepareStatement(jdbc(INSERT))) {
        Object[][] rows = {{2, "it's", null}, {3, "line1\nline2", "x"}, {4, "four", "4"}};
        for (Object[] r : rows) {
          ps.setInt(1, (Integer) r[0]);
          ps.setString(2, (String) r[1]);
          ps.setString(3, (String) r[2]);
          ps.executeUpdate();
        }
      }
      st.executeQuery(MULTI_LINE).close();
      try {
        st.execute("SELECT * FROM missing_table");
      } catch (SQLException expected) {
        // the error is what the log must show
      }
      c.setAutoCommit(false);
      try (PreparedStatement ps = c.prepareStatement(jdbc(UPDATE))) {
        ps.setString(1, "updated");
        ps.setInt(2, 2);
        ps.executeUpdate();
      }
      c.commit();
      // a failure while executing, inside a transaction that is then rolled back
      try (PreparedStatement ps = c.prepareStatement(jdbc(INSERT))) {
        ps.setInt(1, 2);
        ps.setString(2, "duplicate");
        ps.setString(3, null);
        ps.executeUpdate();
      } catch (SQLException expected) {
        c.rollback();
      }
      c.setAutoCommit(true);
    }
    // the simple protocol: one string with several statements, and a failure while executing
    Properties simple = new Properties();
    simple.setProperty("user", pg.user());
    simple.setProperty("preferQueryMode", "simple");
    try (Connection c = DriverManager.getConnection(pg.jdbcUrl(LocalCluster.DATABASE), simple);
         Statement st = c.createStatement()) {
      st.execute(MULTI_STATEMENT);
      try {
        st.execute("SELECT 1 / 0");
      } catch (SQLException expected) {
        // the error is what the log must show
      }
      st.execute("SELECT 'end-of-test'");
    }
    Path log = pg.dataDir().resolve("log");
    for (int i = 0; i < 200; i++) {
      if (allContain(log, "end-of-test")) {
        break;
      }
      Thread.sleep(100);
    }
    logs = Files.createTempDirectory("logs-it-copy");
    for (String name : List.of("postgresql.log", "postgresql.csv", "postgresql.json")) {
      Files.copy(log.resolve(name), logs.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
    Path keep = Path.of("target", "pg15-logs");
    Files.createDirectories(keep);
    for (String name : List.of("postgresql.log", "postgresql.csv", "postgresql.json")) {
      Files.copy(logs.resolve(name), keep.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  /** The statement as JDBC spells it: {@code ?} where the log shows {@code $n}. */
  private static String jdbc(String sql) {
    return sql.replaceAll("\\$\\d+", "?");
  }

  private static boolean allContain(Path log, String marker) throws IOException {
    for (String name : List.of("postgresql.log", "postgresql.csv", "postgresql.json")) {
      Path p = log.resolve(name);
      if (!Files.exists(p) || !Files.readString(p).contains(marker)) {
        return false;
      }
    }
    return true;
  }

  @AfterAll
  static void stop() {
    if (cluster != null) {
      cluster.close();
    }
  }

  private record Read(LogFormat format, List<LogEvent> events, SkipCounter skips, LogReadSummary summary) {
    List<LogEvent.Statement> statements() {
      return events.stream().filter(e -> e instanceof LogEvent.Statement).map(e -> (LogEvent.Statement) e).toList();
    }
  }

  private static Read read(String name) throws IOException {
    Path f = logs.resolve(name);
    List<LogEvent> events = new ArrayList<>();
    SkipCounter skips = new SkipCounter();
    LogReadSummary s = LogInput.read(f, LogOptions.DEFAULT, skips, events::add);
    return new Read(LogInput.detect(f, LogOptions.DEFAULT), events, skips, s);
  }

  @Test
  void csvlogIsDetectedAndReadWithoutSkips() throws IOException {
    checkFormat(read("postgresql.csv"), LogFormat.CSVLOG, true);
  }

  @Test
  void jsonlogIsDetectedAndReadWithoutSkips() throws IOException {
    checkFormat(read("postgresql.json"), LogFormat.JSONLOG, true);
  }

  @Test
  void stderrWithDebianPrefixIsRecognisedAndReadWithoutSkips() throws IOException {
    checkFormat(read("postgresql.log"), LogFormat.STDERR, false);
  }

  @Test
  void allThreeFormatsGiveTheSameStatementsAndParameters() throws IOException {
    List<String> csv = flat(read("postgresql.csv"));
    assertThat(flat(read("postgresql.json"))).isEqualTo(csv);
    assertThat(flat(read("postgresql.log"))).isEqualTo(csv);
  }

  private static List<String> flat(Read r) {
    return r.events().stream().map(e -> e instanceof LogEvent.Statement s
        ? "S " + s.sql() + " " + s.parameters() : "E " + ((LogEvent.Error) e).message()).toList();
  }

  private static void checkFormat(Read r, LogFormat expected, boolean hasSqlState) {
    assertThat(r.format()).isEqualTo(expected);
    assertThat(r.skips().reasons()).isEmpty();
    LogReadSummary s = r.summary();
    assertThat(s.records()).isEqualTo(s.used() + s.ignored() + s.skipped());
    assertThat(s.ignored()).as("duration, parse, bind, connection lines").isPositive();

    List<LogEvent.Statement> sts = r.statements();
    List<String> sqls = sts.stream().map(LogEvent.Statement::sql).toList();
    assertThat(sqls).contains("CREATE TABLE t (id int PRIMARY KEY, name text, note text)",
        "INSERT INTO t VALUES (1, 'one', NULL)", MULTI_LINE, "SELECT 'end-of-test'");
    // it failed while being parsed, so it never ran: only its error is logged, not the statement
    assertThat(sqls).doesNotContain("SELECT * FROM missing_table");
    // each executed once: duration lines and parse/bind lines are not counted again
    assertThat(sqls.stream().filter(MULTI_LINE::equals).count()).isEqualTo(1);
    List<List<String>> inserts = sts.stream().filter(x -> x.sql().equals(INSERT))
        .map(LogEvent.Statement::parameters).toList();
    assertThat(inserts).containsExactly(
        Arrays.asList("2", "it's", null), Arrays.asList("3", "line1\nline2", "x"), Arrays.asList("4", "four", "4"),
        Arrays.asList("2", "duplicate", null));
    LogEvent.Statement update = sts.stream().filter(x -> x.sql().equals(UPDATE)).findFirst().orElseThrow();
    assertThat(update.parameters()).containsExactly("updated", "2");
    int updateAt = sqls.indexOf(UPDATE);
    assertThat(sqls.get(updateAt - 1)).isEqualTo("BEGIN");
    assertThat(sqls.get(updateAt + 1)).isEqualTo("COMMIT");
    assertThat(sqls.get(updateAt + 2)).isEqualTo("BEGIN");
    assertThat(sqls.get(updateAt + 3)).isEqualTo(INSERT);

    List<LogEvent.Error> errors = r.events().stream().filter(e -> e instanceof LogEvent.Error)
        .map(e -> (LogEvent.Error) e).toList();
    assertThat(errors).extracting(LogEvent.Error::message).containsExactly(
        "relation \"missing_table\" does not exist",
        "duplicate key value violates unique constraint \"t_pkey\"",
        "division by zero");
    assertThat(errors).extracting(LogEvent.Error::sqlState)
        .containsExactly(hasSqlState ? new String[] {"42P01", "23505", "22012"} : new String[] {null, null, null});
    // parse failure (extended protocol): the statement never ran, only its error is logged
    LogEvent.Error missing = errors.get(0);
    int missingAt = r.events().indexOf(missing);
    assertThat(((LogEvent.Statement) r.events().get(missingAt - 1)).sql()).isEqualTo(MULTI_LINE);
    assertThat(missing.session()).isEqualTo(update.session());
    // execution failures follow the statement that failed, in its session
    LogEvent.Error duplicate = errors.get(1);
    LogEvent.Statement failedInsert = (LogEvent.Statement) r.events().get(r.events().indexOf(duplicate) - 1);
    assertThat(failedInsert.sql()).isEqualTo(INSERT);
    assertThat(failedInsert.parameters()).containsExactly("2", "duplicate", null);
    assertThat(sqls.subList(sqls.lastIndexOf(INSERT), sqls.size())).startsWith(INSERT, "ROLLBACK");
    LogEvent.Error divide = errors.get(2);
    LogEvent.Statement failedDivide = (LogEvent.Statement) r.events().get(r.events().indexOf(divide) - 1);
    assertThat(failedDivide.sql()).isEqualTo("SELECT 1 / 0");
    assertThat(divide.session()).isEqualTo(failedDivide.session()).isNotEqualTo(update.session());
    // the simple protocol's string of three statements gives three events
    int begin = sqls.lastIndexOf("BEGIN");
    assertThat(sqls.subList(begin, begin + 3))
        .containsExactly("BEGIN", "UPDATE t SET note = 'a;b' WHERE id = 3", "COMMIT");

    // two JDBC connections after the cluster's own set-up connections: two sessions
    int created = sqls.indexOf("CREATE TABLE t (id int PRIMARY KEY, name text, note text)");
    assertThat(sts.subList(created, sts.size()).stream().map(LogEvent::session).collect(Collectors.toSet()))
        .hasSize(2);
    assertThat(update.virtualTransactionId() == null).isEqualTo(expected(r) == LogFormat.STDERR);
    assertThat(sts).allSatisfy(x -> assertThat(x.timestampMillis()).isPositive());
  }

  private static LogFormat expected(Read r) {
    return r.format();
  }
}
