package shardplan.partitioner.hash;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * Which of {@link PgHash}'s functions a PostgreSQL column type uses (its default hash operator
 * class), and how the type's text input becomes the value hashed.
 *
 * <p>Input is read as PostgreSQL reads it with {@code DateStyle = ISO} (the default): integers
 * with optional sign and surrounding spaces, {@code yyyy-mm-dd} dates, ISO timestamps with an
 * optional fraction and zone, the boolean spellings PostgreSQL accepts. A {@code timestamptz}
 * given without a zone is read as UTC (the server would use its TimeZone setting, which a log does
 * not tell); a zone given to a plain {@code timestamp} is ignored, as PostgreSQL ignores it.
 * Text types are hashed under a deterministic collation (the default).
 */
public final class PgTypeHashes {
  private PgTypeHashes() {}

  /**
   * The hash of a type named as {@link shardplan.analyzer.model.Column#type()} names it (lower
   * case, aliases such as {@code int4}, {@code varchar}, {@code timestamptz} accepted, length or
   * precision ignored); empty for a type without a hash function here.
   */
  public static Optional<ColumnHash> forType(String type) {
    Objects.requireNonNull(type, "type");
    String t = type.trim().toLowerCase(Locale.ROOT);
    int paren = t.indexOf('(');
    if (paren >= 0) {
      int close = t.indexOf(')', paren);
      t = (t.substring(0, paren) + (close >= 0 ? t.substring(close + 1) : "")).trim();
    }
    t = t.replaceAll("\\s+", " ");
    if (t.startsWith("pg_catalog.")) {
      t = t.substring("pg_catalog.".length());
    }
    switch (t) {
      case "smallint": case "int2": case "smallserial": case "serial2":
        return Optional.of(s -> PgHash.hashInt2(parseShort(s)));
      case "integer": case "int": case "int4": case "serial": case "serial4":
        return Optional.of(s -> PgHash.hashInt4(parseInt(s)));
      case "bigint": case "int8": case "bigserial": case "serial8":
        return Optional.of(s -> PgHash.hashInt8(parseLong(s)));
      case "oid":
        return Optional.of(s -> PgHash.hashOid((int) Long.parseLong(s.trim())));
      case "numeric": case "decimal":
        return Optional.of(PgTypeHashes::hashNumericText);
      case "real": case "float4":
        return Optional.of(s -> PgHash.hashFloat4(parseFloat(s)));
      case "double precision": case "float8": case "float":
        return Optional.of(s -> PgHash.hashFloat8(parseDouble(s)));
      case "text": case "character varying": case "varchar": case "name": case "citext":
        return t.equals("citext") ? Optional.empty() : Optional.of(PgHash::hashText);
      case "character": case "char": case "bpchar":
        return Optional.of(PgHash::hashBpchar);
      case "\"char\"":
        return Optional.of(s -> PgHash.hashChar(s.isEmpty() ? 0 : s.getBytes(java.nio.charset.StandardCharsets.UTF_8)[0]));
      case "boolean": case "bool":
        return Optional.of(s -> PgHash.hashBool(parseBool(s)));
      case "uuid":
        return Optional.of(s -> PgHash.hashUuid(parseUuid(s)));
      case "date":
        return Optional.of(s -> PgHash.hashDate(parseDate(s)));
      case "timestamp": case "timestamp without time zone":
        return Optional.of(s -> PgHash.hashTimestamp(parseTimestamp(s, false)));
      case "timestamptz": case "timestamp with time zone":
        return Optional.of(s -> PgHash.hashTimestamp(parseTimestamp(s, true)));
      case "time": case "time without time zone":
        return Optional.of(s -> PgHash.hashTime(parseTime(s)));
      default:
        return Optional.empty();
    }
  }

  static int parseInt(String s) {
    return Integer.parseInt(s.trim());
  }

  static short parseShort(String s) {
    return Short.parseShort(s.trim());
  }

  static long parseLong(String s) {
    return Long.parseLong(s.trim());
  }

  static float parseFloat(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "nan": return Float.NaN;
      case "infinity": case "+infinity": case "inf": case "+inf": return Float.POSITIVE_INFINITY;
      case "-infinity": case "-inf": return Float.NEGATIVE_INFINITY;
      default: return Float.parseFloat(t);
    }
  }

  static double parseDouble(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    switch (t) {
      case "nan": return Double.NaN;
      case "infinity": case "+infinity": case "inf": case "+inf": return Double.POSITIVE_INFINITY;
      case "-infinity": case "-inf": return Double.NEGATIVE_INFINITY;
      default: return Double.parseDouble(t);
    }
  }

  private static int hashNumericText(String s) {
    String t = s.trim();
    String l = t.toLowerCase(Locale.ROOT);
    if (l.equals("nan") || l.endsWith("infinity") || l.endsWith("inf")) {
      return 0;
    }
    return PgHash.hashNumeric(new BigDecimal(t));
  }

  /** PostgreSQL's boolean input: unique prefixes of true/false/yes/no, on/off, 1/0. */
  static boolean parseBool(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (!t.isEmpty()) {
      if ("true".startsWith(t) || "yes".startsWith(t) || t.equals("1") || t.equals("on")) {
        return true;
      }
      if ("false".startsWith(t) || "no".startsWith(t) || t.equals("0") || t.equals("off")) {
        return false;
      }
    }
    throw new IllegalArgumentException("invalid boolean: " + (t.length() > 10 ? t.length() + " characters" : "\"" + t + "\""));
  }

  /** PostgreSQL's uuid input: 32 hex digits, hyphens after any group of four, optional braces. */
  static UUID parseUuid(String s) {
    String t = s.trim();
    if (t.startsWith("{") && t.endsWith("}")) {
      t = t.substring(1, t.length() - 1);
    }
    StringBuilder hex = new StringBuilder(32);
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      if (c == '-') {
        continue;
      }
      if (Character.digit(c, 16) < 0) {
        throw new IllegalArgumentException("invalid uuid");
      }
      hex.append(c);
    }
    if (hex.length() != 32) {
      throw new IllegalArgumentException("invalid uuid");
    }
    long hi = Long.parseUnsignedLong(hex.substring(0, 16), 16);
    long lo = Long.parseUnsignedLong(hex.substring(16), 16);
    return new UUID(hi, lo);
  }

  /** Days since 2000-01-01; {@code infinity} and {@code -infinity} as PostgreSQL stores them. */
  static int parseDate(String s) {
    String t = s.trim().toLowerCase(Locale.ROOT);
    if (t.equals("infinity")) {
      return Integer.MAX_VALUE;
    }
    if (t.equals("-infinity")) {
      return Integer.MIN_VALUE;
    }
    int sp = t.indexOf(' ');
    if (sp > 0) {
      t = t.substring(0, sp);
    }
    return Math.toIntExact(LocalDate.parse(t).toEpochDay() - PgHash.POSTGRES_EPOCH_DAY);
  }

  /** Microseconds since 2000-01-01 00:00 (UTC when {@code withZone}). */
  static long parseTimestamp(String s, boolean withZone) {
    String t = s.trim();
    String l = t.toLowerCase(Locale.ROOT);
    if (l.equals("infinity")) {
      return Long.MAX_VALUE;
    }
    if (l.equals("-infinity")) {
      return Long.MIN_VALUE;
    }
    int sep = t.indexOf(' ');
    int tee = t.indexOf('T');
    if (sep < 0 || (tee > 0 && tee < sep)) {
      sep = tee;
    }
    LocalDate date = LocalDate.parse(sep < 0 ? t : t.substring(0, sep));
    LocalDateTime ldt = date.atStartOfDay();
    int offsetSeconds = 0;
    if (sep > 0) {
      String rest = t.substring(sep + 1).trim();
      int z = zoneStart(rest);
      String time = z < 0 ? rest : rest.substring(0, z).trim();
      if (z >= 0) {
        offsetSeconds = parseOffset(rest.substring(z).trim());
      }
      ldt = date.atTime(parseLocalTime(time));
    }
    long micros = ChronoUnit.MICROS.between(LocalDateTime.of(2000, 1, 1, 0, 0), ldt);
    if (withZone) {
      micros -= offsetSeconds * 1_000_000L;
    }
    return micros;
  }

  static long parseTime(String s) {
    String t = s.trim();
    int z = zoneStart(t);
    LocalTime time = parseLocalTime(z < 0 ? t : t.substring(0, z).trim());
    return time.toNanoOfDay() / 1000;
  }

  private static int zoneStart(String rest) {
    for (int i = 1; i < rest.length(); i++) {
      char c = rest.charAt(i);
      if (c == '+' || c == '-' || c == 'Z' || c == 'z') {
        return i;
      }
    }
    return -1;
  }

  private static int parseOffset(String z) {
    if (z.equalsIgnoreCase("z")) {
      return 0;
    }
    int sign = z.charAt(0) == '-' ? -1 : 1;
    String d = z.substring(1).replace(":", "");
    int h;
    int m = 0;
    int sec = 0;
    if (d.length() <= 2) {
      h = Integer.parseInt(d);
    } else if (d.length() == 4) {
      h = Integer.parseInt(d.substring(0, 2));
      m = Integer.parseInt(d.substring(2));
    } else if (d.length() == 6) {
      h = Integer.parseInt(d.substring(0, 2));
      m = Integer.parseInt(d.substring(2, 4));
      sec = Integer.parseInt(d.substring(4));
    } else {
      throw new IllegalArgumentException("invalid time zone offset");
    }
    return sign * (h * 3600 + m * 60 + sec);
  }

  /** hh:mm[:ss[.f]] with the fraction rounded to microseconds, half to even as rint does. */
  private static LocalTime parseLocalTime(String time) {
    String[] p = time.split(":", -1);
    if (p.length < 2 || p.length > 3) {
      throw new IllegalArgumentException("invalid time");
    }
    int h = Integer.parseInt(p[0]);
    int m = Integer.parseInt(p[1]);
    long micros = 0;
    int sec = 0;
    if (p.length == 3) {
      BigDecimal secs = new BigDecimal(p[2]);
      BigDecimal us = secs.movePointRight(6).setScale(0, java.math.RoundingMode.HALF_EVEN);
      long total = us.longValueExact();
      sec = (int) (total / 1_000_000);
      micros = total % 1_000_000;
    }
    long nanos = ((h * 3600L + m * 60L + sec) * 1_000_000L + micros) * 1000L;
    if (h == 24 && m == 0 && sec == 0 && micros == 0) {
      throw new IllegalArgumentException("24:00:00 is not supported");
    }
    return LocalTime.ofNanoOfDay(nanos);
  }

}
