package shardplan.analyzer.log;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoField;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Parses the timestamps PostgreSQL writes in its logs ({@code 2024-05-01 12:00:00.123 UTC},
 * {@code %t} without milliseconds, numeric zones such as {@code +03} or {@code -0530}) without a
 * regex or a formatter per line: the zone is looked up once per distinct abbreviation and the
 * day once per distinct date.
 */
final class Timestamps {
  private static final DateTimeFormatter ZONE_TEXT = DateTimeFormatter.ofPattern("z", Locale.ROOT);

  private final Map<String, ZoneId> zones = new HashMap<>();
  private int lastDateKey = -1;
  private long lastEpochDay;
  private final char[] zoneChars = new char[16];
  private String lastZoneText = "";
  private ZoneId lastZone = ZoneOffset.UTC;

  /** Milliseconds since the epoch of {@code a[s, e)}, or -1 if it is not a timestamp. */
  long parse(char[] a, int s, int e) {
    if (e - s < 19) {
      return -1;
    }
    int year = num(a, s, 4);
    int month = num(a, s + 5, 2);
    int day = num(a, s + 8, 2);
    int hour = num(a, s + 11, 2);
    int minute = num(a, s + 14, 2);
    int second = num(a, s + 17, 2);
    if (year < 0 || month < 1 || month > 12 || day < 1 || day > 31 || hour < 0 || hour > 23
        || minute < 0 || minute > 59 || second < 0 || second > 60
        || a[s + 4] != '-' || a[s + 7] != '-' || a[s + 13] != ':' || a[s + 16] != ':') {
      return -1;
    }
    int i = s + 19;
    int millis = 0;
    if (i < e && a[i] == '.') {
      i++;
      int digits = 0;
      while (i < e && a[i] >= '0' && a[i] <= '9') {
        if (digits < 3) {
          millis = millis * 10 + (a[i] - '0');
        }
        digits++;
        i++;
      }
      for (int d = digits; d < 3; d++) {
        millis *= 10;
      }
    }
    while (i < e && a[i] == ' ') {
      i++;
    }
    int dateKey = year * 400 + month * 32 + day;
    if (dateKey != lastDateKey) {
      try {
        lastEpochDay = java.time.LocalDate.of(year, month, day).toEpochDay();
      } catch (DateTimeException ex) {
        return -1;
      }
      lastDateKey = dateKey;
    }
    long local = (lastEpochDay * 86400L + hour * 3600L + minute * 60L + second) * 1000L + millis;
    if (i >= e) {
      return local;
    }
    ZoneId zone = zone(a, i, e);
    if (zone == null) {
      return local;
    }
    if (zone instanceof ZoneOffset off) {
      return local - off.getTotalSeconds() * 1000L;
    }
    LocalDateTime ldt = LocalDateTime.of(year, month, day, hour, minute, Math.min(second, 59));
    return local - zone.getRules().getOffset(ldt).getTotalSeconds() * 1000L;
  }

  long parse(String s) {
    return s == null ? -1 : parse(s.toCharArray(), 0, s.length());
  }

  private ZoneId zone(char[] a, int s, int e) {
    int n = Math.min(e - s, zoneChars.length);
    if (n == lastZoneText.length()) {
      boolean same = true;
      for (int k = 0; k < n; k++) {
        if (a[s + k] != lastZoneText.charAt(k)) {
          same = false;
          break;
        }
      }
      if (same) {
        return lastZone;
      }
    }
    String text = new String(a, s, n);
    ZoneId z = zones.computeIfAbsent(text, Timestamps::lookup);
    lastZoneText = text;
    lastZone = z;
    return z;
  }

  private static ZoneId lookup(String text) {
    if (text.equals("UTC") || text.equals("GMT") || text.equals("Z") || text.equals("UCT")) {
      return ZoneOffset.UTC;
    }
    char c = text.charAt(0);
    if (c == '+' || c == '-') {
      String digits = text.substring(1).replace(":", "");
      try {
        int h;
        int m = 0;
        if (digits.length() <= 2) {
          h = Integer.parseInt(digits);
        } else {
          h = Integer.parseInt(digits.substring(0, digits.length() - 2));
          m = Integer.parseInt(digits.substring(digits.length() - 2));
        }
        int secs = h * 3600 + m * 60;
        return ZoneOffset.ofTotalSeconds(c == '-' ? -secs : secs);
      } catch (RuntimeException ex) {
        return null;
      }
    }
    try {
      return ZoneId.of(text, ZoneId.SHORT_IDS);
    } catch (DateTimeException ex) {
      // not an id: an abbreviation such as CEST or PDT
    }
    try {
      return ZONE_TEXT.parse(text).query(t -> t.isSupported(ChronoField.OFFSET_SECONDS)
          ? ZoneOffset.ofTotalSeconds(t.get(ChronoField.OFFSET_SECONDS)) : java.time.temporal.TemporalQueries.zone().queryFrom(t));
    } catch (RuntimeException ex) {
      return null;
    }
  }

  private static int num(char[] a, int s, int n) {
    int v = 0;
    for (int i = 0; i < n; i++) {
      char c = a[s + i];
      if (c < '0' || c > '9') {
        return -1;
      }
      v = v * 10 + (c - '0');
    }
    return v;
  }
}
