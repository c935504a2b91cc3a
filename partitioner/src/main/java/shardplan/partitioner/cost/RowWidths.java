package shardplan.partitioner.cost;

import java.util.Locale;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Table;

/**
 * Estimated bytes of a row as it crosses the network (the column values, no tuple header),
 * from the declared column types alone: fixed-width types at their size, {@code character(n)}
 * at {@code n + 1}, {@code character varying(n)} at half its limit plus one (no data tells us
 * how full it is), unbounded text at 33, {@code numeric(p, s)} at its packed digits.
 */
public final class RowWidths {
  /** Assumed length of a text value whose type has no limit. */
  static final int TEXT_WIDTH = 33;

  private RowWidths() {}

  /** Bytes of one row of {@code table}. */
  public static int of(Table table) {
    int w = 0;
    for (Column c : table.columns()) {
      w += of(c);
    }
    return Math.max(w, 1);
  }

  /** Bytes of one value of {@code column}. */
  public static int of(Column column) {
    String t = column.type().toLowerCase(Locale.ROOT);
    int n = firstNumber(column.typeModifier());
    switch (t) {
      case "boolean": case "\"char\"":
        return 1;
      case "smallint":
        return 2;
      case "integer": case "real": case "date": case "oid":
        return 4;
      case "bigint": case "double precision": case "timestamp without time zone":
      case "timestamp with time zone": case "time without time zone": case "money":
        return 8;
      case "time with time zone":
        return 12;
      case "uuid": case "interval":
        return 16;
      case "numeric":
        return n > 0 ? 2 * ((n + 3) / 4) + 3 : 16;
      case "character":
        return (n > 0 ? n : 1) + 1;
      case "character varying":
        return n > 0 ? (n + 1) / 2 + 1 : TEXT_WIDTH;
      case "text": case "name": case "citext":
        return TEXT_WIDTH;
      default:
        return 16;
    }
  }

  private static int firstNumber(String modifier) {
    int v = 0;
    boolean any = false;
    for (int i = 0; i < modifier.length(); i++) {
      char c = modifier.charAt(i);
      if (c >= '0' && c <= '9') {
        v = v * 10 + (c - '0');
        any = true;
        if (v > 1_000_000) {
          return v;
        }
      } else if (any) {
        break;
      }
    }
    return any ? v : -1;
  }
}
