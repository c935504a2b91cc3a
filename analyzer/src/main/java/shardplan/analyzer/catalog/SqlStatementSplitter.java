package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;

/**
 * Splits a SQL script into statements at the semicolons that end them, the way {@code psql}
 * does: semicolons inside string constants, quoted identifiers, dollar-quoted bodies and
 * comments do not count, nor those inside the parentheses of a {@code CREATE RULE} or inside a
 * {@code BEGIN ... END} body of a {@code CREATE FUNCTION}/{@code PROCEDURE}. psql meta-commands ({@code \connect},
 * {@code \restrict} as recent {@code pg_dump} writes them) are dropped, and so are the data
 * lines of a {@code COPY ... FROM stdin} up to their terminating {@code \.}.
 *
 * <p>A statement's text runs from its first token to the end of its last token: comments
 * before it and between its last token and the semicolon are not part of it, comments
 * inside it are kept verbatim.
 */
public final class SqlStatementSplitter {

  /**
   * One statement of a script.
   *
   * @param text the statement without its terminating semicolon
   * @param line the 1-based line on which it starts
   */
  public record SqlStatement(String text, int line) {
    public SqlStatement {
      Objects.requireNonNull(text, "text");
    }
  }

  private SqlStatementSplitter() {
  }

  /** The statements of {@code script}, in order. */
  public static List<SqlStatement> split(String script) {
    Objects.requireNonNull(script, "script");
    List<SqlStatement> out = new ArrayList<>();
    SqlLexer lexer = new SqlLexer(script);
    LineCounter lines = new LineCounter(script);
    while (lexer.skipBlank()) {
      int start = lexer.position();
      if (script.charAt(start) == '\\') {
        lexer.skipToEndOfLine(); // psql meta-command
        continue;
      }
      StatementState state = new StatementState();
      int end = start;
      boolean terminated = false;
      for (Token t = lexer.next(); t != null; t = lexer.next()) {
        if (state.endsAt(t)) {
          terminated = true;
          break;
        }
        state.accept(t);
        end = t.end();
      }
      if (end > start) {
        String text = script.substring(start, end);
        out.add(new SqlStatement(text, lines.lineOf(start)));
        if (terminated && state.copyFromStdin) {
          skipCopyData(script, lexer);
        }
      }
    }
    return out;
  }

  /** Skips the data rows of {@code COPY ... FROM stdin;} up to and including the line {@code \.}. */
  private static void skipCopyData(String script, SqlLexer lexer) {
    lexer.skipToEndOfLine(); // rest of the COPY line
    while (lexer.position() < script.length()) {
      int lineStart = lexer.position();
      lexer.skipToEndOfLine();
      String line = script.substring(lineStart, lexer.position()).strip();
      if (line.equals("\\.")) {
        return;
      }
    }
  }

  /**
   * What decides where a statement ends, by psql's rules: a semicolon inside parentheses of a
   * {@code CREATE RULE} does not end it (rules with several actions), nor one inside
   * {@code BEGIN ... END} of a statement that starts {@code CREATE [OR REPLACE]
   * FUNCTION|PROCEDURE} (SQL-standard bodies; {@code CASE ... END} nests inside them). psql
   * honours parentheses in every statement; here only rules do, so that one statement with an
   * unbalanced parenthesis does not swallow the rest of the script.
   */
  private static final class StatementState {
    private final List<String> leading = new ArrayList<>(4);
    private int parenDepth;
    private int beginDepth;
    private boolean copyFromStdin;
    private String previousWord = "";

    boolean endsAt(Token t) {
      return t.isSymbol(';') && (parenDepth == 0 || !isRuleDefinition()) && beginDepth == 0;
    }

    void accept(Token t) {
      if (t.kind() == Kind.SYMBOL) {
        if (t.isSymbol('(')) {
          parenDepth++;
        } else if (t.isSymbol(')') && parenDepth > 0) {
          parenDepth--;
        }
      }
      if (t.kind() != Kind.WORD) {
        previousWord = "";
        return;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (leading.size() < 4) {
        leading.add(w);
      }
      if (parenDepth == 0 && isRoutineDefinition()) {
        if (w.equals("begin")) {
          beginDepth++;
        } else if (w.equals("case")) {
          if (beginDepth >= 1) {
            beginDepth++;
          }
        } else if (w.equals("end") && beginDepth > 0) {
          beginDepth--;
        }
      }
      if (leading.get(0).equals("copy") && w.equals("stdin") && previousWord.equals("from")) {
        copyFromStdin = true;
      }
      previousWord = w;
    }

    private boolean isRuleDefinition() {
      return !leading.isEmpty() && leading.get(0).equals("create")
          && (leading.size() >= 2 && leading.get(1).equals("rule")
              || leading.size() >= 4 && leading.get(1).equals("or") && leading.get(3).equals("rule"));
    }

    private boolean isRoutineDefinition() {
      if (leading.size() < 2 || !leading.get(0).equals("create")) {
        return false;
      }
      if (isRoutineWord(leading.get(1))) {
        return true;
      }
      return leading.size() >= 4 && leading.get(1).equals("or") && leading.get(2).equals("replace")
          && isRoutineWord(leading.get(3));
    }

    private static boolean isRoutineWord(String w) {
      return w.equals("function") || w.equals("procedure");
    }
  }

  /** Maps offsets to 1-based line numbers, moving forward only. */
  private static final class LineCounter {
    private final String text;
    private int offset;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    int lineOf(int at) {
      for (; offset < at; offset++) {
        if (text.charAt(offset) == '\n') {
          line++;
        }
      }
      return line;
    }
  }
}
