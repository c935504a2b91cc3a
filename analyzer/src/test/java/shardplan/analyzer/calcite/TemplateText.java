package shardplan.analyzer.calcite;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A normalised PostgreSQL template rewritten into text Calcite's parser takes: {@code $n} become
 * {@code ?} dynamic parameters (the slot of each kept in order), and the trailing clauses Calcite
 * cannot parse and that do not change which columns resolve to which tables ({@code FOR UPDATE},
 * {@code FOR SHARE}, {@code RETURNING ...}) are cut off.
 *
 * @param sql the rewritten text
 * @param slots the slot number of each {@code ?}, in order of appearance
 */
record TemplateText(String sql, List<Integer> slots) {
  TemplateText {
    slots = List.copyOf(slots);
  }

  private static final Pattern LOCKING = Pattern.compile(
      "(?is)\\s+FOR\\s+(NO\\s+KEY\\s+UPDATE|KEY\\s+SHARE|UPDATE|SHARE)(\\s+OF\\s+[\\w\".,\\s]+?)?"
          + "(\\s+NOWAIT|\\s+SKIP\\s+LOCKED)?\\s*;?\\s*$");
  private static final Pattern RETURNING = Pattern.compile("(?is)\\s+RETURNING\\s+[^()]*$");
  /** {@code ::type} casts of one-word types, with optional modifier and array brackets. */
  private static final Pattern CAST = Pattern.compile("(?i)::\\s*[a-z_][a-z0-9_]*(\\s*\\([0-9, ]*\\))?(\\[\\])?");

  /** Rewrites {@code template}; null when it holds text the rewrite cannot handle safely. */
  static TemplateText of(String template) {
    StringBuilder sb = new StringBuilder(template.length());
    List<Integer> slots = new ArrayList<>();
    char quote = 0;
    for (int i = 0; i < template.length(); i++) {
      char c = template.charAt(i);
      if (quote != 0) {
        sb.append(c);
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
        sb.append(c);
      } else if (c == '?') {
        return null; // a PostgreSQL operator (jsonb ?), not a parameter
      } else if (c == '$' && i + 1 < template.length() && Character.isDigit(template.charAt(i + 1))) {
        int j = i + 1;
        while (j < template.length() && Character.isDigit(template.charAt(j))) {
          j++;
        }
        slots.add(Integer.parseInt(template.substring(i + 1, j)));
        sb.append('?');
        i = j - 1;
      } else {
        sb.append(c);
      }
    }
    if (quote != 0) {
      return null;
    }
    String sql = sb.toString().strip();
    if (sql.endsWith(";")) {
      sql = sql.substring(0, sql.length() - 1).strip();
    }
    sql = LOCKING.matcher(sql).replaceFirst("");
    sql = RETURNING.matcher(sql).replaceFirst("");
    Matcher m = CAST.matcher(sql);
    sql = m.replaceAll("");
    return new TemplateText(sql, slots);
  }
}
