package shardplan.workloads.log;

import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Formats timestamps as PostgreSQL writes them in UTC: {@code 2024-03-04 09:00:00.123 UTC}
 * ({@code %m}) and {@code 2024-03-04 09:00:00 UTC} ({@code %t}, session start). The text of the
 * current second is cached, so that a line costs a few appends, not a formatter call.
 */
final class LogClock {
  private long cachedSecond = Long.MIN_VALUE;
  private String cachedText = "";

  /** Appends {@code yyyy-MM-dd HH:mm:ss.SSS UTC}. */
  void appendMillis(StringBuilder out, long micros) {
    long second = Math.floorDiv(micros, 1_000_000L);
    int millis = (int) (Math.floorMod(micros, 1_000_000L) / 1000);
    out.append(secondText(second)).append('.');
    if (millis < 100) {
      out.append('0');
    }
    if (millis < 10) {
      out.append('0');
    }
    out.append(millis).append(" UTC");
  }

  /** Appends {@code yyyy-MM-dd HH:mm:ss UTC}. */
  void appendSeconds(StringBuilder out, long micros) {
    out.append(secondText(Math.floorDiv(micros, 1_000_000L))).append(" UTC");
  }

  private String secondText(long second) {
    if (second != cachedSecond) {
      LocalDateTime t = LocalDateTime.ofEpochSecond(second, 0, ZoneOffset.UTC);
      StringBuilder sb = new StringBuilder(19);
      sb.append(t.getYear()).append('-');
      two(sb, t.getMonthValue());
      sb.append('-');
      two(sb, t.getDayOfMonth());
      sb.append(' ');
      two(sb, t.getHour());
      sb.append(':');
      two(sb, t.getMinute());
      sb.append(':');
      two(sb, t.getSecond());
      cachedText = sb.toString();
      cachedSecond = second;
    }
    return cachedText;
  }

  private static void two(StringBuilder sb, int v) {
    if (v < 10) {
      sb.append('0');
    }
    sb.append(v);
  }
}
