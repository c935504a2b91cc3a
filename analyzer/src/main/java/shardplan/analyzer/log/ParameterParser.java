package shardplan.analyzer.log;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code parameters: $1 = '42', $2 = NULL} detail of an extended-protocol statement
 * (PostgreSQL 16+ spells it {@code Parameters:}). Values are single-quoted with {@code ''} for a
 * quote, NULL is bare; a value cut by {@code log_parameter_max_length} ends in {@code ...} inside
 * its quotes and is kept as written. Values may span lines.
 */
final class ParameterParser {
  private ParameterParser() {
  }

  /** Whether {@code detail} is a parameters detail at all. */
  static boolean isParameters(String detail) {
    return detail != null && detail.length() >= 11
        && (detail.startsWith("parameters:") || detail.startsWith("Parameters:"));
  }

  /**
   * The values of {@code $1..$n} in order (null elements for SQL NULL), or null if the text is not
   * well formed.
   */
  static List<String> parse(String detail) {
    if (!isParameters(detail)) {
      return null;
    }
    String s = detail;
    int n = s.length();
    int i = 11;
    List<String> out = new ArrayList<>();
    StringBuilder value = new StringBuilder();
    while (true) {
      while (i < n && s.charAt(i) == ' ') {
        i++;
      }
      if (i >= n) {
        return out.isEmpty() ? null : out;
      }
      if (s.charAt(i) != '$') {
        return null;
      }
      i++;
      int index = 0;
      int start = i;
      while (i < n && s.charAt(i) >= '0' && s.charAt(i) <= '9' && i - start < 6) {
        index = index * 10 + (s.charAt(i) - '0');
        i++;
      }
      if (i == start || index != out.size() + 1) {
        return null;
      }
      if (!s.startsWith(" = ", i)) {
        return null;
      }
      i += 3;
      if (s.startsWith("NULL", i)) {
        out.add(null);
        i += 4;
      } else if (i < n && s.charAt(i) == '\'') {
        i++;
        // fast path: no doubled quote inside, the value is a plain substring
        int q = s.indexOf('\'', i);
        if (q < 0) {
          return null;
        }
        if (q + 1 >= n || s.charAt(q + 1) != '\'') {
          out.add(s.substring(i, q));
          i = q + 1;
        } else {
          value.setLength(0);
          boolean closed = false;
          while (i < n) {
            char c = s.charAt(i);
            if (c == '\'') {
              if (i + 1 < n && s.charAt(i + 1) == '\'') {
                value.append('\'');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            value.append(c);
            i++;
          }
          if (!closed) {
            return null;
          }
          out.add(value.toString());
        }
      } else {
        return null;
      }
      if (i >= n) {
        return out;
      }
      if (s.charAt(i) == ',' ) {
        i++;
        continue;
      }
      // trailing blank lines or spaces are fine; anything else is not
      while (i < n && Character.isWhitespace(s.charAt(i))) {
        i++;
      }
      return i >= n ? out : null;
    }
  }
}
