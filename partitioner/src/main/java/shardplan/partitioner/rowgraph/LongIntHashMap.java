package shardplan.partitioner.rowgraph;

import java.util.Arrays;

/**
 * An open-addressing map from {@code long} to {@code int} without boxing, for the millions of
 * edges and keys of a row graph where a {@code HashMap<Long, Integer>} would cost ~70 bytes an
 * entry. Keys may be any value except {@link Long#MIN_VALUE}, which marks an empty slot.
 */
public final class LongIntHashMap {
  private static final long EMPTY = Long.MIN_VALUE;
  private long[] keys;
  private int[] values;
  private int size;
  private int mask;

  public LongIntHashMap(int expected) {
    int cap = Integer.highestOneBit(Math.max(16, expected * 2 - 1)) << 1;
    keys = new long[cap];
    Arrays.fill(keys, EMPTY);
    values = new int[cap];
    mask = cap - 1;
  }

  public int size() {
    return size;
  }

  /** The value of {@code key}, or {@code missing} when absent. */
  public int get(long key, int missing) {
    int i = slot(key);
    return keys[i] == EMPTY ? missing : values[i];
  }

  /** Adds {@code delta} to the value of {@code key} (absent counts as 0); returns the new value. */
  public int add(long key, int delta) {
    int i = slot(key);
    if (keys[i] == EMPTY) {
      keys[i] = checkKey(key);
      values[i] = delta;
      grow();
      return delta;
    }
    values[i] += delta;
    return values[i];
  }

  /** Puts {@code value} if {@code key} is absent; returns the value now stored. */
  public int putIfAbsent(long key, int value) {
    int i = slot(key);
    if (keys[i] == EMPTY) {
      keys[i] = checkKey(key);
      values[i] = value;
      grow();
      return value;
    }
    return values[i];
  }

  /** Calls {@code action} for every entry, in no particular order. */
  public void forEach(Entry action) {
    for (int i = 0; i < keys.length; i++) {
      if (keys[i] != EMPTY) {
        action.accept(keys[i], values[i]);
      }
    }
  }

  /** Receives one entry. */
  @FunctionalInterface
  public interface Entry {
    void accept(long key, int value);
  }

  private static long checkKey(long key) {
    if (key == EMPTY) {
      throw new IllegalArgumentException("Long.MIN_VALUE cannot be a key");
    }
    return key;
  }

  private int slot(long key) {
    int i = (int) mix(key) & mask;
    while (keys[i] != EMPTY && keys[i] != key) {
      i = (i + 1) & mask;
    }
    return i;
  }

  private void grow() {
    size++;
    if (size * 2 <= keys.length) {
      return;
    }
    long[] oldKeys = keys;
    int[] oldValues = values;
    keys = new long[oldKeys.length * 2];
    Arrays.fill(keys, EMPTY);
    values = new int[keys.length];
    mask = keys.length - 1;
    for (int j = 0; j < oldKeys.length; j++) {
      if (oldKeys[j] != EMPTY) {
        int i = slot(oldKeys[j]);
        keys[i] = oldKeys[j];
        values[i] = oldValues[j];
      }
    }
  }

  static long mix(long x) {
    x ^= x >>> 33;
    x *= 0xff51afd7ed558ccdL;
    x ^= x >>> 33;
    x *= 0xc4ceb9fe1a85ec53L;
    x ^= x >>> 33;
    return x;
  }
}
