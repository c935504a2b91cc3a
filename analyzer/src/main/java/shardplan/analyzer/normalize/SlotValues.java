package shardplan.analyzer.normalize;

/**
 * The values of a statement's slots {@code $1..$n}: one for most slots, several for a collapsed
 * IN list or multi-row VALUES. A value is null for SQL NULL and {@link Normalizer#UNBOUND} where
 * the log did not give it.
 */
public interface SlotValues {
  /** Number of slots. */
  int slotCount();

  /** Values of slot {@code k} (counted from 1). */
  int count(int k);

  /** Value {@code i} of slot {@code k}. */
  String value(int k, int i);
}
