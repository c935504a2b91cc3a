package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.analyzer.Seeded;

/**
 * Random and damaged input never makes a reader throw, and every record read is accounted for
 * (used + ignored + skipped); well-formed records of any content come back exactly.
 */
class LogReaderPropertiesTest {
  private static final String[] FIXTURES = {"postgresql.csv", "postgresql.json", "postgresql.log"};

  @TempDir
  static Path dir;

  private static final LogFormat[] FORMATS = {LogFormat.CSVLOG, LogFormat.JSONLOG, LogFormat.STDERR, LogFormat.SQL, null};

  @Test
  void randomBytesNeverThrowAndCountsAddUp() {
    Seeded.forAll("randomBytesNeverThrowAndCountsAddUp", 100, rnd -> {
      byte[] bytes = Seeded.bytes(rnd, 3000);
      LogFormat format = Seeded.oneOf(rnd, FORMATS);
      LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "random.log", bytes),
          LogOptions.DEFAULT.withFormat(format).withMaxStatementBytes(500));
      assertThat(r.countsAddUp()).isTrue();
    });
  }

  @Test
  void mutatedRealLogLinesNeverThrowAndCountsAddUp() {
    Seeded.forAll("mutatedRealLogLinesNeverThrowAndCountsAddUp", 200, rnd -> {
      String fixture = Seeded.oneOf(rnd, FIXTURES);
      int mutations = 1 + rnd.nextInt(12);
      byte[] real = Files.readAllBytes(Path.of("src/test/resources/pg15", fixture));
      byte[] damaged = mutate(real, new Random(rnd.nextLong()), mutations);
      String name = fixture.replace("postgresql", "mutated");
      LogFixture.Result r = LogFixture.read(LogFixture.write(dir, name, damaged),
          LogOptions.DEFAULT.withMaxStatementBytes(2000));
      assertThat(r.countsAddUp()).isTrue();
      assertThat(r.skips().reasons()).allSatisfy(reason ->
          assertThat(reason.examples()).allSatisfy(ex -> assertThat(ex).matches("mutated\\.\\w+:\\d+")));
    });
  }

  @Test
  void mutatedSqlScriptsNeverThrowAndCountsAddUp() {
    byte[] sql = ("-- script\nSELECT 'a;b', \"c\" FROM t WHERE x = E'\\'';\n/* c /* n */ */ INSERT INTO t VALUES (1);\n"
        + "DO $f$ BEGIN PERFORM 1; END $f$;\nCOPY t FROM stdin;\n1\t2\n\\.\nSELECT 2;\n").getBytes(StandardCharsets.UTF_8);
    Seeded.forAll("mutatedSqlScriptsNeverThrowAndCountsAddUp", 100, rnd -> {
      int mutations = 1 + rnd.nextInt(12);
      LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "mutated.sql", mutate(sql, new Random(rnd.nextLong()), mutations)),
          LogOptions.DEFAULT.withFormat(LogFormat.SQL));
      assertThat(r.countsAddUp()).isTrue();
    });
  }

  @Test
  void anyStatementAndParametersComeBackExactlyFromEveryFormat() {
    Seeded.forAll("anyStatementAndParametersComeBackExactlyFromEveryFormat", 100, rnd -> {
      String sql = sqlText(rnd);
      List<String> params = parameterList(rnd);
      String detail = params.isEmpty() ? null : parameters(params);
      String message = "execute S_1: " + sql;
      String csv = LogFixture.csv("s.1", "3/1", "LOG", "00000", message, detail)
          + LogFixture.csv("s.1", "3/2", "LOG", "00000", "statement: SELECT 1", null);
      String json = "{\"timestamp\":\"2024-05-01 12:00:00.000 UTC\",\"pid\":9,\"session_id\":\"s.1\","
          + "\"error_severity\":\"LOG\",\"message\":" + json(message)
          + (detail == null ? "" : ",\"detail\":" + json(detail)) + "}\n"
          + "{\"pid\":9,\"session_id\":\"s.1\",\"error_severity\":\"LOG\",\"message\":\"statement: SELECT 1\"}\n";
      String stderr = "2024-05-01 12:00:00.000 UTC [9] LOG:  " + message.replace("\n", "\n\t") + "\n"
          + (detail == null ? "" : "2024-05-01 12:00:00.000 UTC [9] DETAIL:  " + detail.replace("\n", "\n\t") + "\n")
          + "2024-05-01 12:00:00.000 UTC [9] LOG:  statement: SELECT 1\n";
      for (String[] f : new String[][] {{"p.csv", csv}, {"p.json", json}, {"p.log", stderr}}) {
        LogFixture.Result r = LogFixture.read(LogFixture.write(dir, f[0], f[1]));
        assertThat(r.skips().total()).as(f[0]).isZero();
        assertThat(r.sqls()).as(f[0]).containsExactly(sql, "SELECT 1");
        assertThat(r.statements().get(0).parameters()).as(f[0]).isEqualTo(params);
      }
    });
  }

  private static final String SQL_CHARS = "abZ1 ,\"'\n\t$;:\\{}é€–";
  private static final String ALPHA = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

  /** {@code SELECT } and up to 60 characters, half of them the ones that need quoting or escaping. */
  static String sqlText(Random rnd) {
    StringBuilder sb = new StringBuilder("SELECT ");
    int n = Seeded.size(rnd, 0, 60);
    for (int i = 0; i < n; i++) {
      String from = rnd.nextBoolean() ? SQL_CHARS : ALPHA;
      sb.append(from.charAt(rnd.nextInt(from.length())));
    }
    return sb.toString();
  }

  /** Up to 5 values, some of them NULL. */
  static List<String> parameterList(Random rnd) {
    return Seeded.listOf(rnd, 0, 5, r -> r.nextBoolean() ? null : Seeded.stringOf(r, "ab1 ,'\"\n$=é", 20));
  }

  private static String parameters(List<String> params) {
    StringBuilder sb = new StringBuilder("parameters: ");
    for (int i = 0; i < params.size(); i++) {
      if (i > 0) {
        sb.append(", ");
      }
      String v = params.get(i);
      sb.append('$').append(i + 1).append(" = ").append(v == null ? "NULL" : "'" + v.replace("'", "''") + "'");
    }
    return sb.toString();
  }

  private static String json(String s) {
    StringBuilder sb = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      switch (c) {
        case '"' -> sb.append("\\\"");
        case '\\' -> sb.append("\\\\");
        case '\n' -> sb.append("\\n");
        case '\t' -> sb.append("\\t");
        default -> {
          if (c > 127) {
            sb.append(String.format("\\u%04x", (int) c));
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.append('"').toString();
  }

  /** Cuts, duplicates, flips, inserts and deletes bytes and lines of {@code in}. */
  static byte[] mutate(byte[] in, Random rnd, int count) {
    List<Byte> b = new ArrayList<>(in.length);
    for (byte x : in) {
      b.add(x);
    }
    for (int m = 0; m < count && !b.isEmpty(); m++) {
      int at = rnd.nextInt(b.size());
      switch (rnd.nextInt(6)) {
        case 0 -> b.subList(at, b.size()).clear(); // truncate
        case 1 -> b.set(at, (byte) (b.get(at) ^ (1 << rnd.nextInt(8)))); // flip a bit
        case 2 -> { // insert garbage
          for (int k = rnd.nextInt(8); k >= 0; k--) {
            b.add(at, (byte) rnd.nextInt(256));
          }
        }
        case 3 -> b.subList(at, Math.min(b.size(), at + 1 + rnd.nextInt(200))).clear(); // delete a range
        case 4 -> { // duplicate a line
          int s = at;
          while (s > 0 && b.get(s - 1) != '\n') {
            s--;
          }
          int e = at;
          while (e < b.size() && b.get(e) != '\n') {
            e++;
          }
          List<Byte> line = new ArrayList<>(b.subList(s, Math.min(b.size(), e + 1)));
          b.addAll(s, line);
        }
        default -> { // cut a line in the middle and glue it to the next
          int e = at;
          while (e < b.size() && b.get(e) != '\n') {
            e++;
          }
          b.subList(at, Math.min(b.size(), e)).clear();
        }
      }
    }
    byte[] out = new byte[b.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = b.get(i);
    }
    return out;
  }
}
