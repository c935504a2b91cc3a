package shardplan.workloads.log;

/**
 * Scans and bulk copies for the log formats' hot path: most messages need no escaping, and
 * copying them whole is several times faster than appending them a character at a time.
 */
final class Text {
  private Text() {
  }

  static int indexOf(CharSequence s, char c) {
    if (s instanceof String str) {
      return str.indexOf(c);
    }
    for (int i = 0, n = s.length(); i < n; i++) {
      if (s.charAt(i) == c) {
        return i;
      }
    }
    return -1;
  }

  static boolean needsJsonEscape(CharSequence s) {
    for (int i = 0, n = s.length(); i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == '"' || c == '\\') {
        return true;
      }
    }
    return false;
  }

  static void appendAll(StringBuilder out, CharSequence s) {
    if (s instanceof StringBuilder sb) {
      out.append(sb);
    } else if (s instanceof String str) {
      out.append(str);
    } else {
      out.append(s);
    }
  }
}
