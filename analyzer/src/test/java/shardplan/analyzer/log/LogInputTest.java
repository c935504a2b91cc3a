package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static shardplan.analyzer.log.LogFixture.csv;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.diag.SkipCounter;

class LogInputTest {
  @TempDir
  Path dir;

  @Test
  void detectsEachFormatFromContentWhateverTheFileName() throws IOException {
    assertThat(LogInput.detect(Path.of("src/test/resources/pg15/postgresql.csv"), LogOptions.DEFAULT))
        .isEqualTo(LogFormat.CSVLOG);
    assertThat(LogInput.detect(Path.of("src/test/resources/pg15/postgresql.json"), LogOptions.DEFAULT))
        .isEqualTo(LogFormat.JSONLOG);
    assertThat(LogInput.detect(Path.of("src/test/resources/pg15/postgresql.log"), LogOptions.DEFAULT))
        .isEqualTo(LogFormat.STDERR);
    Path csvNamedTxt = LogFixture.write(dir, "x.txt", csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null));
    assertThat(LogInput.detect(csvNamedTxt, LogOptions.DEFAULT)).isEqualTo(LogFormat.CSVLOG);
    Path sql = LogFixture.write(dir, "x.dat", "-- a script\nSELECT 1;\nSELECT 2;\n");
    assertThat(LogInput.detect(sql, LogOptions.DEFAULT)).isEqualTo(LogFormat.SQL);
  }

  @Test
  void gzipFilesAreDecompressed() throws IOException {
    byte[] log = csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null).getBytes(StandardCharsets.UTF_8);
    Path gz = LogFixture.gzip(dir, "postgresql.csv.gz", log);
    LogFixture.Result r = LogFixture.read(gz);
    assertThat(r.sqls()).containsExactly("SELECT 1");
    assertThat(r.summary().bytes()).isEqualTo(java.nio.file.Files.size(gz));
  }

  @Test
  void damagedGzipKeepsWhatCameBeforeAndCountsTheDamage() throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append(csv("a.1", "3/" + i, "LOG", "00000", "statement: SELECT " + i, null));
    }
    Path gz = LogFixture.gzip(dir, "full.csv.gz", sb.toString().getBytes(StandardCharsets.UTF_8));
    byte[] bytes = java.nio.file.Files.readAllBytes(gz);
    Path cut = LogFixture.write(dir, "cut.csv.gz", Arrays.copyOf(bytes, bytes.length / 2));
    LogFixture.Result r = LogFixture.read(cut);
    assertThat(r.summary().statements()).isBetween(1L, 1999L);
    assertThat(r.skipped(LogSkipReasons.CORRUPT_COMPRESSED_DATA)).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void filesAreReadInTheGivenOrderAndTheirTalliesAdd() throws IOException {
    Path a = LogFixture.write(dir, "a.csv", csv("a.1", "3/1", "LOG", "00000", "statement: SELECT 1", null));
    Path b = LogFixture.write(dir, "b.sql", "SELECT 2;");
    List<Long> progress = new ArrayList<>();
    List<LogEvent> events = new ArrayList<>();
    LogReadSummary s = LogInput.read(List.of(b, a), LogOptions.DEFAULT, new SkipCounter(), progress::add, events::add);
    assertThat(events).extracting(e -> ((LogEvent.Statement) e).sql()).containsExactly("SELECT 2", "SELECT 1");
    assertThat(s.statements()).isEqualTo(2);
    assertThat(progress.stream().mapToLong(Long::longValue).sum())
        .isEqualTo(java.nio.file.Files.size(a) + java.nio.file.Files.size(b)).isEqualTo(s.bytes());
  }

  @Test
  void emptyFileIsCountedNotFatal() throws IOException {
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "empty.log", ""));
    assertThat(r.events()).isEmpty();
    assertThat(r.skipped(LogSkipReasons.EMPTY_FILE)).isEqualTo(1);
    assertThat(r.countsAddUp()).isTrue();
  }

  @Test
  void missingFileIsOneClearError() {
    Path missing = dir.resolve("nope.csv");
    assertThatThrownBy(() -> LogFixture.read(missing))
        .isInstanceOf(NoSuchFileException.class)
        .hasMessageContaining("nope.csv");
  }

  @Test
  void folderIsOneClearError() {
    assertThatThrownBy(() -> LogFixture.read(dir)).isInstanceOf(IOException.class).hasMessageContaining("folder");
  }

  @Test
  void binaryGarbageIsCountedNotThrown() throws IOException {
    byte[] junk = new byte[20000];
    new java.util.Random(7).nextBytes(junk);
    for (String name : List.of("junk.csv", "junk.json", "junk.log", "junk.bin")) {
      LogFixture.Result r = LogFixture.read(LogFixture.write(dir, name, junk));
      assertThat(r.countsAddUp()).as(name).isTrue();
      assertThat(r.summary().skipped()).as(name).isPositive();
    }
  }

  @Test
  void forcedFormatOverridesDetection() throws IOException {
    Path f = LogFixture.write(dir, "s.txt", "SELECT 1;\n");
    LogFixture.Result asSql = LogFixture.read(f, LogOptions.DEFAULT.withFormat(LogFormat.SQL));
    assertThat(asSql.sqls()).containsExactly("SELECT 1");
    LogFixture.Result asCsv = LogFixture.read(f, LogOptions.DEFAULT.withFormat(LogFormat.CSVLOG));
    assertThat(asCsv.events()).isEmpty();
    assertThat(asCsv.skipped(LogSkipReasons.CORRUPT_CSV_RECORD)).isEqualTo(1);
  }
}
