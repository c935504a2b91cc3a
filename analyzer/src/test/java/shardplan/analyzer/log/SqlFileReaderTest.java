package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SqlFileReaderTest {
  @TempDir
  Path dir;

  private LogFixture.Result read(String sql) throws IOException {
    return LogFixture.read(LogFixture.write(dir, "workload.sql", sql));
  }

  @Test
  void splitsAtSemicolonsOutsideStringsCommentsAndDollarBodies() throws IOException {
    LogFixture.Result r = read("""
        -- leading comment; not a statement
        SELECT 'a;b', "we;ird" FROM t; /* block; /* nested; */ still comment; */
        SELECT E'it\\'s;', 'x''y;' FROM t;
        CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql;
        DO $body$ BEGIN PERFORM 1; END $body$;
        SELECT $1, a$b FROM t WHERE c = 2 -- trailing; comment
        ;
        SELECT 3
        """);
    assertThat(r.sqls()).containsExactly(
        "SELECT 'a;b', \"we;ird\" FROM t",
        "SELECT E'it\\'s;', 'x''y;' FROM t",
        "CREATE FUNCTION f() RETURNS int AS $$ SELECT 1; $$ LANGUAGE sql",
        "DO $body$ BEGIN PERFORM 1; END $body$",
        "SELECT $1, a$b FROM t WHERE c = 2 -- trailing; comment",
        "SELECT 3");
    assertThat(r.statements()).extracting(LogEvent.Statement::source).containsExactly(
        "workload.sql:2", "workload.sql:3", "workload.sql:4", "workload.sql:5", "workload.sql:6", "workload.sql:8");
    assertThat(r.statements()).allSatisfy(s -> {
      assertThat(s.session()).isEqualTo("sql");
      assertThat(s.parameters()).isEmpty();
    });
    assertThat(r.skips().total()).isZero();
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void psqlMetaCommandsAndCopyDataAreNotStatements() throws IOException {
    LogFixture.Result r = read("""
        \\set ON_ERROR_STOP on
        \\copy item FROM 'item.csv' WITH (FORMAT csv)
        COPY t (a, b) FROM stdin;
        1\tx; not sql
        2\ty
        \\.
        SELECT 1;
        """);
    assertThat(r.sqls()).containsExactly("COPY t (a, b) FROM stdin", "SELECT 1");
    assertThat(r.statements().get(1).source()).isEqualTo("workload.sql:7");
    assertThat(r.summary().ignored()).isEqualTo(3);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void unterminatedStringAtTheEndIsATruncatedRecord() throws IOException {
    LogFixture.Result r = read("SELECT 1;\nSELECT 'never closed;\n");
    assertThat(r.sqls()).containsExactly("SELECT 1");
    assertThat(r.skipped(LogSkipReasons.TRUNCATED_RECORD)).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void oversizedAndBinaryStatementsAreSkipped() throws IOException {
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "s.sql",
        "SELECT '" + "z".repeat(500) + "';\nSELECT '\0';\nSELECT 2;"), LogOptions.DEFAULT.withMaxStatementBytes(100));
    assertThat(r.sqls()).containsExactly("SELECT 2");
    assertThat(r.skipped(LogSkipReasons.STATEMENT_TOO_LARGE)).isEqualTo(1);
    assertThat(r.skipped(LogSkipReasons.BINARY_DATA)).isEqualTo(1);
  }

  @Test
  void splitterHandlesEdgeCases() {
    assertThat(SqlSplitter.split("SELECT 1")).containsExactly("SELECT 1");
    assertThat(SqlSplitter.split(";;  ;")).isEmpty();
    assertThat(SqlSplitter.split("SELECT 1 - -2; SELECT 4/2")).containsExactly("SELECT 1 - -2", "SELECT 4/2");
    assertThat(SqlSplitter.split("-1; /x")).containsExactly("-1", "/x");
    assertThat(SqlSplitter.split("SELECT $a$ ; $b$ ; $a$; SELECT 2")).containsExactly("SELECT $a$ ; $b$ ; $a$", "SELECT 2");
    assertThat(SqlSplitter.split("SELECT e'\\\\'; SELECT 2")).containsExactly("SELECT e'\\\\'", "SELECT 2");
    assertThat(SqlSplitter.split("SELECT 'E'';'; SELECT 2")).containsExactly("SELECT 'E'';'", "SELECT 2");
    assertThat(SqlSplitter.split("SELECT $$a$$$$b$$; x")).containsExactly("SELECT $$a$$$$b$$", "x");
  }
}
