package shardplan.analyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.Seeded;

/** The normaliser survives any input, is idempotent, and loses no value. */
class NormalizerPropertiesTest {
  private final Normalizer n = new Normalizer();

  @Test
  void neverThrowsOnRandomText() {
    Seeded.forAll("neverThrowsOnRandomText", 2000, rnd -> {
      NormalizedStatement s = n.normalize(sqlish(rnd));
      assertThat(s.text()).isNotNull();
    });
  }

  @Test
  void neverThrowsOnArbitraryCharacters() {
    Seeded.forAll("neverThrowsOnArbitraryCharacters", 1000,
        rnd -> assertThat(n.normalize(Seeded.anyString(rnd, 255)).text()).isNotNull());
  }

  @Test
  void normalisingATemplateGivesTheTemplate() {
    Seeded.forAll("normalisingATemplateGivesTheTemplate", 2000, rnd -> {
      String template = n.normalize(sqlish(rnd)).text();
      assertThat(n.normalize(template).text()).isEqualTo(template);
    });
  }

  @Test
  void reinsertedLiteralsGiveBackTheSameTemplateAndValues() {
    Seeded.forAll("reinsertedLiteralsGiveBackTheSameTemplateAndValues", 2000, rnd -> {
      NormalizedStatement s = n.normalize(statement(rnd));
      String rendered = TemplateRenderer.render(s);
      NormalizedStatement again = n.normalize(rendered);
      assertThat(again.text()).isEqualTo(s.text());
      assertThat(again.slots()).isEqualTo(s.slots());
    });
  }

  private static final String[] TOKENS = {"SELECT", "a", "t1.b", "FROM", "WHERE", "=", "-", "-5", "42", "4.2e1",
      ".5", "'x'", "'it''s'", "E'\\''", "$1", "$$b$$", "$q$", "\"Q\"", "(", ")", ",", "IN", "VALUES", "::int",
      "--c\n", "/*", "*/", ";", "'", "\"", "$", "e'", "\n", " ", "  ", "AND", "NULL"};

  /** Tokens of SQL, glued at random: quotes, comments and dollars in odd places included. */
  static String sqlish(Random rnd) {
    return String.join("", Seeded.listOf(rnd, 0, 30, r -> Seeded.oneOf(r, TOKENS)));
  }

  /** A literal of every kind: integers (negative too), quoted strings, E'' strings, decimals. */
  static String literal(Random rnd) {
    return switch (rnd.nextInt(4)) {
      case 0 -> String.valueOf(-1000 + rnd.nextInt(101001));
      case 1 -> {
        String v = Seeded.stringOf(rnd, "abc xyz'\\é\n", 8);
        yield "'" + v.replace("'", "''") + "'";
      }
      case 2 -> "E'" + Seeded.stringOf(rnd, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", 6) + "\\''";
      default -> BigDecimal.valueOf(rnd.nextDouble() * 1000).setScale(2, RoundingMode.HALF_UP).doubleValue() + "";
    };
  }

  /** Well-formed statements with literals of every kind, IN lists and multi-row VALUES. */
  static String statement(Random rnd) {
    if (rnd.nextBoolean()) {
      List<String> in = Seeded.listOf(rnd, 1, 5, NormalizerPropertiesTest::literal);
      return "SELECT x FROM t WHERE d = " + literal(rnd) + " AND c IN (" + String.join(", ", in) + ") OR d = "
          + literal(rnd);
    }
    List<String> rows = Seeded.listOf(rnd, 1, 4, r -> "(" + literal(r) + ", " + literal(r) + ")");
    return "INSERT INTO t (a, b) VALUES " + String.join(", ", rows);
  }
}
