package shardplan.analyzer.parse;

import java.util.Locale;

/**
 * What a statement is by its first words, decided without parsing: transaction control, utility,
 * DDL or data. Cheap enough to run on every logged statement, so transaction control never
 * reaches the parser.
 */
public enum CommandWord {
  BEGIN,
  COMMIT,
  ROLLBACK,
  SAVEPOINT,
  RELEASE,
  ROLLBACK_TO,
  UTILITY,
  DDL,
  DATA;

  /** Classifies {@code sql} by its first word (and the second where it matters). */
  public static CommandWord of(String sql) {
    int n = sql.length();
    int i = n > 0 && sql.charAt(0) > ' ' && sql.charAt(0) != '-' && sql.charAt(0) != '/' ? 0 : skip(sql, 0);
    while (i < n && sql.charAt(i) == '(') {
      i = skip(sql, i + 1);
    }
    if (i < n) {
      // fast path for the words nearly every logged statement starts with
      switch (sql.charAt(i) | 0x20) {
        case 's':
          if (isWord(sql, i, "select")) {
            return DATA;
          }
          break;
        case 'i':
          if (isWord(sql, i, "insert")) {
            return DATA;
          }
          break;
        case 'u':
          if (isWord(sql, i, "update")) {
            return DATA;
          }
          break;
        case 'd':
          if (isWord(sql, i, "delete")) {
            return DATA;
          }
          break;
        case 'w':
          if (isWord(sql, i, "with")) {
            return DATA;
          }
          break;
        case 'b':
          if (isWord(sql, i, "begin")) {
            return BEGIN;
          }
          break;
        case 'c':
          if (isWord(sql, i, "commit") && restIsBlank(sql, i + 6)) {
            return COMMIT;
          }
          break;
        case 'r':
          if (isWord(sql, i, "rollback") && restIsBlank(sql, i + 8)) {
            return ROLLBACK;
          }
          break;
        default:
          break;
      }
    }
    int j = wordEnd(sql, i);
    if (j == i) {
      return DATA;
    }
    String w = sql.substring(i, j).toLowerCase(Locale.ROOT);
    switch (w) {
      case "select":
      case "with":
      case "insert":
      case "update":
      case "delete":
      case "merge":
      case "values":
      case "table":
        return DATA;
      case "begin":
      case "start":
        return BEGIN;
      case "commit":
      case "end":
        return "prepared".equals(secondWord(sql, j)) ? UTILITY : COMMIT;
      case "abort":
        return ROLLBACK;
      case "rollback": {
        String second = secondWord(sql, j);
        if ("to".equals(second)) {
          return ROLLBACK_TO;
        }
        return "prepared".equals(second) ? UTILITY : ROLLBACK;
      }
      case "savepoint":
        return SAVEPOINT;
      case "release":
        return RELEASE;
      case "prepare":
        return "transaction".equals(secondWord(sql, j)) ? COMMIT : UTILITY;
      case "create":
      case "alter":
      case "drop":
      case "truncate":
      case "comment":
      case "grant":
      case "revoke":
      case "security":
        return DDL;
      case "set":
      case "show":
      case "reset":
      case "discard":
      case "listen":
      case "unlisten":
      case "notify":
      case "deallocate":
      case "execute":
      case "explain":
      case "vacuum":
      case "analyze":
      case "analyse":
      case "checkpoint":
      case "load":
      case "lock":
      case "do":
      case "copy":
      case "fetch":
      case "close":
      case "declare":
      case "move":
      case "cluster":
      case "reindex":
      case "refresh":
      case "call":
      case "import":
      case "reassign":
        return UTILITY;
      default:
        // unknown words go to the parser, which counts what it cannot read as unparseable
        return DATA;
    }
  }

  /**
   * The savepoint a SAVEPOINT, RELEASE [SAVEPOINT] or ROLLBACK TO [SAVEPOINT] statement names,
   * lower case unless quoted; empty if none.
   */
  public static String savepointName(String sql) {
    int n = sql.length();
    int i = skip(sql, 0);
    String last = "";
    for (int k = 0; k < 4 && i < n; k++) {
      int j;
      if (sql.charAt(i) == '"') {
        j = sql.indexOf('"', i + 1);
        j = j < 0 ? n : j + 1;
        last = sql.substring(i + 1, Math.max(i + 1, j - 1));
        return last;
      }
      j = wordEnd(sql, i);
      if (j == i) {
        break;
      }
      String w = sql.substring(i, j).toLowerCase(Locale.ROOT);
      i = skip(sql, j);
      if (!(w.equals("savepoint") || w.equals("release") || w.equals("rollback") || w.equals("to")
          || w.equals("work") || w.equals("transaction"))) {
        return w;
      }
    }
    return last;
  }

  private static boolean restIsBlank(String s, int i) {
    for (int j = i; j < s.length(); j++) {
      char c = s.charAt(j);
      if (c != ';' && !Character.isWhitespace(c)) {
        return false;
      }
    }
    return true;
  }

  /** Whether {@code word} (lower-case ASCII) starts at {@code i}, in any case, as a whole word. */
  private static boolean isWord(String s, int i, String word) {
    int n = word.length();
    if (i + n > s.length()) {
      return false;
    }
    for (int k = 0; k < n; k++) {
      if ((s.charAt(i + k) | 0x20) != word.charAt(k)) {
        return false;
      }
    }
    int end = i + n;
    if (end >= s.length()) {
      return true;
    }
    char c = s.charAt(end);
    return !((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c > 127);
  }

  private static String secondWord(String sql, int from) {
    int i = skip(sql, from);
    int j = wordEnd(sql, i);
    return sql.substring(i, j).toLowerCase(Locale.ROOT);
  }

  private static int wordEnd(String s, int i) {
    int j = i;
    while (j < s.length() && (Character.isLetterOrDigit(s.charAt(j)) || s.charAt(j) == '_')) {
      j++;
    }
    return j;
  }

  private static int skip(String s, int i) {
    int n = s.length();
    while (i < n) {
      char c = s.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        int e = s.indexOf('\n', i);
        i = e < 0 ? n : e + 1;
      } else if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        int e = s.indexOf("*/", i + 2);
        i = e < 0 ? n : e + 2;
      } else {
        break;
      }
    }
    return i;
  }
}
