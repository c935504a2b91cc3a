package shardplan.analyzer.normalize;

/**
 * PostgreSQL's lexical rules as the normaliser needs them: where a quoted identifier, a
 * dollar-quote tag, a number or a comment ends, and which characters start or continue an
 * identifier. Each method reads {@code s} up to {@code n} from position {@code i} and returns the
 * position after the lexeme; an unterminated one runs to {@code n}.
 */
final class PgLexemes {
  private PgLexemes() {
  }

  static int quotedIdentEnd(String s, int n, int i) {
    int j = i + 1;
    while (j < n) {
      if (s.charAt(j) == '"') {
        if (j + 1 < n && s.charAt(j + 1) == '"') {
          j += 2;
          continue;
        }
        return j + 1;
      }
      j++;
    }
    return n;
  }

  /** End of a dollar-quote opening tag at {@code i} ({@code $$} or {@code $tag$}), or -1. */
  static int dollarTagEnd(String s, int n, int i) {
    int j = i + 1;
    if (j < n && s.charAt(j) == '$') {
      return j + 1;
    }
    if (j >= n || !(Character.isLetter(s.charAt(j)) || s.charAt(j) == '_')) {
      return -1;
    }
    while (j < n && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return j < n && s.charAt(j) == '$' ? j + 1 : -1;
  }

  static int numberEnd(String s, int n, int i) {
    int j = i;
    while (j < n && isDigit(s.charAt(j))) {
      j++;
    }
    if (j < n && s.charAt(j) == '.' && !(j + 1 < n && s.charAt(j + 1) == '.')) {
      j++;
      while (j < n && isDigit(s.charAt(j))) {
        j++;
      }
    }
    if (j < n && (s.charAt(j) == 'e' || s.charAt(j) == 'E')) {
      int k = j + 1;
      if (k < n && (s.charAt(k) == '+' || s.charAt(k) == '-')) {
        k++;
      }
      if (k < n && isDigit(s.charAt(k))) {
        j = k;
        while (j < n && isDigit(s.charAt(j))) {
          j++;
        }
      }
    }
    return j;
  }

  static int skipLineComment(String s, int n, int i) {
    int j = s.indexOf('\n', i);
    return j < 0 ? n : j + 1;
  }

  static int skipBlockComment(String s, int n, int i) {
    int level = 0;
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      if (c == '/' && j + 1 < n && s.charAt(j + 1) == '*') {
        level++;
        j += 2;
      } else if (c == '*' && j + 1 < n && s.charAt(j + 1) == '/') {
        level--;
        j += 2;
        if (level == 0) {
          return j;
        }
      } else {
        j++;
      }
    }
    return n;
  }

  /** Skips whitespace and comments. */
  static int skipSpace(String s, int n, int i) {
    int j = i;
    while (j < n) {
      char c = s.charAt(j);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        j++;
      } else if (c == '-' && j + 1 < n && s.charAt(j + 1) == '-') {
        j = skipLineComment(s, n, j);
      } else if (c == '/' && j + 1 < n && s.charAt(j + 1) == '*') {
        j = skipBlockComment(s, n, j);
      } else {
        return j;
      }
    }
    return j;
  }

  static boolean restIsBlank(String s, int n, int i) {
    int j = skipSpace(s, n, i);
    while (j < n && s.charAt(j) == ';') {
      j = skipSpace(s, n, j + 1);
    }
    return j >= n;
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isIdentStart(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c > 127 && Character.isLetter(c));
  }

  static boolean isIdentChar(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || isDigit(c) || c == '$'
        || (c > 127 && Character.isLetterOrDigit(c));
  }
}
