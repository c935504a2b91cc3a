package shardplan.partitioner.hash;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;

/**
 * PostgreSQL's standard hash support functions (amproc 1 of each type's default hash operator
 * class), bit for bit as PostgreSQL 15 computes them on a little-endian machine. Citus hashes a
 * distribution column with exactly these functions, so a value's shard can be predicted here.
 *
 * <p>{@link #hashBytes} is Bob Jenkins' lookup3 hash as PostgreSQL's {@code hash_bytes} (alias
 * {@code hash_any}) implements it; {@link #hashUint32} is its one-word form
 * {@code hash_bytes_uint32}. Every function returns PostgreSQL's {@code uint32} result as a Java
 * {@code int}, which is the signed value Citus compares with its shard ranges.
 */
public final class PgHash {
  /** 2000-01-01, PostgreSQL's epoch for dates and timestamps, in days since 1970-01-01. */
  public static final long POSTGRES_EPOCH_DAY = 10_957L;
  /** The same epoch in microseconds since 1970-01-01. */
  public static final long POSTGRES_EPOCH_MICROS = POSTGRES_EPOCH_DAY * 86_400_000_000L;

  private static final int SEED = 0x9e3779b9 + 3923095;

  private PgHash() {}

  /** {@code hash_bytes(k, len)}: lookup3 over {@code len} bytes from {@code off}. */
  public static int hashBytes(byte[] k, int off, int len) {
    Objects.checkFromIndexSize(off, len, k.length);
    int[] s = {SEED + len, SEED + len, SEED + len};
    int p = off;
    int rest = len;
    while (rest >= 12) {
      s[0] += word(k, p);
      s[1] += word(k, p + 4);
      s[2] += word(k, p + 8);
      mix(s);
      p += 12;
      rest -= 12;
    }
    int a = s[0];
    int b = s[1];
    int c = s[2];
    // the last 11 bytes; the lowest byte of c is left for the length, as in lookup3
    switch (rest) {
      case 11: c += (k[p + 10] & 0xff) << 24; // fall through
      case 10: c += (k[p + 9] & 0xff) << 16; // fall through
      case 9: c += (k[p + 8] & 0xff) << 8; // fall through
      case 8: b += (k[p + 7] & 0xff) << 24; // fall through
      case 7: b += (k[p + 6] & 0xff) << 16; // fall through
      case 6: b += (k[p + 5] & 0xff) << 8; // fall through
      case 5: b += k[p + 4] & 0xff; // fall through
      case 4: a += (k[p + 3] & 0xff) << 24; // fall through
      case 3: a += (k[p + 2] & 0xff) << 16; // fall through
      case 2: a += (k[p + 1] & 0xff) << 8; // fall through
      case 1: a += k[p] & 0xff; // fall through
      default: // nothing left to add
    }
    return fin(a, b, c);
  }

  /** {@code hash_bytes} over a whole array. */
  public static int hashBytes(byte[] k) {
    return hashBytes(k, 0, k.length);
  }

  /** {@code hash_bytes_uint32(k)}, alias {@code hash_uint32}. */
  public static int hashUint32(int k) {
    int a = SEED + 4;
    int b = a;
    int c = a;
    a += k;
    return fin(a, b, c);
  }

  /** {@code hashint2}: the value sign-extended to 32 bits. */
  public static int hashInt2(short v) {
    return hashUint32(v);
  }

  /** {@code hashint4}. */
  public static int hashInt4(int v) {
    return hashUint32(v);
  }

  /**
   * {@code hashint8}: the low half XOR the high half (complemented for negative values), so
   * that an int8 equal to an int4 hashes like the int4 (cross-type hash opfamily).
   */
  public static int hashInt8(long v) {
    return hashUint32(foldInt8(v));
  }

  /**
   * {@code hash_bytes_uint32_extended(k, seed)}: the 64-bit, seeded form of {@link #hashUint32}
   * ({@code b} in the high half, {@code c} in the low half), as PostgreSQL's hash partitioning
   * uses it.
   */
  public static long hashUint32Extended(int k, long seed) {
    int[] s = {SEED + 4, SEED + 4, SEED + 4};
    if (seed != 0) {
      s[0] += (int) (seed >>> 32);
      s[1] += (int) seed;
      mix(s);
    }
    return finalMix(s[0] + k, s[1], s[2]);
  }

  /** {@code hashint8extended}: {@link #hashInt8}'s folding, then {@link #hashUint32Extended}. */
  public static long hashInt8Extended(long v, long seed) {
    return hashUint32Extended(foldInt8(v), seed);
  }

  /** The low half of an int8 XOR its high half, complemented for negative values. */
  private static int foldInt8(long v) {
    int lo = (int) v;
    int hi = (int) (v >>> 32);
    return lo ^ (v >= 0 ? hi : ~hi);
  }

  /** {@code hashchar} ({@code "char"}, and {@code boolean} whose hash opclass uses it). */
  public static int hashChar(byte c) {
    return hashUint32(c);
  }

  /** The boolean hash: {@code hashchar} of 1 or 0. */
  public static int hashBool(boolean b) {
    return hashChar((byte) (b ? 1 : 0));
  }

  /** {@code hashoid}. */
  public static int hashOid(int oid) {
    return hashUint32(oid);
  }

  /**
   * {@code hashtext} ({@code text}, {@code varchar}) under a deterministic collation: the
   * UTF-8 bytes of the string.
   */
  public static int hashText(String s) {
    return hashBytes(s.getBytes(StandardCharsets.UTF_8));
  }

  /** {@code hashbpchar} ({@code character(n)}): trailing spaces do not count. */
  public static int hashBpchar(String s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == ' ') {
      end--;
    }
    return hashText(s.substring(0, end));
  }

  /** {@code uuid_hash}: the 16 bytes in network order. */
  public static int hashUuid(UUID u) {
    byte[] b = new byte[16];
    long hi = u.getMostSignificantBits();
    long lo = u.getLeastSignificantBits();
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (hi >>> (56 - 8 * i));
      b[8 + i] = (byte) (lo >>> (56 - 8 * i));
    }
    return hashBytes(b);
  }

  /** The date hash: {@code hashint4} of days since 2000-01-01. */
  public static int hashDate(int daysSince2000) {
    return hashInt4(daysSince2000);
  }

  /**
   * {@code timestamp_hash} ({@code timestamp}, {@code timestamptz}): {@code hashint8} of
   * microseconds since 2000-01-01 00:00 (UTC for timestamptz).
   */
  public static int hashTimestamp(long microsSince2000) {
    return hashInt8(microsSince2000);
  }

  /** {@code time_hash}: {@code hashint8} of microseconds since midnight. */
  public static int hashTime(long micros) {
    return hashInt8(micros);
  }

  /** {@code hashfloat8}: 0 for both zeros, one hash for every NaN, else the 8 bytes. */
  public static int hashFloat8(double v) {
    if (v == 0.0) {
      return 0;
    }
    long bits = Double.isNaN(v) ? Double.doubleToLongBits(Double.NaN) : Double.doubleToRawLongBits(v);
    byte[] b = new byte[8];
    for (int i = 0; i < 8; i++) {
      b[i] = (byte) (bits >>> (8 * i));
    }
    return hashBytes(b);
  }

  /** {@code hashfloat4}: widened to float8 and hashed like it. */
  public static int hashFloat4(float v) {
    return hashFloat8(v);
  }

  /**
   * {@code hash_numeric}: lookup3 over the base-10000 digits (int16, little-endian) without
   * leading and trailing zero digits, XOR the weight of the first digit. Neither sign nor scale
   * is hashed, so {@code 1.0} and {@code 1} (and {@code -1}) hash alike. Zero hashes to -1;
   * NaN and the infinities to 0.
   */
  public static int hashNumeric(BigDecimal v) {
    if (v.signum() == 0) {
      return -1;
    }
    BigDecimal s = v.abs().stripTrailingZeros();
    String digits = s.unscaledValue().toString();
    // decimal digits before the decimal point (may be negative or beyond the digits)
    long point = (long) digits.length() - s.scale();
    int leftPad = (int) Math.floorMod(-point, 4L);
    long alignedPoint = point + leftPad;
    StringBuilder sb = new StringBuilder(leftPad + digits.length() + 3);
    for (int i = 0; i < leftPad; i++) {
      sb.append('0');
    }
    sb.append(digits);
    while (sb.length() % 4 != 0) {
      sb.append('0');
    }
    int groups = sb.length() / 4;
    long weight = alignedPoint / 4 - 1;
    // the leading group holds a non-zero digit, and stripTrailingZeros left no zero group at the end
    byte[] b = new byte[groups * 2];
    for (int g = 0; g < groups; g++) {
      int d = Integer.parseInt(sb, 4 * g, 4 * g + 4, 10);
      b[2 * g] = (byte) d;
      b[2 * g + 1] = (byte) (d >>> 8);
    }
    return hashBytes(b) ^ (int) weight;
  }

  /** {@link #hashNumeric(BigDecimal)} for an integer value. */
  public static int hashNumeric(BigInteger v) {
    return hashNumeric(new BigDecimal(v));
  }

  private static int word(byte[] k, int p) {
    return (k[p] & 0xff) | (k[p + 1] & 0xff) << 8 | (k[p + 2] & 0xff) << 16 | (k[p + 3] & 0xff) << 24;
  }

  /** lookup3's {@code mix(a, b, c)} on {@code {a, b, c}}, in place. */
  private static void mix(int[] s) {
    int a = s[0];
    int b = s[1];
    int c = s[2];
    a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
    b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
    c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
    a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
    b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
    c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
    s[0] = a;
    s[1] = b;
    s[2] = c;
  }

  private static int fin(int a, int b, int c) {
    return (int) finalMix(a, b, c);
  }

  /** lookup3's {@code final(a, b, c)}: {@code b} in the high half, {@code c} in the low half. */
  private static long finalMix(int a, int b, int c) {
    c ^= b; c -= Integer.rotateLeft(b, 14);
    a ^= c; a -= Integer.rotateLeft(c, 11);
    b ^= a; b -= Integer.rotateLeft(a, 25);
    c ^= b; c -= Integer.rotateLeft(b, 16);
    a ^= c; a -= Integer.rotateLeft(c, 4);
    b ^= a; b -= Integer.rotateLeft(a, 14);
    c ^= b; c -= Integer.rotateLeft(b, 24);
    return ((long) b << 32) | (c & 0xffffffffL);
  }
}
