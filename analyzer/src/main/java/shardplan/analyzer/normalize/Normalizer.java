package shardplan.analyzer.normalize;

import static shardplan.analyzer.normalize.PgLexemes.isDigit;
import static shardplan.analyzer.normalize.PgLexemes.isIdentChar;
import static shardplan.analyzer.normalize.PgLexemes.isIdentStart;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a statement into its template: every literal and every {@code $n} parameter becomes a
 * slot {@code $k}, numbered in order of appearance, and its value is kept apart.
 *
 * <p>A hand-written single-pass lexer rather than regular expressions or a parser, because it
 * runs once per logged statement (millions) while the parser runs once per template. It knows
 * PostgreSQL's lexical rules: {@code '...'} strings with {@code ''}, {@code E'...'} strings with
 * backslash escapes, {@code B'..'}/{@code X'..'}/{@code N'..'}, dollar-quoted {@code $tag$...$tag$}
 * bodies, {@code "quoted identifiers"} (kept), {@code --} and nested {@code /* *}{@code /}
 * comments (dropped), numbers ({@code 42}, {@code 4.2e1}, {@code .5}), negative numbers where a
 * value is expected ({@code = -5}), and {@code ::type} casts (kept). Keywords such as
 * {@code NULL} and {@code TRUE} are left in the text.
 *
 * <p>Two shapes whose length varies with the data are collapsed so that they give one template:
 * {@code IN (1, 2, 3)} becomes {@code IN ($k)} with the three values in slot {@code k}, and a
 * multi-row {@code VALUES (..), (..)} keeps its first row with one value per row in each slot.
 *
 * <p>The lexical rules live in {@link PgLexemes}; putting values back into a template is
 * {@link TemplateRenderer}'s.
 *
 * <p>Never throws on any input: an unterminated string or comment runs to the end of the text.
 * Normalising a template gives the template itself. Instances are not thread-safe; use one per
 * thread.
 */
public final class Normalizer {
  /** The value of a slot whose parameter value the log did not give. */
  public static final String UNBOUND = new String("$unbound");

  private String s;
  private int n;
  private List<String> params;
  private boolean collapseValues;
  private StringBuilder out;
  private final StringBuilder main = new StringBuilder(256);
  private final StringBuilder scratch = new StringBuilder(128);
  private ArrayList<List<String>> slots;
  private boolean pendingSpace;
  /** True when the last token emitted ends a value (identifier, literal, ')'): a '-' after it is binary. */
  private boolean afterValue;
  private int lastIdentFrom;
  private int lastIdentTo;
  private int depth;

  // VALUES collapsing state
  private static final int V_NONE = 0;
  private static final int V_ARMED = 1;
  private static final int V_FIRST = 2;
  private static final int V_REPLAY = 3;
  private static final int V_DONE = 4;
  private int vState;
  private int vDepth;
  private int vTextFrom;
  private int vTextTo;
  private int vSlotFrom;
  private int vSlotTo;
  private int vRows;
  private int replaySlot;

  /** Signals that a later VALUES row does not have the first row's shape. */
  private static final class ShapeMismatch extends RuntimeException {
    ShapeMismatch() {
      super(null, null, false, false);
    }
  }

  private static final ShapeMismatch MISMATCH = new ShapeMismatch();

  /**
   * Normalises {@code sql}.
   *
   * @param params the values of the statement's own {@code $n} parameters (extended protocol), or
   *               null when there are none; a {@code $n} without a value binds {@link #UNBOUND}
   */
  public NormalizedStatement normalize(String sql, List<String> params) {
    try {
      return run(sql, params, true);
    } catch (ShapeMismatch e) {
      return run(sql, params, false);
    }
  }

  /** Normalises a statement that has no parameter values. */
  public NormalizedStatement normalize(String sql) {
    return normalize(sql, null);
  }

  private NormalizedStatement run(String sql, List<String> params, boolean collapseValues) {
    this.s = sql;
    this.n = sql.length();
    this.params = params;
    this.collapseValues = collapseValues;
    main.setLength(0);
    out = main;
    slots = new ArrayList<>();
    pendingSpace = false;
    afterValue = false;
    depth = 0;
    vState = V_NONE;
    vRows = 1;
    vSlotFrom = vSlotTo = vTextFrom = vTextTo = -1;
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f') {
        pendingSpace = true;
        i++;
        continue;
      }
      if (c == '-' && i + 1 < n && s.charAt(i + 1) == '-') {
        i = PgLexemes.skipLineComment(s, n, i);
        pendingSpace = true;
        continue;
      }
      if (c == '/' && i + 1 < n && s.charAt(i + 1) == '*') {
        i = PgLexemes.skipBlockComment(s, n, i);
        pendingSpace = true;
        continue;
      }
      if (c == ';' && PgLexemes.restIsBlank(s, n, i + 1)) {
        break;
      }
      flushSpace();
      i = token(i, c);
    }
    if (vState == V_REPLAY) {
      // the statement ended inside a later row: not a shape we can collapse
      throw MISMATCH;
    }
    boolean collapsed = vRows > 1;
    return new NormalizedStatement(main.toString(), slots, vRows,
        collapsed ? vSlotFrom : -1, collapsed ? vSlotTo : -1,
        collapsed ? vTextFrom : -1, collapsed ? vTextTo : -1);
  }

  private void flushSpace() {
    if (pendingSpace) {
      if (out.length() > 0) {
        out.append(' ');
      }
      pendingSpace = false;
    }
  }

  private int token(int i, char c) {
    if (c == '\'') {
      return stringLiteral(i + 1, false);
    }
    if ((c == 'e' || c == 'E') && i + 1 < n && s.charAt(i + 1) == '\'' && !identCharBefore(i)) {
      return stringLiteral(i + 2, true);
    }
    if ((c == 'b' || c == 'B' || c == 'x' || c == 'X' || c == 'n' || c == 'N') && i + 1 < n
        && s.charAt(i + 1) == '\'' && !identCharBefore(i)) {
      return stringLiteral(i + 2, false);
    }
    if (c == '"') {
      int j = PgLexemes.quotedIdentEnd(s, n, i);
      out.append(s, i, j);
      afterValue = true;
      lastIdentFrom = -1;
      return j;
    }
    if (c == '$') {
      if (i + 1 < n && isDigit(s.charAt(i + 1))) {
        int j = i + 1;
        int num = 0;
        while (j < n && isDigit(s.charAt(j))) {
          num = num < 100_000_000 ? num * 10 + (s.charAt(j) - '0') : num;
          j++;
        }
        emitSlot(paramValue(num));
        return j;
      }
      int tagEnd = PgLexemes.dollarTagEnd(s, n, i);
      if (tagEnd > 0) {
        String tag = s.substring(i, tagEnd);
        int close = s.indexOf(tag, tagEnd);
        String body = close < 0 ? s.substring(tagEnd) : s.substring(tagEnd, close);
        emitSlot(body);
        return close < 0 ? n : close + tag.length();
      }
      out.append(c);
      afterValue = false;
      return i + 1;
    }
    if (isDigit(c) || (c == '.' && i + 1 < n && isDigit(s.charAt(i + 1)))) {
      int j = PgLexemes.numberEnd(s, n, i);
      emitSlot(s.substring(i, j));
      return j;
    }
    if (c == '-' && i + 1 < n && valueExpected()) {
      char d = s.charAt(i + 1);
      if (isDigit(d) || (d == '.' && i + 2 < n && isDigit(s.charAt(i + 2)))) {
        int j = PgLexemes.numberEnd(s, n, i + 1);
        emitSlot(s.substring(i, j));
        return j;
      }
    }
    if (isIdentStart(c)) {
      int j = i + 1;
      while (j < n && isIdentChar(s.charAt(j))) {
        j++;
      }
      return identifier(i, j);
    }
    if (c == '(') {
      if (vState == V_ARMED && depth == vDepth) {
        vState = V_FIRST;
        vTextFrom = out.length();
        vSlotFrom = slots.size();
      }
      depth++;
      out.append(c);
      afterValue = false;
      return i + 1;
    }
    if (c == ')') {
      depth--;
      out.append(c);
      afterValue = true;
      lastIdentFrom = -1;
      if ((vState == V_FIRST || vState == V_REPLAY) && depth == vDepth) {
        return rowEnd(i + 1);
      }
      return i + 1;
    }
    if (c == ':' && i + 1 < n && s.charAt(i + 1) == ':') {
      out.append("::");
      afterValue = false;
      return i + 2;
    }
    out.append(c);
    afterValue = false;
    return i + 1;
  }

  private int identifier(int i, int j) {
    int len = j - i;
    if (len == 2 && (s.charAt(i) | 0x20) == 'i' && (s.charAt(i + 1) | 0x20) == 'n') {
      int k = collapseInList(i, j);
      if (k > 0) {
        return k;
      }
    } else if (len == 6 && collapseValues && vState == V_NONE && s.regionMatches(true, i, "values", 0, 6)) {
      int k = PgLexemes.skipSpace(s, n, j);
      if (k < n && s.charAt(k) == '(') {
        vState = V_ARMED;
        vDepth = depth;
      }
    }
    out.append(s, i, j);
    afterValue = true;
    lastIdentFrom = i;
    lastIdentTo = j;
    return j;
  }

  /** At the ')' closing a VALUES row: remember the first row, or check a later one against it. */
  private int rowEnd(int after) {
    if (vState == V_FIRST) {
      vTextTo = out.length();
      vSlotTo = slots.size();
    } else {
      if (vRows > 0 && (replaySlot != vSlotTo || !sameText(scratch, main, vTextFrom, vTextTo))) {
        throw MISMATCH;
      }
      vRows++;
      out = main;
    }
    int k = PgLexemes.skipSpace(s, n, after);
    if (k < n && s.charAt(k) == ',') {
      int p = PgLexemes.skipSpace(s, n, k + 1);
      if (p < n && s.charAt(p) == '(') {
        vState = V_REPLAY;
        scratch.setLength(0);
        out = scratch;
        replaySlot = vSlotFrom;
        pendingSpace = false;
        depth++;
        scratch.append('(');
        afterValue = false;
        return p + 1;
      }
    }
    vState = V_DONE;
    return after;
  }

  /** Compares a later row with the first, ignoring spaces, which only mirror the input's layout. */
  private static boolean sameText(StringBuilder a, StringBuilder b, int from, int to) {
    int i = 0;
    int j = from;
    while (true) {
      while (i < a.length() && a.charAt(i) == ' ') {
        i++;
      }
      while (j < to && b.charAt(j) == ' ') {
        j++;
      }
      if (i >= a.length() || j >= to) {
        return i >= a.length() && j >= to;
      }
      if (a.charAt(i) != b.charAt(j)) {
        return false;
      }
      i++;
      j++;
    }
  }

  /**
   * Tries to read {@code IN (v, v, ...)} where every element is one literal or parameter with an
   * optional cast (the same for all); on success emits {@code IN ($k)} with all values in one
   * slot and returns the position after the list, else returns -1 and nothing is emitted.
   */
  private int collapseInList(int i, int j) {
    if (vState == V_FIRST || vState == V_REPLAY) {
      return -1;
    }
    int p = PgLexemes.skipSpace(s, n, j);
    if (p >= n || s.charAt(p) != '(') {
      return -1;
    }
    boolean spaceBeforeParen = p > j;
    List<String> values = new ArrayList<>(4);
    String cast = null;
    int q = p + 1;
    while (true) {
      q = PgLexemes.skipSpace(s, n, q);
      if (q >= n) {
        return -1;
      }
      char c = s.charAt(q);
      String value;
      int end;
      if (c == '\'') {
        end = stringEnd(q + 1, false);
        value = literalValue;
      } else if ((c == 'e' || c == 'E') && q + 1 < n && s.charAt(q + 1) == '\'') {
        end = stringEnd(q + 2, true);
        value = literalValue;
      } else if (c == '$' && q + 1 < n && isDigit(s.charAt(q + 1))) {
        end = q + 1;
        int num = 0;
        while (end < n && isDigit(s.charAt(end))) {
          num = num < 100_000_000 ? num * 10 + (s.charAt(end) - '0') : num;
          end++;
        }
        value = paramValue(num);
      } else if (isDigit(c) || (c == '.' && q + 1 < n && isDigit(s.charAt(q + 1)))) {
        end = PgLexemes.numberEnd(s, n, q);
        value = s.substring(q, end);
      } else if (c == '-' && q + 1 < n && (isDigit(s.charAt(q + 1))
          || (s.charAt(q + 1) == '.' && q + 2 < n && isDigit(s.charAt(q + 2))))) {
        end = PgLexemes.numberEnd(s, n, q + 1);
        value = s.substring(q, end);
      } else {
        return -1;
      }
      if (end < n && isIdentChar(s.charAt(end))) {
        return -1;
      }
      q = PgLexemes.skipSpace(s, n, end);
      String elementCast = null;
      if (q + 1 < n && s.charAt(q) == ':' && s.charAt(q + 1) == ':') {
        int t = PgLexemes.skipSpace(s, n, q + 2);
        if (t >= n || !isIdentStart(s.charAt(t))) {
          return -1;
        }
        int te = t + 1;
        while (te < n && isIdentChar(s.charAt(te))) {
          te++;
        }
        if (te + 1 < n && s.charAt(te) == '[' && s.charAt(te + 1) == ']') {
          te += 2;
        }
        elementCast = s.substring(t, te);
        q = PgLexemes.skipSpace(s, n, te);
      }
      if (values.isEmpty()) {
        cast = elementCast;
      } else if (cast == null ? elementCast != null : !cast.equals(elementCast)) {
        return -1;
      }
      values.add(value);
      if (q >= n) {
        return -1;
      }
      char d = s.charAt(q);
      if (d == ')') {
        q++;
        break;
      }
      if (d != ',') {
        return -1;
      }
      q++;
    }
    out.append(s, i, j);
    if (spaceBeforeParen) {
      out.append(' ');
    }
    out.append("($").append(slots.size() + 1);
    if (cast != null) {
      out.append("::").append(cast);
    }
    out.append(')');
    slots.add(values);
    afterValue = true;
    lastIdentFrom = -1;
    pendingSpace = false;
    return q;
  }

  private void emitSlot(String value) {
    int len = out.length();
    if (len > 0 && isIdentChar(out.charAt(len - 1))) {
      // "$k" right after an identifier would read back as part of it
      out.append(' ');
    }
    if (vState == V_REPLAY) {
      if (replaySlot >= vSlotTo) {
        throw MISMATCH;
      }
      slots.get(replaySlot).add(value);
      replaySlot++;
      out.append('$').append(replaySlot);
    } else {
      List<String> one = new ArrayList<>(1);
      one.add(value);
      slots.add(one);
      out.append('$').append(slots.size());
    }
    afterValue = true;
    lastIdentFrom = -1;
  }

  private String paramValue(int num) {
    if (params == null || num < 1 || num > params.size()) {
      return UNBOUND;
    }
    return params.get(num - 1);
  }

  /** Whether a '-' here starts a negative number rather than a subtraction. */
  private boolean valueExpected() {
    if (!afterValue) {
      return true;
    }
    if (lastIdentFrom < 0) {
      return false;
    }
    String w = s.substring(lastIdentFrom, lastIdentTo).toLowerCase(java.util.Locale.ROOT);
    switch (w) {
      case "select":
      case "where":
      case "and":
      case "or":
      case "not":
      case "then":
      case "else":
      case "when":
      case "by":
      case "limit":
      case "offset":
      case "return":
      case "in":
      case "values":
      case "between":
      case "like":
      case "is":
      case "case":
      case "on":
      case "set":
      case "having":
      case "distinct":
        return true;
      default:
        return false;
    }
  }

  private String literalValue;

  private int stringLiteral(int from, boolean escapes) {
    int end = stringEnd(from, escapes);
    emitSlot(literalValue);
    return end;
  }

  /** Reads a string body starting after the opening quote; sets {@link #literalValue}; returns the end. */
  private int stringEnd(int from, boolean escapes) {
    StringBuilder v = null;
    int i = from;
    int runStart = from;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '\'') {
        if (i + 1 < n && s.charAt(i + 1) == '\'') {
          if (v == null) {
            v = new StringBuilder();
          }
          v.append(s, runStart, i + 1);
          i += 2;
          runStart = i;
          continue;
        }
        literalValue = v == null ? s.substring(from, i) : v.append(s, runStart, i).toString();
        return i + 1;
      }
      if (escapes && c == '\\' && i + 1 < n) {
        if (v == null) {
          v = new StringBuilder();
        }
        v.append(s, runStart, i);
        char e = s.charAt(i + 1);
        switch (e) {
          case 'n':
            v.append('\n');
            break;
          case 't':
            v.append('\t');
            break;
          case 'r':
            v.append('\r');
            break;
          case 'b':
            v.append('\b');
            break;
          case 'f':
            v.append('\f');
            break;
          default:
            v.append(e);
        }
        i += 2;
        runStart = i;
        continue;
      }
      i++;
    }
    literalValue = v == null ? s.substring(from) : v.append(s, runStart, n).toString();
    return n;
  }

  private boolean identCharBefore(int i) {
    return i > 0 && isIdentChar(s.charAt(i - 1));
  }
}
