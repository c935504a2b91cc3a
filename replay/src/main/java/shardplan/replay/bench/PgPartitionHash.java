package shardplan.replay.bench;

import java.util.Locale;
import java.util.Optional;
import shardplan.partitioner.hash.PgHash;

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
        return Optional.of((v, m) -> remainder(PgHash.hashUint32Extended(Integer.parseInt(v.strip()), SEED), m));
      case "bigint", "int8", "bigserial":
        return Optional.of((v, m) -> remainder(PgHash.hashInt8Extended(Long.parseLong(v.strip()), SEED), m));
      default:
        return Optional.empty();
    }
  }

  static int remainder(long hash, int modulus) {
    long row = hash + COMBINE; // hash_combine64(0, hash)
    return (int) Long.remainderUnsigned(row, modulus);
  }
}
