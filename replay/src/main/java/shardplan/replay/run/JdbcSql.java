package shardplan.replay.run;

/**
 * A logged statement as the JDBC driver takes it: PostgreSQL's {@code $n} placeholders become
 * {@code ?} (the driver numbers parameters by position, so a {@code $n} used twice or out of
 * order is bound twice or in its place), and a {@code ?} of the text itself (a jsonb operator)
 * is doubled so that the driver sends it as is. Quoted strings, quoted identifiers,
 * dollar-quoted strings and comments are left alone.
 *
 * @param sql the text for {@code prepareStatement}
 * @param order for the i-th {@code ?}, the 0-based index of the logged parameter bound to it
 */
public record JdbcSql(String sql, int[] order) {

  /** Converts {@code text}. */
  public static JdbcSql of(String text) {
    StringBuilder sb = new StringBuilder(text.length() + 8);
    int[] order = new int[8];
    int n = 0;
    int len = text.length();
    int i = 0;
    while (i < len) {
      char c = text.charAt(i);
      if (c == '\'') {
        boolean escapes = i > 0 && (text.charAt(i - 1) == 'E' || text.charAt(i - 1) == 'e')
            && (i < 2 || !isIdent(text.charAt(i - 2)));
        int j = i + 1;
        while (j < len) {
          char d = text.charAt(j);
          if (escapes && d == '\\') {
            j += 2;
            continue;
          }
          if (d == '\'') {
            if (j + 1 < len && text.charAt(j + 1) == '\'') {
              j += 2;
              continue;
            }
            break;
          }
          j++;
        }
        j = Math.min(j + 1, len);
        sb.append(text, i, j);
        i = j;
      } else if (c == '"') {
        int j = text.indexOf('"', i + 1);
        j = j < 0 ? len : j + 1;
        sb.append(text, i, j);
        i = j;
      } else if (c == '-' && i + 1 < len && text.charAt(i + 1) == '-') {
        int j = text.indexOf('\n', i);
        j = j < 0 ? len : j;
        sb.append(text, i, j);
        i = j;
      } else if (c == '/' && i + 1 < len && text.charAt(i + 1) == '*') {
        int depth = 1;
        int j = i + 2;
        while (j < len && depth > 0) {
          if (text.startsWith("/*", j)) {
            depth++;
            j += 2;
          } else if (text.startsWith("*/", j)) {
            depth--;
            j += 2;
          } else {
            j++;
          }
        }
        sb.append(text, i, j);
        i = j;
      } else if (c == '$' && (i == 0 || !isIdent(text.charAt(i - 1)))) {
        int j = i + 1;
        while (j < len && Character.isDigit(text.charAt(j))) {
          j++;
        }
        if (j > i + 1) {
          if (n == order.length) {
            order = java.util.Arrays.copyOf(order, n * 2);
          }
          order[n++] = Integer.parseInt(text.substring(i + 1, j)) - 1;
          sb.append('?');
          i = j;
          continue;
        }
        int tagEnd = j;
        while (tagEnd < len && (Character.isLetterOrDigit(text.charAt(tagEnd)) || text.charAt(tagEnd) == '_')) {
          tagEnd++;
        }
        if (tagEnd < len && text.charAt(tagEnd) == '$') {
          String tag = text.substring(i, tagEnd + 1);
          int close = text.indexOf(tag, tagEnd + 1);
          int end = close < 0 ? len : close + tag.length();
          sb.append(text, i, end);
          i = end;
        } else {
          sb.append(c);
          i++;
        }
      } else if (c == '?') {
        sb.append("??");
        i++;
      } else {
        sb.append(c);
        i++;
      }
    }
    return new JdbcSql(sb.toString(), java.util.Arrays.copyOf(order, n));
  }

  private static boolean isIdent(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '$';
  }
}
