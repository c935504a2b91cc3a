package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;
import static shardplan.analyzer.log.LogFixture.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvLogReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsStatementsParametersSessionsAndTimes() throws IOException {
    String log = csv("aa.1", "3/7", "LOG", "00000", "statement: SELECT 1", null)
        + csv("aa.1", "3/8", "LOG", "00000", "execute S_1: SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3",
            "parameters: $1 = '4', $2 = 'it''s \"quoted\"', $3 = NULL")
        + csv("bb.2", "4/1", "LOG", "00000", "statement: SELECT a,\n  b\nFROM t", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "postgresql.csv", log));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3",
        "SELECT a,\n  b\nFROM t");
    LogEvent.Statement ext = r.statements().get(1);
    assertThat(ext.parameters()).containsExactly("4", "it's \"quoted\"", null);
    assertThat(ext.session()).isEqualTo("aa.1");
    assertThat(ext.virtualTransactionId()).isEqualTo("3/8");
    assertThat(ext.timestampMillis()).isEqualTo(1714564800123L);
    assertThat(ext.source()).isEqualTo("postgresql.csv:2");
    assertThat(r.statements().get(2).session()).isEqualTo("bb.2");
    assertThat(r.statements().get(2).source()).isEqualTo("postgresql.csv:3");
    assertThat(r.summary().linesRead()).isEqualTo(5);
    assertThat(r.skips().total()).isZero();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void readsTheRealPostgres15Log() throws IOException {
    LogFixture.Result r = LogFixture.read(Path.of("src/test/resources/pg15/postgresql.csv"));
    assertThat(r.skips().total()).isZero();
    assertThat(r.sqls()).contains("BEGIN", "UPDATE t SET note = $1 WHERE id = $2", "COMMIT");
    assertThat(r.statements()).filteredOn(s -> s.sql().startsWith("INSERT INTO t (id"))
        .extracting(LogEvent.Statement::parameters)
        .containsExactly(Arrays.asList("2", "it's", null), List.of("3", "line1\nline2", "x"), List.of("4", "four", "4"),
            Arrays.asList("2", "duplicate", null));
    assertThat(r.errors()).extracting(LogEvent.Error::sqlState).containsExactly("42P01", "23505", "22012");
    assertThat(r.errors().get(0).message()).isEqualTo("relation \"missing_table\" does not exist");
    assertThat(r.sqls()).contains("UPDATE t SET note = 'a;b' WHERE id = 3", "SELECT 1 / 0", "ROLLBACK");
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void durationStatementsCountOnceAndParseBindAreNotStatements() throws IOException {
    String log = csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null)
        + csv("a.1", "3/1", "LOG", "00000", "duration: 0.120 ms", null)
        + csv("a.1", "3/2", "LOG", "00000", "duration: 0.050 ms  parse S_1: SELECT $1", null)
        + csv("a.1", "3/2", "LOG", "00000", "duration: 0.050 ms  bind S_1: SELECT $1", "parameters: $1 = '5'")
        + csv("a.1", "3/2", "LOG", "00000", "duration: 0.200 ms  execute S_1: SELECT $1", "parameters: $1 = '5'")
        + csv("a.1", "3/3", "LOG", "00000", "duration: 1.500 ms  statement: SELECT 2", null)
        + csv("a.1", "3/4", "LOG", "00000", "execute S_2/C_3: SELECT 3", null)
        + csv("a.1", "3/4", "LOG", "00000", "execute fetch from S_2/C_3: SELECT 3", null)
        + csv("a.1", "", "LOG", "00000", "checkpoint starting: time", null)
        + csv("a.1", "", "LOG", "00000", "connection authorized: user=app database=shop", null)
        + csv("a.1", "", "LOG", "00000", "automatic vacuum of table \"shop.public.t\": index scans: 0", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "d.csv", log));
    // the fetch continues the portal started by the execute before it: one statement, not two
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT $1", "SELECT 2", "SELECT 3");
    assertThat(r.statements().get(1).parameters()).containsExactly("5");
    assertThat(r.summary().ignored()).isEqualTo(7);
    assertThat(r.skips().total()).isZero();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void errorsCarryTheirSqlStateAndAreNotStatements() throws IOException {
    String log = csv("a.1", "3/1", "LOG", "00000", "statement: UPDATE t SET a = 1", null)
        + csv("a.1", "3/1", "ERROR", "40001", "could not serialize access due to concurrent update", null)
        + csv("a.1", "", "FATAL", "57P01", "terminating connection due to administrator command", null)
        + csv("a.1", "", "WARNING", "01000", "something", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "e.csv", log));
    assertThat(r.sqls()).containsExactly("UPDATE t SET a = 1");
    assertThat(r.errors()).extracting(LogEvent.Error::sqlState).containsExactly("40001", "57P01");
    assertThat(r.errors().get(0).virtualTransactionId()).isEqualTo("3/1");
    assertThat(r.errors().get(1).virtualTransactionId()).isNull();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void readsOlderColumnLayouts() throws IOException {
    String pg12 = "2020-01-01 00:00:00.000 UTC,\"u\",\"d\",1,\"h\",s.1,1,\"SELECT\",2020-01-01 00:00:00 UTC,2/1,0,"
        + "LOG,00000,\"statement: SELECT 12\",,,,,,,,,\"psql\"\n";
    String pg13 = "2020-01-01 00:00:00.000 UTC,\"u\",\"d\",1,\"h\",s.1,1,\"SELECT\",2020-01-01 00:00:00 UTC,2/1,0,"
        + "LOG,00000,\"statement: SELECT 13\",,,,,,,,,\"psql\",\"client backend\"\n";
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "old.csv", pg12 + pg13));
    assertThat(r.sqls()).containsExactly("SELECT 12", "SELECT 13");
    assertThat(r.skips().total()).isZero();
  }

  @Test
  void simpleProtocolStringWithSeveralStatementsGivesOneEventEach() throws IOException {
    String log = csv("a.1", "3/1", "LOG", "00000", "statement: BEGIN; UPDATE t SET s = 'a;b' WHERE id = 1; COMMIT;", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "m.csv", log));
    assertThat(r.sqls()).containsExactly("BEGIN", "UPDATE t SET s = 'a;b' WHERE id = 1", "COMMIT");
    assertThat(r.statements()).allSatisfy(s -> assertThat(s.source()).isEqualTo("m.csv:1"));
    assertThat(r.summary().used()).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void truncatedRecordIsSkippedAndTheNextOneStillRead() throws IOException {
    String good = csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null);
    String cut = good.substring(0, good.indexOf("SELECT 1")) + "\n"; // ends inside the quoted message
    String log = good + cut + csv("a.1", "3/2", "LOG", "00000", "statement: SELECT 2", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "t.csv", log));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(r.skipped(LogSkipReasons.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.skips().reasons().get(0).examples()).containsExactly("t.csv:2");
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void corruptRecordsAreCountedNotThrown() throws IOException {
    String log = "not,a,csvlog,record\n"
        + csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null)
        + "2024-05-01 12:00:00.123 UTC,\"a\"b\",x\n"
        + csv("a.1", "3/1", "BOGUS", "00000", "statement: SELECT 2", null)
        + csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 3", null)
        + "2024-05-01 12:00:00.123 UTC,\"cut at the end of the file";
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "c.csv", log));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 3");
    assertThat(r.skipped(LogSkipReasons.CORRUPT_CSV_RECORD)).isEqualTo(3);
    assertThat(r.skipped(LogSkipReasons.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void windowsLineEndsAreRead() throws IOException {
    String log = (csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null)
        + csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 2", null)).replace("\n", "\r\n");
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "w.csv", log));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 2");
    assertThat(r.skips().total()).isZero();
  }

  @Test
  void recordLargerThanTheLimitIsSkippedAndReadingGoesOn() throws IOException {
    String big = "statement: SELECT '" + "x".repeat(5000) + "'";
    String log = csv("a.1", "3/1", "LOG", "00000", big, null)
        + csv("a.1", "3/2", "LOG", "00000", "statement: SELECT 2", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "big.csv", log),
        LogOptions.DEFAULT.withMaxStatementBytes(1000));
    assertThat(r.sqls()).containsExactly("SELECT 2");
    assertThat(r.skipped(LogSkipReasons.STATEMENT_TOO_LARGE)).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void tenMegabyteStatementIsSkippedWithTheDefaultLimit() throws IOException {
    String big = "statement: INSERT INTO t VALUES ('" + "y".repeat(LogOptions.DEFAULT_MAX_STATEMENT_BYTES) + "')";
    String log = csv("a.1", "3/1", "LOG", "00000", big, null)
        + csv("a.1", "3/2", "LOG", "00000", "statement: SELECT 2", null);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "ten.csv", log));
    assertThat(r.sqls()).containsExactly("SELECT 2");
    assertThat(r.skipped(LogSkipReasons.STATEMENT_TOO_LARGE)).isEqualTo(1);
  }

  @Test
  void latin1BytesMakeTheirRecordSkippedAsInvalidEncoding() throws IOException {
    byte[] latin1 = csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 'café'", null)
        .getBytes(StandardCharsets.ISO_8859_1);
    byte[] utf8 = csv("a.1", "3/2", "LOG", "00000", "statement: SELECT 'café'", null).getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[latin1.length + utf8.length];
    System.arraycopy(latin1, 0, all, 0, latin1.length);
    System.arraycopy(utf8, 0, all, latin1.length, utf8.length);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "enc.csv", all));
    assertThat(r.sqls()).containsExactly("SELECT 'café'");
    assertThat(r.statements().get(0).source()).isEqualTo("enc.csv:2");
    assertThat(r.skipped(LogSkipReasons.INVALID_ENCODING)).isEqualTo(1);
    // and read as Latin-1 when told so
    LogFixture.Result asLatin1 = LogFixture.read(LogFixture.write(dir, "enc2.csv", latin1),
        LogOptions.DEFAULT.withCharset(StandardCharsets.ISO_8859_1));
    assertThat(asLatin1.sqls()).containsExactly("SELECT 'café'");
  }
}
