package shardplan.analyzer.catalog;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.catalog.SqlLexer.Kind;
import shardplan.analyzer.catalog.SqlLexer.Token;

/** Small readers over a token list: key words, qualified names, parenthesised lists. */
final class Tokens {
  private Tokens() {
  }

  /** A possibly qualified name found in a token list; {@code end} is the index after it. */
  record QualifiedName(List<String> parts, int end) {
    /** The name as the script wrote it: see {@link Identifiers#scriptTableName}. */
    String tableName() {
      return Identifiers.scriptTableName(parts);
    }

    String localName() {
      return parts.get(parts.size() - 1);
    }
  }

  static QualifiedName qualifiedName(List<Token> t, int at) {
    List<String> parts = new ArrayList<>();
    int i = at;
    while (i < t.size() && (t.get(i).kind() == Kind.WORD || t.get(i).kind() == Kind.QUOTED)) {
      parts.add(Identifiers.normalize(t.get(i).text()));
      i++;
      if (i < t.size() && t.get(i).isSymbol('.')) {
        i++;
      } else {
        break;
      }
    }
    return parts.isEmpty() ? null : new QualifiedName(parts, i);
  }

  /**
   * Splits the parenthesised list that opens at {@code open} at its top-level commas; returns
   * the index after the closing parenthesis.
   */
  static int splitParenthesised(List<Token> t, int open, List<List<Token>> out) {
    int depth = 0;
    List<Token> cur = new ArrayList<>();
    for (int i = open; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.isSymbol('(')) {
        if (depth++ == 0) {
          continue;
        }
      } else if (k.isSymbol(')')) {
        if (--depth == 0) {
          out.add(cur);
          return i + 1;
        }
      } else if (k.isSymbol(',') && depth == 1) {
        out.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(k);
    }
    out.add(cur);
    return t.size();
  }

  /** The index of the parenthesis that closes the one at {@code open}, or -1 if none does. */
  static int closingParenthesis(List<Token> t, int open) {
    int depth = 0;
    for (int i = open; i < t.size(); i++) {
      if (t.get(i).isSymbol('(')) {
        depth++;
      } else if (t.get(i).isSymbol(')') && --depth == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Splits {@code t} from {@code from} at commas outside parentheses. */
  static List<List<Token>> splitTopLevel(List<Token> t, int from) {
    List<List<Token>> out = new ArrayList<>();
    List<Token> cur = new ArrayList<>();
    int depth = 0;
    for (int i = from; i < t.size(); i++) {
      Token k = t.get(i);
      if (k.isSymbol('(')) {
        depth++;
      } else if (k.isSymbol(')')) {
        depth--;
      } else if (k.isSymbol(',') && depth == 0) {
        out.add(cur);
        cur = new ArrayList<>();
        continue;
      }
      cur.add(k);
    }
    out.add(cur);
    return out;
  }

  /** The column names of a split list whose elements are each a single identifier; null if one is not. */
  static List<String> plainNames(List<List<Token>> elements) {
    List<String> out = new ArrayList<>();
    for (List<Token> e : elements) {
      if (e.size() != 1 || (e.get(0).kind() != Kind.WORD && e.get(0).kind() != Kind.QUOTED)) {
        return null;
      }
      out.add(Identifiers.normalize(e.get(0).text()));
    }
    return out;
  }

  /** The first token of each element, as a name (for lists known to hold names). */
  static List<String> names(List<List<Token>> elements) {
    return elements.stream().filter(c -> !c.isEmpty()).map(c -> Identifiers.normalize(c.get(0).text())).toList();
  }

  /** Index after one token, or after the parenthesised group that opens at {@code i}. */
  static int skipOne(List<Token> t, int i) {
    if (i >= t.size()) {
      return i;
    }
    if (!t.get(i).isSymbol('(')) {
      return i + 1;
    }
    int depth = 0;
    for (; i < t.size(); i++) {
      if (t.get(i).isSymbol('(')) {
        depth++;
      } else if (t.get(i).isSymbol(')') && --depth == 0) {
        return i + 1;
      }
    }
    return i;
  }

  static int skipWords(List<Token> t, int at, String... words) {
    int i = at;
    boolean moved = true;
    while (moved && i < t.size()) {
      moved = false;
      for (String w : words) {
        if (t.get(i).isWord(w)) {
          i++;
          moved = true;
          break;
        }
      }
    }
    return i;
  }

  static boolean isWord(List<Token> t, int at, String word) {
    return at >= 0 && at < t.size() && t.get(at).isWord(word);
  }
}
