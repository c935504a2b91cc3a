package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.Seeded;
import shardplan.analyzer.diag.SkipCounter;

/**
 * Reading csvlog chunks from their bytes ({@link AsciiCsvLogReader}, handing over to the decoding
 * reader where it stops) gives exactly what decoding the whole chunk and reading it with
 * {@link CsvLogReader} gives: the same events, counts, line numbers and skip examples, on random
 * logs of tricky records (doubled quotes, multi-line statements, non-ASCII and undecodable bytes,
 * CRLF line ends, corrupt and cut records, blank lines, a last record without a line end), cut
 * into chunks of every size.
 */
class AsciiCsvLogReaderTest {
  @TempDir
  Path dir;

  @Test
  void bytesGiveWhatDecodedCharactersGive() {
    Seeded.forAll("bytesGiveWhatDecodedCharactersGive", 300, rnd -> {
      byte[] log = log(rnd, 1 + rnd.nextInt(60));
      int chunk = 128 + rnd.nextInt(rnd.nextBoolean() ? 400 : 6000);
      Charset charset = rnd.nextInt(4) == 0 ? StandardCharsets.ISO_8859_1 : StandardCharsets.UTF_8;
      LogOptions opts = LogOptions.DEFAULT.withFormat(LogFormat.CSVLOG).withCharset(charset)
          .withMaxStatementBytes(rnd.nextInt(4) == 0 ? 300 : LogOptions.DEFAULT_MAX_STATEMENT_BYTES);
      assertSame(log, chunk, opts);
    });
  }

  @Test
  void aGeneratedLogIsReadWhollyFromItsBytes() {
    Random rnd = new Random(11);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      sb.append(record(rnd, "LOG", "execute S_1: SELECT a FROM t WHERE b = $1 AND c = $2",
          "parameters: $1 = '" + i + "', $2 = 'x''y'", false));
    }
    byte[] log = sb.toString().getBytes(StandardCharsets.UTF_8);
    ReadContext ctx = new ReadContext(LogOptions.DEFAULT, new SkipCounter(), e -> { });
    AsciiCsvLogReader reader = new AsciiCsvLogReader(ctx);
    assertThat(reader.read(log, 0, log.length)).isEqualTo(log.length);
    assertThat(ctx.statements).isEqualTo(200);
    assertThat(reader.lines()).isEqualTo(200);
  }

  private void assertSame(byte[] log, int chunk, LogOptions opts) throws IOException {
    Path f = Files.write(dir.resolve("postgresql.csv"), log);
    Result fast = read(f, chunk, opts, true);
    Result reference = read(f, chunk, opts, false);
    assertThat(fast.events).isEqualTo(reference.events);
    assertThat(fast.summary).isEqualTo(reference.summary);
    assertThat(fast.skips).isEqualTo(reference.skips);
  }

  private record Result(List<LogEvent> events, LogReadSummary summary, Object skips) {
  }

  private static Result read(Path f, int chunk, LogOptions opts, boolean fromBytes) throws IOException {
    List<LogChunks.Piece> pieces = new ArrayList<>();
    LogChunks.split(List.of(f), opts, chunk, n -> { }, pieces::add);
    SkipCounter skips = new SkipCounter();
    LogChunks.Totals totals = new LogChunks.Totals(skips);
    List<LogEvent> events = new ArrayList<>();
    for (LogChunks.Piece p : pieces) {
      LogChunks.Parsed parsed = LogChunks.parse(p, opts, e -> { }, fromBytes);
      events.addAll(parsed.events());
      totals.add(parsed);
    }
    return new Result(events, totals.summary(), skips.reasons());
  }

  private static final String[] SQL = {
      "SELECT 1",
      "SELECT \"\"quoted\"\" FROM t WHERE a = 'x'",
      "SELECT a,\n       b\n  FROM t\n WHERE c = 1",
      "UPDATE t SET name = 'Zoë' WHERE id = 7",
      "INSERT INTO t VALUES ('日本語', 2)",
      "BEGIN; UPDATE t SET a = 1; COMMIT",
      "SELECT 'a,b' FROM t\r\nWHERE x = 1",
      "SELECT 1\n2024-03-04 09:00:00.000 UTC,\"cut\"",
      "",
      "   ",
  };

  private static final String[] MESSAGES = {"statement: ", "execute S_1: ", "execute <unnamed>: ",
      "duration: 0.120 ms  statement: ", "execute fetch from S_2/C_3: ", "parse S_1: ", "connection received: "};

  private static final String[] DETAILS = {"", "parameters: $1 = '42'", "parameters: $1 = 'O''Brien', $2 = NULL",
      "parameters: $1 = 'two\nlines'", "parameters: $2 = '1'", "Parameters: $1 = 'é'", "not parameters"};

  private static final String[] SEVERITIES = {"LOG", "LOG", "LOG", "LOG", "ERROR", "STATEMENT", "DETAIL", "WARNING",
      "FATAL", "BOGUS", ""};

  /** A random log of {@code records} records, some of them damaged. */
  static byte[] log(Random rnd, int records) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (int i = 0; i < records; i++) {
      String sql = SQL[rnd.nextInt(SQL.length)];
      String message = MESSAGES[rnd.nextInt(MESSAGES.length)] + sql;
      String detail = DETAILS[rnd.nextInt(DETAILS.length)];
      String sev = SEVERITIES[rnd.nextInt(SEVERITIES.length)];
      String rec = record(rnd, sev, message, detail, rnd.nextInt(8) == 0);
      byte[] bytes = rec.getBytes(StandardCharsets.UTF_8);
      switch (rnd.nextInt(14)) {
        case 0 -> bytes[rnd.nextInt(bytes.length)] = (byte) (0x80 + rnd.nextInt(128)); // undecodable or Latin-1
        case 1 -> bytes = java.util.Arrays.copyOf(bytes, rnd.nextInt(bytes.length)); // cut short
        case 2 -> bytes = "\n".getBytes(StandardCharsets.UTF_8); // blank line
        case 3 -> bytes = "garbage, \"not closed\n".getBytes(StandardCharsets.UTF_8);
        case 4 -> bytes = "a,b\"c,d\n".getBytes(StandardCharsets.UTF_8); // quote in an unquoted field
        case 5 -> bytes = (",".repeat(40) + "\n").getBytes(StandardCharsets.UTF_8); // too many fields
        case 6 -> bytes = "\"\"\r\n".getBytes(StandardCharsets.UTF_8);
        default -> {
        }
      }
      out.writeBytes(bytes);
    }
    if (rnd.nextBoolean()) {
      // a last record without its line end
      String last = record(rnd, "LOG", "statement: SELECT 2", "", false);
      out.writeBytes(last.substring(0, last.length() - 1).getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }

  private static String record(Random rnd, String severity, String message, String detail, boolean crlf) {
    String quotedMessage = "\"" + message.replace("\"", "\"\"") + "\"";
    String quotedDetail = detail.isEmpty() ? "" : "\"" + detail.replace("\"", "\"\"") + "\"";
    String session = rnd.nextBoolean() ? "65e58d88.4e3c" : rnd.nextBoolean() ? "" : "\"65e5\"\"8d\"";
    String vxid = rnd.nextBoolean() ? "3/" + rnd.nextInt(50) : "";
    String state = severity.equals("ERROR") ? "40001" : "00000";
    String millis = rnd.nextBoolean() ? "." + (100 + rnd.nextInt(900)) : "";
    String zone = rnd.nextBoolean() ? "UTC" : "+02";
    return "2024-03-04 09:00:0" + rnd.nextInt(10) + millis + " " + zone + ",\"tpcc\",\"tpcc\"," + (20000 + rnd.nextInt(4))
        + ",\"127.0.0.1:40010\"," + session + ",1,\"idle\",2024-03-04 08:59:51 UTC," + vxid + ",0," + severity + ","
        + state + "," + quotedMessage + "," + quotedDetail + ",,,,,,,,\"app\",\"client backend\",,0"
        + (crlf ? "\r\n" : "\n");
  }
}
