package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.catalog.SqlStatementSplitter.SqlStatement;

class SqlStatementSplitterTest {

  private static List<String> texts(String script) {
    return SqlStatementSplitter.split(script).stream().map(SqlStatement::text).toList();
  }

  @Test
  void semicolonsInQuotesCommentsAndDollarBodiesDoNotSplit() {
    String script = """
        -- leading comment; not a statement
        SELECT 'a;b', "c;d", E'it\\'s;', $$x;y$$, $tag$ $$; $tag$;
        /* block; /* nested; */ still comment; */ INSERT INTO t VALUES (1) -- trailing; comment
        ;
        CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END;
        CREATE RULE r AS ON INSERT TO t DO ALSO (DELETE FROM u; DELETE FROM v);
        SELECT a$b, $1 FROM t""";
    assertThat(texts(script)).containsExactly(
        "SELECT 'a;b', \"c;d\", E'it\\'s;', $$x;y$$, $tag$ $$; $tag$",
        "INSERT INTO t VALUES (1)",
        "CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT CASE WHEN true THEN 2 END; END",
        "CREATE RULE r AS ON INSERT TO t DO ALSO (DELETE FROM u; DELETE FROM v)",
        "SELECT a$b, $1 FROM t");
  }

  @Test
  void statementLinesAreCountedFromOne() {
    List<SqlStatement> st = SqlStatementSplitter.split("\n-- c\nSELECT 1;\n\nSELECT\n'a\nb';SELECT 3");
    assertThat(st).extracting(SqlStatement::line).containsExactly(3, 5, 7);
  }

  @Test
  void psqlMetaCommandsAndCopyDataAreDropped() {
    String script = """
        \\restrict abc
        \\connect db
        COPY t (a, b) FROM stdin;
        1\tx;y
        2\t'z
        \\.
        SELECT 1;
        \\unrestrict abc
        """;
    assertThat(texts(script)).containsExactly("COPY t (a, b) FROM stdin", "SELECT 1");
  }

  @Test
  void unterminatedQuoteRunsToTheEnd() {
    assertThat(texts("SELECT 1; SELECT 'oops; SELECT 2;")).containsExactly("SELECT 1", "SELECT 'oops; SELECT 2;");
  }

  @Test
  void unbalancedParenthesisOutsideRulesDoesNotSwallowTheRest() {
    assertThat(texts("CREATE TABLE a ((; CREATE TABLE b (x int);")).containsExactly("CREATE TABLE a ((", "CREATE TABLE b (x int)");
  }

  @Property(tries = 300)
  void statementsJoinedWithSemicolonsAndNoiseSplitBackToThemselves(
      @ForAll("statements") List<String> statements, @ForAll("separators") List<String> separators) {
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < statements.size(); i++) {
      script.append(separators.get(i % separators.size())).append(statements.get(i)).append(';');
    }
    script.append(separators.get(0));
    assertThat(texts(script.toString())).containsExactlyElementsOf(statements);
  }

  @Property(tries = 300)
  void splittingNeverFailsAndKeepsTextInOrder(@ForAll("noise") String script) {
    List<SqlStatement> st = SqlStatementSplitter.split(script);
    int from = 0;
    for (SqlStatement s : st) {
      int at = script.indexOf(s.text(), from);
      assertThat(at).isGreaterThanOrEqualTo(from);
      assertThat(s.text()).isNotBlank();
      from = at + s.text().length();
    }
  }

  @Provide
  Arbitrary<List<String>> statements() {
    Arbitrary<String> word = Arbitraries.of("SELECT", "x", "t1", "FROM", "a$b", "42", "1.5e3", "::", "(", ")", ",", "=", "$1");
    Arbitrary<String> tricky = Arbitraries.of(
        "'a;b'", "'it''s; here'", "E'back\\'slash;'", "\"quoted;\"\"id\"", "$$ body; $$", "$fn$ a; $$ b; $fn$",
        "/* c; */", "/* nested /* ; */ ; */", "-- line; comment\n", "'--not a comment;'", "\"/*\"", "'$$'");
    Arbitrary<String> piece = Arbitraries.oneOf(word, word, tricky);
    Arbitrary<String> statement = Combinators.combine(word, piece.list().ofMaxSize(12), word)
        .as((first, middle, last) -> {
          StringBuilder sb = new StringBuilder("CREATE ").append(first);
          for (String p : middle) {
            sb.append(' ').append(p);
          }
          return sb.append(' ').append(last).toString();
        });
    return statement.list().ofMinSize(1).ofMaxSize(6);
  }

  @Provide
  Arbitrary<List<String>> separators() {
    return Arbitraries.of("", " ", "\n", "\n\n  ", "-- comment; with semicolon\n", "/* block; */ ",
        "/* a /* b; */ c */\n", "\t-- x\n-- y;\n").list().ofMinSize(1).ofMaxSize(4);
  }

  @Provide
  Arbitrary<String> noise() {
    Arbitrary<String> bits = Arbitraries.of("'", "\"", "$$", "$a$", "--", "/*", "*/", ";", "\n", "\\", "E'", "(", ")",
        "x", "BEGIN", "END", "CREATE FUNCTION", "COPY t FROM stdin", "\\.", " ");
    return bits.list().ofMaxSize(40).map(l -> String.join("", l));
  }
}
