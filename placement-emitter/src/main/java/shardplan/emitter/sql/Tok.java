package shardplan.emitter.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A token of a statement's head: a word, a quoted identifier, a string constant or one symbol.
 * Comments and white space are skipped. Enough to read what a statement creates and on which
 * table; the statement itself is never rewritten from tokens.
 *
 * @param kind what it is
 * @param value a word folded to lower case, a quoted identifier without its quotes, a symbol
 */
record Tok(Kind kind, String value) {
  enum Kind { WORD, QUOTED, STRING, SYMBOL }

  boolean isWord(String w) {
    return kind == Kind.WORD && value.equals(w);
  }

  boolean isSymbol(char c) {
    return kind == Kind.SYMBOL && value.length() == 1 && value.charAt(0) == c;
  }

  boolean isName() {
    return kind == Kind.WORD || kind == Kind.QUOTED;
  }

  /** A word in lower case, or empty for anything else. */
  String word() {
    return kind == Kind.WORD ? value : "";
  }

  /** The first {@code max} tokens of {@code sql}. */
  static List<Tok> head(String sql, int max) {
    List<Tok> out = new ArrayList<>();
    int i = 0;
    int n = sql.length();
    while (i < n && out.size() < max) {
      char ch = sql.charAt(i);
      if (Character.isWhitespace(ch)) {
        i++;
      } else if (ch == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
        while (i < n && sql.charAt(i) != '\n') {
          i++;
        }
      } else if (ch == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
        int depth = 0;
        do {
          if (sql.startsWith("/*", i)) {
            depth++;
            i += 2;
          } else if (sql.startsWith("*/", i)) {
            depth--;
            i += 2;
          } else {
            i++;
          }
        } while (i < n && depth > 0);
      } else if (ch == '"') {
        StringBuilder sb = new StringBuilder();
        i++;
        while (i < n) {
          if (sql.charAt(i) == '"') {
            if (i + 1 < n && sql.charAt(i + 1) == '"') {
              sb.append('"');
              i += 2;
              continue;
            }
            i++;
            break;
          }
          sb.append(sql.charAt(i++));
        }
        out.add(new Tok(Kind.QUOTED, sb.toString()));
      } else if (ch == '\'') {
        int start = i++;
        while (i < n) {
          if (sql.charAt(i) == '\'') {
            if (i + 1 < n && sql.charAt(i + 1) == '\'') {
              i += 2;
              continue;
            }
            i++;
            break;
          }
          i++;
        }
        out.add(new Tok(Kind.STRING, sql.substring(start, i)));
      } else if (Character.isLetter(ch) || ch == '_') {
        int start = i;
        while (i < n && (Character.isLetterOrDigit(sql.charAt(i)) || sql.charAt(i) == '_' || sql.charAt(i) == '$')) {
          i++;
        }
        out.add(new Tok(Kind.WORD, sql.substring(start, i).toLowerCase(Locale.ROOT)));
      } else {
        out.add(new Tok(Kind.SYMBOL, String.valueOf(ch)));
        i++;
      }
    }
    return out;
  }
}
