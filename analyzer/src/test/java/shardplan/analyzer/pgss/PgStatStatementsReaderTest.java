package shardplan.analyzer.pgss;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.diag.SkipCounter;

class PgStatStatementsReaderTest {
  @TempDir
  Path dir;

  private Path write(String name, String text) throws IOException {
    Path p = dir.resolve(name);
    Files.writeString(p, text);
    return p;
  }

  @Test
  void readsCopyCsvHeaderOutputInAnyColumnOrder() throws IOException {
    Path f = write("pgss.csv", """
        userid,dbid,toplevel,queryid,query,plans,calls,total_exec_time,rows
        10,5,t,-123456789,"SELECT * FROM t WHERE a = $1",0,42,1.5,42
        10,5,t,987,"UPDATE t
           SET b = $1 WHERE ""a"" = $2",0,7,0.25,3
        10,5,t,555,"INSERT INTO t VALUES ($1, 'x,y')",0,3,0.1,3
        """);
    SkipCounter skips = new SkipCounter();
    List<PgssEntry> rows = PgStatStatementsReader.read(f, skips);
    assertThat(rows).containsExactly(
        new PgssEntry("SELECT * FROM t WHERE a = $1", 42, 42),
        new PgssEntry("UPDATE t\n   SET b = $1 WHERE \"a\" = $2", 7, 3),
        new PgssEntry("INSERT INTO t VALUES ($1, 'x,y')", 3, 3));
    assertThat(skips.total()).isZero();
    assertThat(PgStatStatementsReader.looksLike(f)).isTrue();
  }

  @Test
  void rowsColumnIsOptionalAndCrLfIsRead() throws IOException {
    Path f = write("p.csv", "query,calls\r\n\"SELECT 1\",5\r\nSELECT 2,6\r\n");
    assertThat(PgStatStatementsReader.read(f, new SkipCounter()))
        .containsExactly(new PgssEntry("SELECT 1", 5, 0), new PgssEntry("SELECT 2", 6, 0));
  }

  @Test
  void badRowsAreCountedByReasonWithTheirPositions() throws IOException {
    Path f = write("bad.csv", "queryid,query,calls,rows\n"
        + "1,\"SELECT 1\",10,10\n"
        + "2,\"<insufficient privilege>\",4,4\n"
        + "3,\"SELECT 3\",many,1\n"
        + "4,\"SELECT 4\",1\n"
        + "5,\"\",1,1\n"
        + "6,\"SELECT 6\",2,2\n"
        + "7,\"SELECT 7 cut\"\" at the end\n");
    SkipCounter skips = new SkipCounter();
    List<PgssEntry> rows = PgStatStatementsReader.read(f, skips);
    assertThat(rows).extracting(PgssEntry::query).containsExactly("SELECT 1", "SELECT 6");
    assertThat(skips.count(PgStatStatementsReader.NO_QUERY_TEXT)).isEqualTo(2);
    assertThat(skips.count(PgStatStatementsReader.CORRUPT_ROW)).isEqualTo(2);
    assertThat(skips.count(PgStatStatementsReader.TRUNCATED_ROW)).isEqualTo(1);
    assertThat(skips.reasons()).allSatisfy(r ->
        assertThat(r.examples()).allSatisfy(ex -> assertThat(ex).matches("bad\\.csv:\\d+")));
  }

  @Test
  void invalidUtf8IsCounted() throws IOException {
    Path f = dir.resolve("latin1.csv");
    Files.write(f, "query,calls\n\"SELECT 'caf\u00e9'\",1\n\"SELECT 2\",2\n".getBytes(StandardCharsets.ISO_8859_1));
    SkipCounter skips = new SkipCounter();
    assertThat(PgStatStatementsReader.read(f, skips)).extracting(PgssEntry::query).containsExactly("SELECT 2");
    assertThat(skips.count(PgStatStatementsReader.INVALID_ENCODING)).isEqualTo(1);
  }

  @Test
  void gzipExportIsRead() throws IOException {
    Path f = dir.resolve("pgss.csv.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(f))) {
      out.write("query,calls,rows\nSELECT 1,2,3\n".getBytes(StandardCharsets.UTF_8));
    }
    assertThat(PgStatStatementsReader.looksLike(f)).isTrue();
    assertThat(PgStatStatementsReader.read(f, new SkipCounter())).containsExactly(new PgssEntry("SELECT 1", 2, 3));
  }

  @Test
  void logsAndScriptsDoNotLookLikeAnExport() throws IOException {
    assertThat(PgStatStatementsReader.looksLike(Path.of("src/test/resources/pg15/postgresql.csv"))).isFalse();
    assertThat(PgStatStatementsReader.looksLike(Path.of("src/test/resources/pg15/postgresql.log"))).isFalse();
    assertThat(PgStatStatementsReader.looksLike(write("s.sql", "SELECT query, calls FROM x;"))).isFalse();
    assertThat(PgStatStatementsReader.looksLike(write("e.csv", ""))).isFalse();
    assertThat(PgStatStatementsReader.looksLike(dir.resolve("missing.csv"))).isFalse();
  }

  @Test
  void notAnExportOrMissingFileIsOneClearError() throws IOException {
    Path f = write("other.csv", "a,b\n1,2\n");
    assertThatThrownBy(() -> PgStatStatementsReader.read(f, new SkipCounter()))
        .isInstanceOf(IOException.class).hasMessageContaining("not a pg_stat_statements export");
    assertThatThrownBy(() -> PgStatStatementsReader.read(dir.resolve("none.csv"), new SkipCounter()))
        .isInstanceOf(NoSuchFileException.class);
  }
}
