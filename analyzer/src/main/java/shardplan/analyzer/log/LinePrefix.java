package shardplan.analyzer.log;

import java.util.ArrayList;
import java.util.List;

/**
 * A compiled {@code log_line_prefix}: matches the start of a stderr log line, up to and including
 * the severity ({@code LOG:  }), and captures the session (the {@code %c} session id, else the
 * {@code %p} process id), the virtual transaction id ({@code %v}), the time ({@code %m},
 * {@code %t}, {@code %n}) and the SQLSTATE ({@code %e}).
 *
 * <p>Escapes whose text is free ({@code %u}, {@code %d}, {@code %a}, {@code %h}, {@code %r},
 * {@code %i}, {@code %b}) match lazily, at most {@value #MAX_FREE} characters, shortest first, so
 * that the literal text after them decides where they end; {@code %q} (the rest only in session
 * processes) matches either way. Padding ({@code %-10u}) is allowed. Matching is a small
 * backtracking search over the escapes of one line, without regex.
 *
 * <p>{@link #GENERIC} stands for a prefix that is not known: it finds the first severity label
 * ({@code LOG:  }, {@code ERROR:  }, ...) in the line and takes the first bracketed number before
 * it as the process id.
 */
final class LinePrefix {
  /** Longest text a free escape such as {@code %u} or {@code %a} can match. */
  static final int MAX_FREE = 320;

  /** Prefixes recognised without {@code --log-line-prefix}; on a tie the first in this list wins. */
  static final List<String> COMMON = List.of(
      "",
      "%m [%p] ",
      "%t [%p] ",
      "%m ",
      "%t ",
      "%m [%p] %q%u@%d ",
      "%t [%p] %q%u@%d ",
      "%m [%p-%l] %q%u@%d ",
      "%t [%p-%l] %q%u@%d ",
      "%t [%p]: [%l-1] ",
      "%t [%p]: [%l-1] user=%u,db=%d ",
      "%m [%p]: [%l-1] user=%u,db=%d ",
      "%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ",
      "%m [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h ",
      "%t [%p]: user=%u,db=%d,app=%a,client=%h ",
      "%m [%p]: user=%u,db=%d,app=%a,client=%h ",
      "%m [%p] %q[user=%u,db=%d,app=%a] ",
      "%m [%p] %q%u@%d/%a ",
      "%t:%r:%u@%d:[%p]:",
      "%m:%r:%u@%d:[%p]:",
      "< %m > ",
      "%m %c %v ",
      "%m [%p] %c %v ");

  static final LinePrefix GENERIC = new LinePrefix(null, new Token[0]);

  private record Token(char kind, String literal, boolean padded) {
  }

  /** What a successful match found. Reused across lines. */
  static final class Match {
    /** Index where the message starts (after {@code SEVERITY:  }). */
    int messageStart;
    Severity severity;
    int sessionStart = -1;
    int sessionEnd;
    int pidStart = -1;
    int pidEnd;
    int vxidStart = -1;
    int vxidEnd;
    int timeStart = -1;
    int timeEnd;
    int stateStart = -1;
    int stateEnd;
    /** Characters of the line matched by the prefix's literal text: how specific the match is. */
    int literalChars;

    void clear() {
      sessionStart = -1;
      pidStart = -1;
      vxidStart = -1;
      timeStart = -1;
      stateStart = -1;
      severity = null;
      literalChars = 0;
    }
  }

  private final String spec;
  private final Token[] tokens;
  private final int[] starts;
  private final int[] ends;
  private char[] a;
  private int limit;
  private Match m;

  private LinePrefix(String spec, Token[] tokens) {
    this.spec = spec;
    this.tokens = tokens;
    this.starts = new int[tokens.length];
    this.ends = new int[tokens.length];
  }

  /** Compiles a {@code log_line_prefix} value (without the surrounding quotes). */
  static LinePrefix compile(String spec) {
    List<Token> out = new ArrayList<>();
    StringBuilder lit = new StringBuilder();
    for (int i = 0; i < spec.length(); i++) {
      char c = spec.charAt(i);
      if (c != '%' || i + 1 >= spec.length()) {
        lit.append(c);
        continue;
      }
      int j = i + 1;
      boolean padded = false;
      if (spec.charAt(j) == '-') {
        j++;
        padded = true;
      }
      while (j < spec.length() && Character.isDigit(spec.charAt(j))) {
        j++;
        padded = true;
      }
      if (j >= spec.length()) {
        lit.append(spec, i, j);
        break;
      }
      char k = spec.charAt(j);
      i = j;
      if (k == '%') {
        lit.append('%');
        continue;
      }
      if (lit.length() > 0) {
        out.add(new Token('\0', lit.toString(), false));
        lit.setLength(0);
      }
      out.add(new Token(k, null, padded));
    }
    if (lit.length() > 0) {
      out.add(new Token('\0', lit.toString(), false));
    }
    return new LinePrefix(spec, out.toArray(new Token[0]));
  }

  /** The prefix text, or null for {@link #GENERIC}. */
  String spec() {
    return spec;
  }

  /** Matches {@code a[s, e)}: the whole prefix plus the severity label. Fills {@code m}. */
  boolean match(char[] a, int s, int e, Match m) {
    this.a = a;
    this.limit = e;
    this.m = m;
    m.clear();
    if (tokens.length == 0 && spec == null) {
      return generic(s);
    }
    if (!match(0, s)) {
      return false;
    }
    for (int k = 0; k < tokens.length; k++) {
      int st = starts[k];
      int en = ends[k];
      if (st < 0) {
        continue;
      }
      if (tokens[k].kind == '\0') {
        m.literalChars += tokens[k].literal.length();
        continue;
      }
      if (tokens[k].padded) {
        while (st < en && a[st] == ' ') {
          st++;
        }
        while (en > st && a[en - 1] == ' ') {
          en--;
        }
      }
      switch (tokens[k].kind) {
        case 'c' -> {
          m.sessionStart = st;
          m.sessionEnd = en;
        }
        case 'p' -> {
          m.pidStart = st;
          m.pidEnd = en;
        }
        case 'v' -> {
          if (en > st) {
            m.vxidStart = st;
            m.vxidEnd = en;
          }
        }
        case 'm', 't', 'n' -> {
          m.timeStart = st;
          m.timeEnd = en;
        }
        case 'e' -> {
          m.stateStart = st;
          m.stateEnd = en;
        }
        default -> {
        }
      }
    }
    return true;
  }

  private boolean match(int k, int i) {
    if (k == tokens.length) {
      return severity(i);
    }
    Token t = tokens[k];
    starts[k] = i;
    if (t.kind == '\0') {
      String lit = t.literal;
      int n = lit.length();
      if (i + n > limit) {
        return false;
      }
      for (int j = 0; j < n; j++) {
        if (a[i + j] != lit.charAt(j)) {
          return false;
        }
      }
      ends[k] = i + n;
      return match(k + 1, i + n);
    }
    if (t.kind == 'q') {
      ends[k] = i;
      if (match(k + 1, i)) {
        return true;
      }
      for (int r = k + 1; r < tokens.length; r++) {
        starts[r] = -1;
      }
      return severity(i);
    }
    // a padded escape (%-10u, %5p) is free text, trimmed when captured
    int end = t.padded ? -2 : fixed(t.kind, i);
    if (end == -2) {
      // free text: shortest first
      int max = Math.min(limit, i + MAX_FREE);
      for (int x = i; x <= max; x++) {
        ends[k] = x;
        if (match(k + 1, x)) {
          return true;
        }
      }
      return false;
    }
    if (end < 0) {
      return false;
    }
    ends[k] = end;
    return match(k + 1, end);
  }

  /** End of a fixed-shape escape at {@code i}, -1 if it does not fit, -2 for free text. */
  private int fixed(char kind, int i) {
    switch (kind) {
      case 'p', 'l', 'x':
        return digits(i, 1);
      case 'P':
        return digits(i, 0);
      case 'Q':
        return digits(i < limit && a[i] == '-' ? i + 1 : i, 1);
      case 'c': {
        int j = hex(i);
        if (j == i || j >= limit || a[j] != '.') {
          return -1;
        }
        int k = hex(j + 1);
        return k == j + 1 ? -1 : k;
      }
      case 'v': {
        int j = digits(i, 1);
        if (j < 0 || j >= limit || a[j] != '/') {
          return i; // empty outside a backend
        }
        int k = digits(j + 1, 1);
        return k < 0 ? i : k;
      }
      case 'e': {
        if (i + 5 > limit) {
          return -1;
        }
        for (int j = i; j < i + 5; j++) {
          char c = a[j];
          if (!(c >= '0' && c <= '9' || c >= 'A' && c <= 'Z')) {
            return -1;
          }
        }
        return i + 5;
      }
      case 'n': {
        int j = digits(i, 1);
        if (j < 0 || j >= limit || a[j] != '.') {
          return j;
        }
        return digits(j + 1, 1);
      }
      case 'm':
        return timestamp(i, true);
      case 't', 's':
        return timestamp(i, false);
      default:
        return -2;
    }
  }

  private int timestamp(int i, boolean millis) {
    if (i + 19 > limit) {
      return -1;
    }
    String shape = "dddd-dd-dd dd:dd:dd";
    for (int k = 0; k < 19; k++) {
      char want = shape.charAt(k);
      char c = a[i + k];
      if (want == 'd' ? c < '0' || c > '9' : c != want) {
        return -1;
      }
    }
    int j = i + 19;
    if (millis) {
      if (j >= limit || a[j] != '.') {
        return -1;
      }
      int d = digits(j + 1, 1);
      if (d < 0) {
        return -1;
      }
      j = d;
    }
    if (j >= limit || a[j] != ' ') {
      return j;
    }
    int z = j + 1;
    while (z < limit && z - j < 40) {
      char c = a[z];
      // zone abbreviations as PostgreSQL writes them: UTC, CEST, +03, -0330 (never a colon,
      // which prefixes such as '%t:%r:' put right after the zone)
      if (c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+' || c == '-') {
        z++;
      } else {
        break;
      }
    }
    return z > j + 1 ? z : j;
  }

  private int digits(int i, int min) {
    int j = i;
    while (j < limit && a[j] >= '0' && a[j] <= '9') {
      j++;
    }
    return j - i >= min ? j : -1;
  }

  private int hex(int i) {
    int j = i;
    while (j < limit) {
      char c = a[j];
      if (c >= '0' && c <= '9' || c >= 'a' && c <= 'f') {
        j++;
      } else {
        break;
      }
    }
    return j;
  }

  /** Reads {@code SEVERITY:  } at {@code i}. */
  private boolean severity(int i) {
    int j = i;
    int max = Math.min(limit, i + 10);
    while (j < max && (a[j] >= 'A' && a[j] <= 'Z' || a[j] >= '0' && a[j] <= '9')) {
      j++;
    }
    if (j == i || j + 3 > limit || a[j] != ':' || a[j + 1] != ' ' || a[j + 2] != ' ') {
      return false;
    }
    Severity s = Severity.of(a, i, j);
    if (s == null) {
      return false;
    }
    m.severity = s;
    m.messageStart = j + 3;
    return true;
  }

  private boolean generic(int s) {
    int max = Math.min(limit, s + MAX_FREE);
    for (int i = s; i < max; i++) {
      char c = a[i];
      if (c >= 'A' && c <= 'Z' && (i == s || a[i - 1] == ' ' || a[i - 1] == ':' || a[i - 1] == ']')
          && severity(i)) {
        for (int k = s; k < i; k++) {
          if (a[k] == '[') {
            int d = digits(k + 1, 1);
            if (d > 0 && d < i) {
              m.pidStart = k + 1;
              m.pidEnd = d;
              break;
            }
          }
        }
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return spec == null ? "(generic)" : "'" + spec + "'";
  }
}
