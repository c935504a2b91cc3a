package shardplan.analyzer.normalize;

import static shardplan.analyzer.normalize.PgLexemes.isDigit;
import static shardplan.analyzer.normalize.PgLexemes.isIdentChar;

import java.util.List;

/** Puts a template's values back into its text, as SQL literals. */
public final class TemplateRenderer {
  private TemplateRenderer() {
  }

  /**
   * Puts values back into a template: the inverse of {@link Normalizer#normalize}, for tests and for
   * {@code --show-values}. Strings are quoted, plain non-negative numbers are not.
   */
  public static String render(NormalizedStatement st) {
    String t = st.text();
    StringBuilder b = new StringBuilder(t.length() + 32);
    int rowFrom = st.rowTextFrom();
    int i = 0;
    while (i < t.length()) {
      if (i == rowFrom && st.rows() > 1) {
        for (int r = 0; r < st.rows(); r++) {
          if (r > 0) {
            b.append(", ");
          }
          renderRange(b, st, t, st.rowTextFrom(), st.rowTextTo(), r);
        }
        i = st.rowTextTo();
        continue;
      }
      int next = rowFrom > i && st.rows() > 1 ? rowFrom : t.length();
      renderRange(b, st, t, i, next, -1);
      i = next;
    }
    return b.toString();
  }

  private static void renderRange(StringBuilder b, NormalizedStatement st, String t, int from, int to, int row) {
    int i = from;
    while (i < to) {
      char c = t.charAt(i);
      if (c == '"') {
        int j = i + 1;
        while (j < to && t.charAt(j) != '"') {
          j++;
        }
        b.append(t, i, Math.min(to, j + 1));
        i = j + 1;
        continue;
      }
      if (c == '$' && i + 1 < to && isDigit(t.charAt(i + 1)) && !(i > 0 && isIdentChar(t.charAt(i - 1)))) {
        int j = i + 1;
        int num = 0;
        while (j < to && isDigit(t.charAt(j))) {
          num = num * 10 + (t.charAt(j) - '0');
          j++;
        }
        List<String> vs = st.values(num);
        if (row >= 0) {
          b.append(literal(vs.get(row)));
        } else {
          for (int k = 0; k < vs.size(); k++) {
            if (k > 0) {
              b.append(", ");
            }
            b.append(literal(vs.get(k)));
          }
        }
        i = j;
        continue;
      }
      b.append(c);
      i++;
    }
  }

  private static String literal(String v) {
    if (v == null) {
      return "NULL";
    }
    if (v == Normalizer.UNBOUND) {
      return "NULL";
    }
    boolean number = !v.isEmpty();
    boolean dot = false;
    for (int i = 0; i < v.length() && number; i++) {
      char c = v.charAt(i);
      if (c == '.' && !dot && i > 0 && i < v.length() - 1) {
        dot = true;
      } else if (!isDigit(c)) {
        number = false;
      }
    }
    return number ? v : "'" + v.replace("'", "''") + "'";
  }
}
