package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL lexer that knows just enough to find where tokens start and end: quoted
 * identifiers ({@code "a""b"}), string constants ({@code 'it''s'}, {@code E'\''}), dollar-quoted
 * strings ({@code $body$ ... $body$}), numbers, positional parameters, line comments and nested
 * block comments. Comments are skipped, not returned.
 *
 * <p>It never fails: an unterminated quote or comment runs to the end of the text, so that a
 * truncated file still splits and the damaged statement is reported by whoever parses it.
 */
final class SqlLexer {

  /** What a token is. */
  enum Kind {
    /** An unquoted identifier or key word (may contain {@code $} after the first character). */
    WORD,
    /** A double-quoted identifier; {@link Token#text()} keeps the quotes. */
    QUOTED,
    /** A string constant in single quotes, with or without an {@code E} prefix. */
    STRING,
    /** A dollar-quoted string constant. */
    DOLLAR,
    NUMBER,
    /** {@code $1}, {@code $2}, ... */
    PARAM,
    /** Any other single character ({@code ;}, {@code (}, {@code ,}, {@code .}, ...). */
    SYMBOL
  }

  /** A token and where it is in the text ({@code end} exclusive). */
  record Token(Kind kind, String text, int start, int end) {
    boolean isWord(String keyword) {
      return kind == Kind.WORD && text.equalsIgnoreCase(keyword);
    }

    boolean isSymbol(char c) {
      return kind == Kind.SYMBOL && text.length() == 1 && text.charAt(0) == c;
    }
  }

  private final String text;
  private int pos;

  SqlLexer(String text) {
    this.text = Objects.requireNonNull(text, "text");
  }

  /** All tokens of {@code text}. */
  static List<Token> tokens(String text) {
    SqlLexer lexer = new SqlLexer(text);
    List<Token> out = new ArrayList<>();
    for (Token t = lexer.next(); t != null; t = lexer.next()) {
      out.add(t);
    }
    return out;
  }

  int position() {
    return pos;
  }

  /** Skips whitespace and comments; returns whether text remains. */
  boolean skipBlank() {
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (Character.isWhitespace(c)) {
        pos++;
      } else if (c == '-' && pos + 1 < n && text.charAt(pos + 1) == '-') {
        skipToEndOfLine();
      } else if (c == '/' && pos + 1 < n && text.charAt(pos + 1) == '*') {
        skipBlockComment();
      } else {
        return true;
      }
    }
    return false;
  }

  /** Moves past the next line break (or to the end of the text). */
  void skipToEndOfLine() {
    int nl = text.indexOf('\n', pos);
    pos = nl < 0 ? text.length() : nl + 1;
  }

  /** The next token, or null at the end of the text. */
  Token next() {
    if (!skipBlank()) {
      return null;
    }
    int start = pos;
    char c = text.charAt(pos);
    if ((c == 'e' || c == 'E') && pos + 1 < text.length() && text.charAt(pos + 1) == '\''
        && !isIdentPart(previousChar(start))) {
      pos++;
      skipString(true);
      return token(Kind.STRING, start);
    }
    if (c == '\'') {
      skipString(false);
      return token(Kind.STRING, start);
    }
    if (c == '"') {
      skipQuotedIdentifier();
      return token(Kind.QUOTED, start);
    }
    if (c == '$') {
      int afterTag = dollarTagEnd(pos);
      if (afterTag > 0) {
        String tag = text.substring(pos, afterTag);
        int close = text.indexOf(tag, afterTag);
        pos = close < 0 ? text.length() : close + tag.length();
        return token(Kind.DOLLAR, start);
      }
      if (pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1))) {
        pos++;
        while (pos < text.length() && Character.isDigit(text.charAt(pos))) {
          pos++;
        }
        return token(Kind.PARAM, start);
      }
      pos++;
      return token(Kind.SYMBOL, start);
    }
    if (isIdentStart(c)) {
      pos++;
      while (pos < text.length() && isIdentPart(text.charAt(pos))) {
        pos++;
      }
      return token(Kind.WORD, start);
    }
    if (Character.isDigit(c) || (c == '.' && pos + 1 < text.length() && Character.isDigit(text.charAt(pos + 1)))) {
      pos++;
      while (pos < text.length()) {
        char d = text.charAt(pos);
        if (Character.isDigit(d) || d == '.' || d == '_') {
          pos++;
        } else if ((d == 'e' || d == 'E') && pos + 1 < text.length()
            && (Character.isDigit(text.charAt(pos + 1)) || text.charAt(pos + 1) == '-' || text.charAt(pos + 1) == '+')) {
          pos += 2;
        } else {
          break;
        }
      }
      return token(Kind.NUMBER, start);
    }
    pos++;
    return token(Kind.SYMBOL, start);
  }

  private Token token(Kind kind, int start) {
    return new Token(kind, text.substring(start, pos), start, pos);
  }

  private char previousChar(int at) {
    return at == 0 ? ' ' : text.charAt(at - 1);
  }

  /**
   * If a dollar-quote opening tag ({@code $$} or {@code $tag$}) starts at {@code at}, the index
   * after it; otherwise -1. A {@code $} right after an identifier character is part of that
   * identifier and never opens a quote.
   */
  private int dollarTagEnd(int at) {
    if (isIdentPart(previousChar(at)) && at > 0) {
      return -1;
    }
    int i = at + 1;
    if (i < text.length() && text.charAt(i) == '$') {
      return i + 1;
    }
    if (i >= text.length() || !isIdentStart(text.charAt(i))) {
      return -1;
    }
    while (i < text.length() && (isIdentPart(text.charAt(i)) && text.charAt(i) != '$')) {
      i++;
    }
    return i < text.length() && text.charAt(i) == '$' ? i + 1 : -1;
  }

  private void skipString(boolean backslashEscapes) {
    pos++; // opening quote
    int n = text.length();
    while (pos < n) {
      char c = text.charAt(pos);
      if (backslashEscapes && c == '\\') {
        pos += 2;
      } else if (c == '\'') {
        if (pos + 1 < n && text.charAt(pos + 1) == '\'') {
          pos += 2;
        } else {
          pos++;
          return;
        }
      } else {
        pos++;
      }
    }
    pos = n;
  }

  private void skipQuotedIdentifier() {
    pos++;
    int n = text.length();
    while (pos < n) {
      if (text.charAt(pos) == '"') {
        if (pos + 1 < n && text.charAt(pos + 1) == '"') {
          pos += 2;
        } else {
          pos++;
          return;
        }
      } else {
        pos++;
      }
    }
  }

  private void skipBlockComment() {
    int depth = 0;
    int n = text.length();
    while (pos < n) {
      if (text.startsWith("/*", pos)) {
        depth++;
        pos += 2;
      } else if (text.startsWith("*/", pos)) {
        depth--;
        pos += 2;
        if (depth == 0) {
          return;
        }
      } else {
        pos++;
      }
    }
  }

  static boolean isIdentStart(char c) {
    return Character.isLetter(c) || c == '_' || c > 127 && !Character.isWhitespace(c) && !Character.isISOControl(c);
  }

  static boolean isIdentPart(char c) {
    return isIdentStart(c) || Character.isDigit(c) || c == '$';
  }
}
