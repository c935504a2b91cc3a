package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLogReaderTest {
  @TempDir
  Path dir;

  @Test
  void readsTheRealPostgres15Log() throws IOException {
    LogFixture.Result r = LogFixture.read(Path.of("src/test/resources/pg15/postgresql.json"));
    assertThat(r.skips().total()).isZero();
    assertThat(r.statements()).filteredOn(s -> s.sql().startsWith("INSERT INTO t (id"))
        .extracting(LogEvent.Statement::parameters)
        .containsExactly(Arrays.asList("2", "it's", null), List.of("3", "line1\nline2", "x"), List.of("4", "four", "4"),
            Arrays.asList("2", "duplicate", null));
    assertThat(r.errors()).extracting(LogEvent.Error::sqlState).containsExactly("42P01", "23505", "22012");
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void readsEscapesSessionsAndParameters() throws IOException {
    String log = """
        {"timestamp":"2024-05-01 12:00:00.500 UTC","user":"app","pid":31,"session_id":"a.1f","line_num":1,"vxid":"3/4","txid":0,"error_severity":"LOG","message":"statement: SELECT 'caf\\u00e9',\\n\\t\\"x\\"","application_name":"psql"}
        {"timestamp":"2024-05-01 12:00:00.600 UTC","pid":31,"session_id":"a.1f","vxid":"3/5","error_severity":"LOG","message":"execute S_1: SELECT $1","detail":"parameters: $1 = 'a''b'"}
        {"timestamp":"2024-05-01 12:00:00.700 UTC","pid":32,"error_severity":"LOG","message":"checkpoint starting: time"}
        {"timestamp":"2024-05-01 12:00:00.800 UTC","pid":33,"error_severity":"ERROR","state_code":"40P01","message":"deadlock detected","statement":"UPDATE t SET a = 1"}
        """;
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "postgresql.json", log));
    assertThat(r.sqls()).containsExactly("SELECT 'café',\n\t\"x\"", "SELECT $1");
    assertThat(r.statements().get(1).parameters()).containsExactly("a'b");
    assertThat(r.statements().get(0).session()).isEqualTo("a.1f");
    assertThat(r.statements().get(0).timestampMillis()).isEqualTo(1714564800500L);
    assertThat(r.errors()).singleElement().satisfies(e -> {
      assertThat(e.session()).isEqualTo("33");
      assertThat(e.sqlState()).isEqualTo("40P01");
    });
    assertThat(r.summary().ignored()).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void brokenLinesAreCountedByReason() throws IOException {
    String log = """
        {"timestamp":"2024-05-01 12:00:00.500 UTC","pid":31,"error_severity":"LOG","message":"statement: SELECT 1"}
        {"timestamp":"2024-05-01 12:00:00.500 UTC","pid":31,"error_severity":"LOG","message":"statement: SEL
        {"pid":31 "error_severity":"LOG"}
        {"pid":31,"message":"statement: SELECT 9"}
        {"pid":31,"error_severity":"LOG","message":"statement: SELECT 2"} trailing
        {"pid":31,"error_severity":"LOG","message":"statement: SELECT 3","extra":{"nested":[1,2,{"x":"}"}]}}
        """;
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "broken.json", log));
    assertThat(r.sqls()).containsExactly("SELECT 1", "SELECT 3");
    assertThat(r.skipped(LogSkipReasons.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.skipped(LogSkipReasons.CORRUPT_JSON_RECORD)).isEqualTo(3);
    assertThat(r.countsAddUp()).isTrue();
  }
}
