package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.Seeded;
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

  @Test
  void statementsJoinedWithSemicolonsAndNoiseSplitBackToThemselves() {
    Seeded.forAll("statementsJoinedWithSemicolonsAndNoiseSplitBackToThemselves", 300, rnd -> {
      List<String> statements = statements(rnd);
      List<String> separators = separators(rnd);
      StringBuilder script = new StringBuilder();
      for (int i = 0; i < statements.size(); i++) {
        script.append(separators.get(i % separators.size())).append(statements.get(i)).append(';');
      }
      script.append(separators.get(0));
      assertThat(texts(script.toString())).containsExactlyElementsOf(statements);
    });
  }

  @Test
  void splittingNeverFailsAndKeepsTextInOrder() {
    Seeded.forAll("splittingNeverFailsAndKeepsTextInOrder", 300, rnd -> {
      String script = noise(rnd);
      List<SqlStatement> st = SqlStatementSplitter.split(script);
      int from = 0;
      for (SqlStatement s : st) {
        int at = script.indexOf(s.text(), from);
        assertThat(at).isGreaterThanOrEqualTo(from);
        assertThat(s.text()).isNotBlank();
        from = at + s.text().length();
      }
    });
  }

  private static final String[] WORDS = {"SELECT", "x", "t1", "FROM", "a$b", "42", "1.5e3", "::", "(", ")", ",", "=", "$1"};
  private static final String[] TRICKY = {
      "'a;b'", "'it''s; here'", "E'back\\'slash;'", "\"quoted;\"\"id\"", "$$ body; $$", "$fn$ a; $$ b; $fn$",
      "/* c; */", "/* nested /* ; */ ; */", "-- line; comment\n", "'--not a comment;'", "\"/*\"", "'$$'"};

  static List<String> statements(Random rnd) {
    return Seeded.listOf(rnd, 1, 6, r -> {
      StringBuilder sb = new StringBuilder("CREATE ").append(Seeded.oneOf(r, WORDS));
      for (String p : Seeded.listOf(r, 0, 12, q -> q.nextInt(3) < 2 ? Seeded.oneOf(q, WORDS) : Seeded.oneOf(q, TRICKY))) {
        sb.append(' ').append(p);
      }
      return sb.append(' ').append(Seeded.oneOf(r, WORDS)).toString();
    });
  }

  static List<String> separators(Random rnd) {
    String[] seps = {"", " ", "\n", "\n\n  ", "-- comment; with semicolon\n", "/* block; */ ",
        "/* a /* b; */ c */\n", "\t-- x\n-- y;\n"};
    return Seeded.listOf(rnd, 1, 4, r -> Seeded.oneOf(r, seps));
  }

  static String noise(Random rnd) {
    String[] bits = {"'", "\"", "$$", "$a$", "--", "/*", "*/", ";", "\n", "\\", "E'", "(", ")",
        "x", "BEGIN", "END", "CREATE FUNCTION", "COPY t FROM stdin", "\\.", " "};
    return String.join("", Seeded.listOf(rnd, 0, 40, r -> Seeded.oneOf(r, bits)));
  }
}
