package shardplan.analyzer.log;

/** Message severities as PostgreSQL writes them in English, plus the secondary-line labels of stderr. */
enum Severity {
  LOG, ERROR, FATAL, PANIC, WARNING, NOTICE, INFO, DEBUG,
  /** stderr secondary lines of a message. */
  DETAIL, HINT, CONTEXT, STATEMENT, QUERY, LOCATION;

  boolean isError() {
    return this == ERROR || this == FATAL || this == PANIC;
  }

  boolean isSecondary() {
    return ordinal() >= DETAIL.ordinal();
  }

  /** The severity spelled by {@code a[s, e)}, or null. No allocation. */
  static Severity of(char[] a, int s, int e) {
    int n = e - s;
    if (n < 3) {
      return null;
    }
    switch (a[s]) {
      case 'L':
        if (eq(a, s, n, "LOG")) {
          return LOG;
        }
        return eq(a, s, n, "LOCATION") ? LOCATION : null;
      case 'E':
        return eq(a, s, n, "ERROR") ? ERROR : null;
      case 'F':
        return eq(a, s, n, "FATAL") ? FATAL : null;
      case 'P':
        return eq(a, s, n, "PANIC") ? PANIC : null;
      case 'W':
        return eq(a, s, n, "WARNING") ? WARNING : null;
      case 'N':
        return eq(a, s, n, "NOTICE") ? NOTICE : null;
      case 'I':
        return eq(a, s, n, "INFO") ? INFO : null;
      case 'D':
        if (eq(a, s, n, "DETAIL")) {
          return DETAIL;
        }
        if (n >= 5 && eq(a, s, 5, "DEBUG") && (n == 5 || n == 6 && a[s + 5] >= '1' && a[s + 5] <= '5')) {
          return DEBUG;
        }
        return null;
      case 'H':
        return eq(a, s, n, "HINT") ? HINT : null;
      case 'C':
        return eq(a, s, n, "CONTEXT") ? CONTEXT : null;
      case 'S':
        return eq(a, s, n, "STATEMENT") ? STATEMENT : null;
      case 'Q':
        return eq(a, s, n, "QUERY") ? QUERY : null;
      default:
        return null;
    }
  }

  static Severity of(String s) {
    return s == null ? null : of(s.toCharArray(), 0, s.length());
  }

  private static boolean eq(char[] a, int s, int n, String w) {
    if (n != w.length()) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (a[s + i] != w.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
