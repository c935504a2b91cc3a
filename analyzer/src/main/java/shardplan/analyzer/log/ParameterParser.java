package shardplan.analyzer.log;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code parameters: $1 = '42', $2 = NULL} detail of an extended-protocol statement
 * (PostgreSQL 16+ spells it {@code Parameters:}). Values are single-quoted with {@code ''} for a
 * quote, NULL is bare; a value cut by {@code log_parameter_max_length} ends in {@code ...} inside
 * its quotes and is kept as written. Values may span lines.
 */
final class ParameterParser {
  /** What {@link #parse(byte[], int, int)} returns for a detail that is not a parameters detail. */
  static final List<String> NOT_PARAMETERS = List.of();

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

  /**
   * {@link #parse(String)} of the ASCII text {@code b[s, e)} (a csvlog field read from the bytes,
   * without doubled quotes): the same values, without building the detail as a String first.
   * Returns {@link #NOT_PARAMETERS} where {@link #isParameters} is false.
   */
  static List<String> parse(byte[] b, int s, int e) {
    int n = e - s;
    if (n < 11 || !(startsWith(b, s, e, "parameters:") || startsWith(b, s, e, "Parameters:"))) {
      return NOT_PARAMETERS;
    }
    int i = s + 11;
    List<String> out = new ArrayList<>();
    StringBuilder value = null;
    while (true) {
      while (i < e && b[i] == ' ') {
        i++;
      }
      if (i >= e) {
        return out.isEmpty() ? null : out;
      }
      if (b[i] != '$') {
        return null;
      }
      i++;
      int index = 0;
      int start = i;
      while (i < e && b[i] >= '0' && b[i] <= '9' && i - start < 6) {
        index = index * 10 + (b[i] - '0');
        i++;
      }
      if (i == start || index != out.size() + 1) {
        return null;
      }
      if (!startsWith(b, i, e, " = ")) {
        return null;
      }
      i += 3;
      if (startsWith(b, i, e, "NULL")) {
        out.add(null);
        i += 4;
      } else if (i < e && b[i] == '\'') {
        i++;
        int q = i;
        while (q < e && b[q] != '\'') {
          q++;
        }
        if (q >= e) {
          return null;
        }
        if (q + 1 >= e || b[q + 1] != '\'') {
          out.add(new String(b, i, q - i, StandardCharsets.ISO_8859_1));
          i = q + 1;
        } else {
          if (value == null) {
            value = new StringBuilder();
          }
          value.setLength(0);
          boolean closed = false;
          while (i < e) {
            byte c = b[i];
            if (c == '\'') {
              if (i + 1 < e && b[i + 1] == '\'') {
                value.append('\'');
                i += 2;
                continue;
              }
              i++;
              closed = true;
              break;
            }
            value.append((char) c);
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
      if (i >= e) {
        return out;
      }
      if (b[i] == ',') {
        i++;
        continue;
      }
      while (i < e && Character.isWhitespace((char) b[i])) {
        i++;
      }
      return i >= e ? out : null;
    }
  }

  private static boolean startsWith(byte[] b, int i, int e, String prefix) {
    if (e - i < prefix.length()) {
      return false;
    }
    for (int k = 0; k < prefix.length(); k++) {
      if (b[i + k] != prefix.charAt(k)) {
        return false;
      }
    }
    return true;
  }
}
