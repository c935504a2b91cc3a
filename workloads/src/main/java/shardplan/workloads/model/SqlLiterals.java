package shardplan.workloads.model;

import java.math.BigDecimal;

/** How parameter values are written: as SQL literals, and as PostgreSQL logs bound parameters. */
public final class SqlLiterals {
  private SqlLiterals() {
  }

  /** Appends a value as a SQL literal: numbers bare, text quoted with doubled quotes, NULL. */
  public static void appendLiteral(StringBuilder out, Object v) {
    if (v == null) {
      out.append("NULL");
    } else if (v instanceof Integer i) {
      out.append(i.intValue());
    } else if (v instanceof Long l) {
      out.append(l.longValue());
    } else if (v instanceof BigDecimal d) {
      out.append(d.toPlainString());
    } else {
      appendQuoted(out, v.toString());
    }
  }

  /**
   * Appends a value as the server's {@code DETAIL:  parameters:} line shows it: every value
   * quoted as text (numbers too), NULL bare.
   */
  public static void appendLogged(StringBuilder out, Object v) {
    if (v == null) {
      out.append("NULL");
    } else if (v instanceof Integer i) {
      out.append('\'').append(i.intValue()).append('\'');
    } else if (v instanceof Long l) {
      out.append('\'').append(l.longValue()).append('\'');
    } else if (v instanceof BigDecimal d) {
      out.append('\'').append(d.toPlainString()).append('\'');
    } else {
      appendQuoted(out, v.toString());
    }
  }

  private static void appendQuoted(StringBuilder out, String s) {
    out.append('\'');
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '\'') {
        out.append('\'');
      }
      out.append(c);
    }
    out.append('\'');
  }
}
