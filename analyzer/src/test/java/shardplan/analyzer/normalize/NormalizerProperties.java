package shardplan.analyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The normaliser survives any input, is idempotent, and loses no value. */
class NormalizerProperties {
  private final Normalizer n = new Normalizer();

  @Property(tries = 2000)
  void neverThrowsOnRandomText(@ForAll("sqlish") String sql) {
    NormalizedStatement s = n.normalize(sql);
    assertThat(s.text()).isNotNull();
  }

  @Property(tries = 1000)
  void neverThrowsOnArbitraryCharacters(@ForAll String sql) {
    assertThat(n.normalize(sql).text()).isNotNull();
  }

  @Property(tries = 2000)
  void normalisingATemplateGivesTheTemplate(@ForAll("sqlish") String sql) {
    String template = n.normalize(sql).text();
    assertThat(n.normalize(template).text()).isEqualTo(template);
  }

  @Property(tries = 2000)
  void reinsertedLiteralsGiveBackTheSameTemplateAndValues(@ForAll("statements") String sql) {
    NormalizedStatement s = n.normalize(sql);
    String rendered = TemplateRenderer.render(s);
    NormalizedStatement again = n.normalize(rendered);
    assertThat(again.text()).isEqualTo(s.text());
    assertThat(again.slots()).isEqualTo(s.slots());
  }

  /** Tokens of SQL, glued at random: quotes, comments and dollars in odd places included. */
  @Provide
  Arbitrary<String> sqlish() {
    Arbitrary<String> token = Arbitraries.of("SELECT", "a", "t1.b", "FROM", "WHERE", "=", "-", "-5", "42", "4.2e1",
        ".5", "'x'", "'it''s'", "E'\\''", "$1", "$$b$$", "$q$", "\"Q\"", "(", ")", ",", "IN", "VALUES", "::int",
        "--c\n", "/*", "*/", ";", "'", "\"", "$", "e'", "\n", " ", "  ", "AND", "NULL");
    return token.list().ofMaxSize(30).map(l -> String.join("", l));
  }

  /** Well-formed statements with literals of every kind, IN lists and multi-row VALUES. */
  @Provide
  Arbitrary<String> statements() {
    Arbitrary<String> literal = Arbitraries.oneOf(
        Arbitraries.integers().between(-1000, 100000).map(String::valueOf),
        Arbitraries.strings().withChars("abc xyz'\\é\n").ofMaxLength(8).map(v -> "'" + v.replace("'", "''") + "'"),
        Arbitraries.strings().alpha().ofMaxLength(6).map(v -> "E'" + v + "\\''"),
        Arbitraries.doubles().between(0, 1000).ofScale(2).map(d -> d.toString()));
    Arbitrary<String> in = literal.list().ofMinSize(1).ofMaxSize(5).map(l -> "c IN (" + String.join(", ", l) + ")");
    Arbitrary<String> eq = literal.map(v -> "d = " + v);
    Arbitrary<String> select = Combinators.combine(eq, in, eq)
        .as((a, b, c) -> "SELECT x FROM t WHERE " + a + " AND " + b + " OR " + c);
    Arbitrary<String> row = Combinators.combine(literal, literal).as((a, b) -> "(" + a + ", " + b + ")");
    Arbitrary<String> insert = row.list().ofMinSize(1).ofMaxSize(4)
        .map(rows -> "INSERT INTO t (a, b) VALUES " + String.join(", ", rows));
    return Arbitraries.oneOf(select, insert);
  }
}
