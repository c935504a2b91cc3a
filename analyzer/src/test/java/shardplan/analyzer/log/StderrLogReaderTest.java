package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StderrLogReaderTest {
  @TempDir
  Path dir;

  private LogFixture.Result read(String log) throws IOException {
    return LogFixture.read(LogFixture.write(dir, "postgresql.log", log));
  }

  @Test
  void readsTheRealPostgres15LogWithTheDebianPrefix() throws IOException {
    LogFixture.Result r = LogFixture.read(Path.of("src/test/resources/pg15/postgresql.log"));
    assertThat(r.skips().total()).isZero();
    assertThat(r.statements()).filteredOn(s -> s.sql().startsWith("INSERT INTO t (id"))
        .extracting(LogEvent.Statement::parameters)
        .containsExactly(Arrays.asList("2", "it's", null), List.of("3", "line1\nline2", "x"), List.of("4", "four", "4"),
            Arrays.asList("2", "duplicate", null));
    assertThat(r.errors()).extracting(LogEvent.Error::message).containsExactly(
        "relation \"missing_table\" does not exist", "duplicate key value violates unique constraint \"t_pkey\"",
        "division by zero");
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void recognisesTheDefaultPrefixAndJoinsContinuationLines() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:00.001 UTC [100] LOG:  database system is ready to accept connections
        2024-05-01 12:00:01.002 UTC [101] LOG:  statement: SELECT a,
        \t  b
        \tFROM t
        2024-05-01 12:00:01.003 UTC [101] LOG:  execute S_1: UPDATE t SET b = $1 WHERE a = $2
        2024-05-01 12:00:01.003 UTC [101] DETAIL:  parameters: $1 = 'two
        \tlines', $2 = '7'
        2024-05-01 12:00:01.004 UTC [102] LOG:  statement: SELECT 2
        """);
    assertThat(r.sqls()).containsExactly("SELECT a,\n  b\nFROM t", "UPDATE t SET b = $1 WHERE a = $2", "SELECT 2");
    assertThat(r.statements().get(1).parameters()).containsExactly("two\nlines", "7");
    assertThat(r.statements()).extracting(LogEvent::session).containsExactly("101", "101", "102");
    assertThat(r.statements().get(0).timestampMillis()).isEqualTo(1714564801002L);
    assertThat(r.statements().get(2).source()).isEqualTo("postgresql.log:8");
    assertThat(r.summary().linesRead()).isEqualTo(8);
    assertThat(r.skips().total()).isZero();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void recognisesThePgbadgerPrefix() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:01 UTC [201]: [1-1] user=app,db=shop LOG:  statement: SELECT 1
        2024-05-01 12:00:01 UTC [201]: [2-1] user=app,db=shop LOG:  duration: 0.311 ms
        2024-05-01 12:00:02 UTC [202]: [1-1] user=,db= LOG:  checkpoint starting: time
        2024-05-01 12:00:02 UTC [201]: [3-1] user=app,db=shop ERROR:  duplicate key value violates unique constraint "t_pkey"
        2024-05-01 12:00:02 UTC [201]: [4-1] user=app,db=shop DETAIL:  Key (id)=(1) already exists.
        2024-05-01 12:00:02 UTC [201]: [5-1] user=app,db=shop STATEMENT:  INSERT INTO t VALUES (1)
        """);
    assertThat(r.sqls()).containsExactly("SELECT 1");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.session()).isEqualTo("201");
      assertThat(e.message()).startsWith("duplicate key value");
      assertThat(e.sqlState()).isNull();
    });
    assertThat(r.skips().total()).isZero();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void usesTheGivenPrefixWithSessionIdVxidAndSqlState() throws IOException {
    String log = """
        2024-05-01 12:00:01.000 UTC|6632.1a|3/9|00000|app@shop|LOG:  statement: BEGIN
        2024-05-01 12:00:01.000 UTC|6632.1a|3/9|00000|app@shop|LOG:  statement: UPDATE t SET a = 1
        2024-05-01 12:00:01.000 UTC|6632.1a|3/9|40001|app@shop|ERROR:  could not serialize access due to concurrent update
        2024-05-01 12:00:01.000 UTC|6632.1a|3/9|40001|app@shop|STATEMENT:  UPDATE t SET a = 1
        """;
    Path f = LogFixture.write(dir, "custom.log", log);
    LogFixture.Result r = LogFixture.read(f, LogOptions.DEFAULT.withLogLinePrefix("%m|%c|%v|%e|%u@%d|"));
    assertThat(r.sqls()).containsExactly("BEGIN", "UPDATE t SET a = 1");
    assertThat(r.statements()).allSatisfy(s -> {
      assertThat(s.session()).isEqualTo("6632.1a");
      assertThat(s.virtualTransactionId()).isEqualTo("3/9");
    });
    assertThat(r.errors()).singleElement().satisfies(e -> assertThat(e.sqlState()).isEqualTo("40001"));
    assertThat(r.skips().total()).isZero();
  }

  @Test
  void extendedProtocolFormsAndPostgres16ParametersSpelling() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:01.000 UTC [7] LOG:  duration: 0.100 ms  parse <unnamed>: SELECT * FROM t WHERE a = $1
        2024-05-01 12:00:01.000 UTC [7] LOG:  duration: 0.100 ms  bind <unnamed>: SELECT * FROM t WHERE a = $1
        2024-05-01 12:00:01.000 UTC [7] DETAIL:  Parameters: $1 = '1'
        2024-05-01 12:00:01.000 UTC [7] LOG:  duration: 0.300 ms  execute <unnamed>: SELECT * FROM t WHERE a = $1
        2024-05-01 12:00:01.000 UTC [7] DETAIL:  Parameters: $1 = '1'
        2024-05-01 12:00:01.000 UTC [7] LOG:  execute S_1/C_2: SELECT * FROM big
        2024-05-01 12:00:01.000 UTC [7] LOG:  execute fetch from S_1/C_2: SELECT * FROM big
        2024-05-01 12:00:01.000 UTC [7] LOG:  execute S_3: SELECT $1, $2
        2024-05-01 12:00:01.000 UTC [7] DETAIL:  parameters: $1 = 'abcdefghij...', $2 = NULL
        """);
    assertThat(r.sqls()).containsExactly("SELECT * FROM t WHERE a = $1", "SELECT * FROM big", "SELECT $1, $2");
    assertThat(r.statements().get(0).parameters()).containsExactly("1");
    assertThat(r.statements().get(2).parameters()).containsExactly("abcdefghij...", null);
    assertThat(r.summary().ignored()).isEqualTo(3);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void unknownPrefixFallsBackToFindingTheSeverityAndTheBracketedPid() throws IOException {
    LogFixture.Result r = read("""
        Nov 24 12:00:01 db1 postgres [4711]: app LOG:  statement: SELECT 1
        Nov 24 12:00:01 db1 postgres [4712]: app LOG:  execute S_1: SELECT $1
        Nov 24 12:00:01 db1 postgres [4712]: app DETAIL:  parameters: $1 = '9'
        """);
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT $1");
    assertThat(r.statements()).extracting(LogEvent::session).containsExactly("4711", "4712");
    assertThat(r.statements().get(1).parameters()).containsExactly("9");
    assertThat(r.skips().total()).isZero();
  }

  @Test
  void recognisesTheAmazonRdsPrefix() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:01 UTC:10.0.0.7(51234):app@shop:[3301]:LOG:  statement: SELECT 1
        2024-05-01 12:00:01 UTC:10.0.0.7(51234):app@shop:[3301]:LOG:  execute <unnamed>: SELECT $1
        2024-05-01 12:00:01 UTC:10.0.0.7(51234):app@shop:[3301]:DETAIL:  parameters: $1 = '3'
        2024-05-01 12:00:02 UTC::@:[3000]:LOG:  checkpoint starting: time
        """);
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT $1");
    assertThat(r.statements()).extracting(LogEvent::session).containsOnly("3301");
    assertThat(r.statements().get(1).parameters()).containsExactly("3");
    assertThat(r.skips().total()).isZero();
  }

  @Test
  void paddedEscapesAreMatched() throws IOException {
    Path f = LogFixture.write(dir, "padded.log", """
        2024-05-01 12:00:01.000 UTC [   31] app       LOG:  statement: SELECT 1
        2024-05-01 12:00:01.000 UTC [ 4242] app       LOG:  statement: SELECT 2
        """);
    LogFixture.Result r = LogFixture.read(f, LogOptions.DEFAULT.withLogLinePrefix("%m [%5p] %-10u"));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(r.statements()).extracting(LogEvent::session).containsExactly("31", "4242");
  }

  @Test
  void sessionsContinueAcrossFilesReadInOrder() throws IOException {
    Path a = LogFixture.write(dir, "a.log", "2024-05-01 12:00:01.000 UTC [7] LOG:  statement: BEGIN\n");
    Path b = LogFixture.write(dir, "b.log", "2024-05-01 12:00:02.000 UTC [7] LOG:  statement: COMMIT\n");
    LogFixture.Result r = LogFixture.read(List.of(a, b), LogOptions.DEFAULT);
    assertThat(r.sqls()).containsExactly("BEGIN", "COMMIT");
    assertThat(r.statements()).extracting(LogEvent.Statement::source).containsExactly("a.log:1", "b.log:1");
    assertThat(r.statements()).extracting(LogEvent::session).containsOnly("7");
  }

  @Test
  void verboseErrorVerbosityIsRead() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:01.000 UTC [7] LOG:  00000: statement: SELECT 1
        2024-05-01 12:00:01.000 UTC [7] LOCATION:  exec_simple_query, postgres.c:1045
        2024-05-01 12:00:01.000 UTC [7] ERROR:  42P01: relation "x" does not exist at character 15
        2024-05-01 12:00:01.000 UTC [7] LOCATION:  parserOpenTable, parse_relation.c:1384
        2024-05-01 12:00:01.000 UTC [7] STATEMENT:  SELECT * FROM x
        """);
    assertThat(r.sqls()).containsExactly("SELECT 1");
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.sqlState()).isEqualTo("42P01");
      assertThat(e.message()).isEqualTo("relation \"x\" does not exist");
    });
  }

  @Test
  void orphanParametersAndStrayLinesAreCounted() throws IOException {
    LogFixture.Result r = read("""
        2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT 1
        2024-05-01 12:00:01.000 UTC [8] DETAIL:  parameters: $1 = '1'
        some line a program wrote into the log
        2024-05-01 12:00:01.000 UTC [7] LOG:  execute S_1: SELECT $1
        2024-05-01 12:00:01.000 UTC [7] DETAIL:  parameters: $1 = 'never closed
        2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT 2
        """);
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(r.skipped(LogSkipReasons.ORPHAN_PARAMETERS)).isEqualTo(1);
    assertThat(r.skipped(LogSkipReasons.UNRECOGNISED_LINE)).isEqualTo(1);
    assertThat(r.skipped(LogSkipReasons.CORRUPT_PARAMETERS)).isEqualTo(1);
    assertThat(r.skips().reasons()).allSatisfy(reason ->
        assertThat(reason.examples()).allSatisfy(ex -> assertThat(ex).matches("postgresql\\.log:\\d+")));
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void oversizedMessageIsSkipped() throws IOException {
    String big = "x".repeat(3000);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "big.log",
        "2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT 1\n"
            + "2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT '" + big + "'\n"
            + "2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT 'a\n\t" + big + "'\n"
            + "2024-05-01 12:00:01.000 UTC [7] LOG:  statement: SELECT 2\n"),
        LogOptions.DEFAULT.withMaxStatementBytes(1000));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(r.skipped(LogSkipReasons.STATEMENT_TOO_LARGE)).isEqualTo(2);
    assertThat(r.countsAddUp()).isTrue();
  }
}
