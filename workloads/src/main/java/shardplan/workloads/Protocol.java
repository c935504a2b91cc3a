package shardplan.workloads;

import java.util.Locale;

/** How the application sends statements, which decides how the server logs them. */
public enum Protocol {
  /**
   * Prepared statements with bound parameters, as a JDBC application sends them by default:
   * logged as {@code execute <unnamed>: ... $1 ...} with a {@code DETAIL:  parameters:} line.
   */
  EXTENDED,
  /** Statement text with the values inlined: logged as {@code statement: ...}. */
  SIMPLE;

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Protocol parse(String s) {
    for (Protocol p : values()) {
      if (p.label().equalsIgnoreCase(s.strip())) {
        return p;
      }
    }
    throw new IllegalArgumentException("unknown protocol '" + s + "' (expected extended or simple)");
  }
}
