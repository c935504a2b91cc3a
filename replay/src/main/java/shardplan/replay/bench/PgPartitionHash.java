package shardplan.replay.bench;

import java.util.Locale;
import java.util.Optional;

/**
 * PostgreSQL's hash partitioning ({@code PARTITION BY HASH}, as the postgres_fdw target emits it):
 * the row's partition is {@code hash mod modulus}, the hash being the column type's extended hash
 * function seeded with {@code HASH_PARTITION_SEED}, combined by {@code hash_combine64}
 * ({@code partbounds.c}, {@code hashfn.c} of PostgreSQL 15). Integer types here; other types have
 * no function here ({@link #forType} is empty).
 */
public final class PgPartitionHash {
  /** {@code HASH_PARTITION_SEED} of {@code partition.h}. */
  static final long SEED = 0x7A5B22367996DCFDL;
  private static final long COMBINE = 0x49a0f4dd15e5a8e3L;

  /** The partition of a value's text form among {@code modulus} partitions. */
  @FunctionalInterface
  public interface Partitioner {
    int partition(String text, int modulus);
  }

  private PgPartitionHash() {
  }

  /** The partitioner of a column type, if this class has its hash function. */
  public static Optional<Partitioner> forType(String type) {
    String t = type.toLowerCase(Locale.ROOT).strip();
    switch (t) {
      case "integer", "int", "int4", "serial", "smallint", "int2", "smallserial":
        return Optional.of((v, m) -> remainder(hashUint32Extended(Integer.parseInt(v.strip()), SEED), m));
      case "bigint", "int8", "bigserial":
        return Optional.of((v, m) -> remainder(hashInt8Extended(Long.parseLong(v.strip()), SEED), m));
      default:
        return Optional.empty();
    }
  }

  static int remainder(long hash, int modulus) {
    long row = hash + COMBINE; // hash_combine64(0, hash)
    return (int) Long.remainderUnsigned(row, modulus);
  }

  /** {@code hashint8extended}. */
  static long hashInt8Extended(long v, long seed) {
    int lo = (int) v;
    int hi = (int) (v >>> 32);
    lo ^= v >= 0 ? hi : ~hi;
    return hashUint32Extended(lo, seed);
  }

  /** {@code hash_bytes_uint32_extended} (Bob Jenkins' lookup3, as PostgreSQL has it). */
  static long hashUint32Extended(int k, long seed) {
    int a = 0x9e3779b9 + 4 + 3923095;
    int b = a;
    int c = a;
    if (seed != 0) {
      a += (int) (seed >>> 32);
      b += (int) seed;
      // mix(a, b, c)
      a -= c; a ^= Integer.rotateLeft(c, 4); c += b;
      b -= a; b ^= Integer.rotateLeft(a, 6); a += c;
      c -= b; c ^= Integer.rotateLeft(b, 8); b += a;
      a -= c; a ^= Integer.rotateLeft(c, 16); c += b;
      b -= a; b ^= Integer.rotateLeft(a, 19); a += c;
      c -= b; c ^= Integer.rotateLeft(b, 4); b += a;
    }
    a += k;
    // final(a, b, c)
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
