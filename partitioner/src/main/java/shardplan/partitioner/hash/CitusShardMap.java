package shardplan.partitioner.hash;

/**
 * Citus's layout of a hash-distributed table: {@code shardCount} equal ranges of the signed
 * 32-bit hash space, shard {@code i} covering
 * {@code [INT32_MIN + i·⌊2³²/shardCount⌋, INT32_MIN + (i+1)·⌊2³²/shardCount⌋ − 1]}, the last
 * shard ending at {@code INT32_MAX}; shard {@code i} placed on node {@code i mod nodes}, nodes in
 * Citus's sorted order (host name, then port). This is what {@code create_distributed_table}
 * builds ({@code CreateShardsWithRoundRobinPolicy}); colocated tables copy the placements of the
 * first table of their group, so with equal shard counts every group puts shard {@code i} on the
 * same node. Shard moves and rebalancing afterwards are not modelled.
 *
 * @param shardCount shards per distributed table, 1..64000
 * @param nodes nodes holding shards, at least 1
 */
public record CitusShardMap(int shardCount, int nodes) {
  /** 2³², the number of hash tokens. */
  public static final long HASH_TOKEN_COUNT = 1L << 32;

  public CitusShardMap {
    if (shardCount < 1 || shardCount > 64000) {
      throw new IllegalArgumentException("shard count must be in 1..64000, was " + shardCount);
    }
    if (nodes < 1) {
      throw new IllegalArgumentException("nodes must be at least 1, was " + nodes);
    }
  }

  /** Width of every shard's range but possibly the last. */
  public long hashIncrement() {
    return HASH_TOKEN_COUNT / shardCount;
  }

  /** Smallest hash of shard {@code i}. */
  public int shardMinValue(int i) {
    checkShard(i);
    return (int) (Integer.MIN_VALUE + i * hashIncrement());
  }

  /** Largest hash of shard {@code i}. */
  public int shardMaxValue(int i) {
    checkShard(i);
    return i == shardCount - 1 ? Integer.MAX_VALUE : (int) (Integer.MIN_VALUE + (i + 1) * hashIncrement() - 1);
  }

  /** The shard whose range holds {@code hash}. */
  public int shardIndex(int hash) {
    long offset = (long) hash - Integer.MIN_VALUE;
    long i = offset / hashIncrement();
    return i >= shardCount ? shardCount - 1 : (int) i;
  }

  /** The node of shard {@code i}. */
  public int nodeOfShard(int i) {
    checkShard(i);
    return i % nodes;
  }

  /** The node that holds the row whose distribution value hashes to {@code hash}. */
  public int nodeOfHash(int hash) {
    return shardIndex(hash) % nodes;
  }

  private void checkShard(int i) {
    if (i < 0 || i >= shardCount) {
      throw new IndexOutOfBoundsException("shard " + i + " of " + shardCount);
    }
  }
}
