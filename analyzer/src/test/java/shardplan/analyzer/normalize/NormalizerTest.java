package shardplan.analyzer.normalize;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class NormalizerTest {
  private final Normalizer n = new Normalizer();

  @Test
  void literalsBecomeSlotsInOrderWithTheirValues() {
    NormalizedStatement s = n.normalize("SELECT a FROM t WHERE b = 42 AND c = 'x''y' AND d = 4.5e2");
    assertThat(s.text()).isEqualTo("SELECT a FROM t WHERE b = $1 AND c = $2 AND d = $3");
    assertThat(s.slots()).containsExactly(List.of("42"), List.of("x'y"), List.of("4.5e2"));
  }

  @Test
  void escapeStringsDollarQuotesAndQuotedIdentifiers() {
    NormalizedStatement s = n.normalize("SELECT \"Odd Col\" FROM t WHERE a = E'it\\'s\\n' AND b = $tag$ a'b $tag$ AND c = $$q$$");
    assertThat(s.text()).isEqualTo("SELECT \"Odd Col\" FROM t WHERE a = $1 AND b = $2 AND c = $3");
    assertThat(s.slots()).containsExactly(List.of("it's\n"), List.of(" a'b "), List.of("q"));
  }

  @Test
  void commentsAreDroppedAndWhitespaceCollapsed() {
    NormalizedStatement s = n.normalize("  SELECT /* hint /* nested */ */ a\n\t-- trailing\nFROM   t ;  ");
    assertThat(s.text()).isEqualTo("SELECT a FROM t");
  }

  @Test
  void negativeNumbersOnlyWhereAValueIsExpected() {
    assertThat(n.normalize("SELECT * FROM t WHERE a = -5").slots()).containsExactly(List.of("-5"));
    NormalizedStatement minus = n.normalize("UPDATE t SET a = a -5 WHERE b = 1");
    assertThat(minus.text()).isEqualTo("UPDATE t SET a = a -$1 WHERE b = $2");
    assertThat(minus.slots()).containsExactly(List.of("5"), List.of("1"));
    assertThat(n.normalize("SELECT * FROM t WHERE a IN (-1, 2)").slots()).containsExactly(List.of("-1", "2"));
  }

  @Test
  void castsAreKept() {
    NormalizedStatement s = n.normalize("SELECT * FROM t WHERE d = '2024-01-01'::date AND x = $1::int");
    assertThat(s.text()).isEqualTo("SELECT * FROM t WHERE d = $1::date AND x = $2::int");
  }

  @Test
  void inListsOfAnyLengthGiveOneTemplateAndKeepEveryValue() {
    NormalizedStatement a = n.normalize("SELECT * FROM t WHERE id IN (1, 2, 3) AND k = 'z'");
    NormalizedStatement b = n.normalize("SELECT * FROM t WHERE id IN (7) AND k = 'w'");
    assertThat(a.text()).isEqualTo(b.text()).isEqualTo("SELECT * FROM t WHERE id IN ($1) AND k = $2");
    assertThat(a.slots()).containsExactly(List.of("1", "2", "3"), List.of("z"));
  }

  @Test
  void inListOfParametersTakesTheBoundValues() {
    NormalizedStatement s = n.normalize("SELECT * FROM t WHERE id IN ($1,$2,$3)", Arrays.asList("10", null, "30"));
    assertThat(s.text()).isEqualTo("SELECT * FROM t WHERE id IN ($1)");
    assertThat(s.values(1)).containsExactly("10", null, "30");
  }

  @Test
  void inSubqueryIsNotCollapsed() {
    NormalizedStatement s = n.normalize("SELECT * FROM t WHERE id IN (SELECT x FROM u WHERE y = 3)");
    assertThat(s.text()).isEqualTo("SELECT * FROM t WHERE id IN (SELECT x FROM u WHERE y = $1)");
  }

  @Test
  void multiRowValuesCollapseToTheFirstRowWithOneValuePerRow() {
    NormalizedStatement a = n.normalize("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'),(3,'z') RETURNING a");
    NormalizedStatement b = n.normalize("INSERT INTO t (a, b) VALUES (9, 'q') RETURNING a");
    assertThat(a.text()).isEqualTo(b.text()).isEqualTo("INSERT INTO t (a, b) VALUES ($1, $2) RETURNING a");
    assertThat(a.rows()).isEqualTo(3);
    assertThat(a.slots()).containsExactly(List.of("1", "2", "3"), List.of("x", "y", "z"));
    assertThat(TemplateRenderer.render(a)).isEqualTo("INSERT INTO t (a, b) VALUES (1, 'x'), (2, 'y'), (3, 'z') RETURNING a");
  }

  @Test
  void rowsOfDifferentShapesAreNotCollapsed() {
    NormalizedStatement s = n.normalize("INSERT INTO t VALUES (1, 2), (3, DEFAULT)");
    assertThat(s.text()).isEqualTo("INSERT INTO t VALUES ($1, $2), ($3, DEFAULT)");
    assertThat(s.rows()).isEqualTo(1);
  }

  @Test
  void extendedProtocolParametersAreRenumberedWithLiterals() {
    NormalizedStatement s = n.normalize("SELECT * FROM t WHERE a = $2 AND b = 7 AND c = $1", List.of("p1", "p2"));
    assertThat(s.text()).isEqualTo("SELECT * FROM t WHERE a = $1 AND b = $2 AND c = $3");
    assertThat(s.slots()).containsExactly(List.of("p2"), List.of("7"), List.of("p1"));
  }

  @Test
  void parametersWithoutValuesAreUnbound() {
    NormalizedStatement s = n.normalize("SELECT * FROM t WHERE a = $1");
    assertThat(s.values(1).get(0)).isSameAs(Normalizer.UNBOUND);
  }

  @Test
  void identifiersWithDigitsAndDollarsAreNotLiterals() {
    NormalizedStatement s = n.normalize("SELECT t1.c2, a$b FROM t1");
    assertThat(s.text()).isEqualTo("SELECT t1.c2, a$b FROM t1");
    assertThat(s.slots()).isEmpty();
  }

  @Test
  void unterminatedStringRunsToTheEnd() {
    NormalizedStatement s = n.normalize("SELECT 'abc");
    assertThat(s.text()).isEqualTo("SELECT $1");
    assertThat(s.values(1)).containsExactly("abc");
  }

  @Test
  void templateIdIsStableAndDependsOnTheText() {
    assertThat(TemplateId.of("SELECT $1")).isEqualTo(TemplateId.of("SELECT $1")).hasSize(16)
        .isNotEqualTo(TemplateId.of("SELECT $2"));
  }
}
