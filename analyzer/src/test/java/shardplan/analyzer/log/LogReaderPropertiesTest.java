package shardplan.analyzer.log;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Random and damaged input never makes a reader throw, and every record read is accounted for
 * (used + ignored + skipped); well-formed records of any content come back exactly.
 */
class LogReaderPropertiesTest {
  private static final String[] FIXTURES = {"postgresql.csv", "postgresql.json", "postgresql.log"};
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("log-props");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Property(tries = 100)
  void randomBytesNeverThrowAndCountsAddUp(@ForAll @Size(max = 3000) byte[] bytes,
                                           @ForAll("formats") LogFormat format) throws IOException {
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "random.log", bytes),
        LogOptions.DEFAULT.withFormat(format).withMaxStatementBytes(500));
    assertThat(r.countsAddUp()).isTrue();
  }

  @Property(tries = 200)
  void mutatedRealLogLinesNeverThrowAndCountsAddUp(@ForAll("fixtures") String fixture, @ForAll long seed,
                                                   @ForAll("mutationCounts") int mutations) throws IOException {
    byte[] real = Files.readAllBytes(Path.of("src/test/resources/pg15", fixture));
    byte[] damaged = mutate(real, new Random(seed), mutations);
    String name = fixture.replace("postgresql", "mutated");
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, name, damaged),
        LogOptions.DEFAULT.withMaxStatementBytes(2000));
    assertThat(r.countsAddUp()).isTrue();
    assertThat(r.skips().reasons()).allSatisfy(reason ->
        assertThat(reason.examples()).allSatisfy(ex -> assertThat(ex).matches("mutated\\.\\w+:\\d+")));
  }

  @Property(tries = 100)
  void mutatedSqlScriptsNeverThrowAndCountsAddUp(@ForAll long seed, @ForAll("mutationCounts") int mutations)
      throws IOException {
    byte[] sql = ("-- script\nSELECT 'a;b', \"c\" FROM t WHERE x = E'\\'';\n/* c /* n */ */ INSERT INTO t VALUES (1);\n"
        + "DO $f$ BEGIN PERFORM 1; END $f$;\nCOPY t FROM stdin;\n1\t2\n\\.\nSELECT 2;\n").getBytes(StandardCharsets.UTF_8);
    LogFixture.Result r = LogFixture.read(LogFixture.write(dir, "mutated.sql", mutate(sql, new Random(seed), mutations)),
        LogOptions.DEFAULT.withFormat(LogFormat.SQL));
    assertThat(r.countsAddUp()).isTrue();
  }

  @Property(tries = 100)
  void anyStatementAndParametersComeBackExactlyFromEveryFormat(@ForAll("sqlTexts") String sql,
                                                              @ForAll("parameterLists") List<String> params)
      throws IOException {
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
  }

  @Provide
  Arbitrary<LogFormat> formats() {
    return Arbitraries.of(LogFormat.CSVLOG, LogFormat.JSONLOG, LogFormat.STDERR, LogFormat.SQL, null);
  }

  @Provide
  Arbitrary<String> fixtures() {
    return Arbitraries.of(FIXTURES);
  }

  @Provide
  Arbitrary<Integer> mutationCounts() {
    return Arbitraries.integers().between(1, 12);
  }

  @Provide
  Arbitrary<String> sqlTexts() {
    Arbitrary<Character> chars = Arbitraries.oneOf(
        Arbitraries.chars().with('a', 'b', 'Z', '1', ' ', ',', '"', '\'', '\n', '\t', '$', ';', ':', '\\', '{', '}',
            'é', '€', '–'),
        Arbitraries.chars().alpha());
    return Arbitraries.strings().withChars("x").ofLength(1).flatMap(x ->
        chars.list().ofMaxSize(60).map(cs -> {
          StringBuilder sb = new StringBuilder("SELECT ");
          cs.forEach(sb::append);
          return sb.toString();
        }));
  }

  @Provide
  Arbitrary<List<String>> parameterLists() {
    Arbitrary<String> value = Arbitraries.oneOf(
        Arbitraries.just(null),
        Arbitraries.strings().withChars("ab1 ,'\"\n$=é").ofMaxLength(20));
    return value.list().ofMaxSize(5);
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
