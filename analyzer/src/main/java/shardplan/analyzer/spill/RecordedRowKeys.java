package shardplan.analyzer.spill;

import java.util.Arrays;
import java.util.List;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.AccessPlan;
import shardplan.analyzer.parse.Binder;
import shardplan.analyzer.parse.RowKeySink;

/**
 * The row keys of one statement, bound ahead of time (on the thread that prepared the statement)
 * and held as the transaction stream will write them: the values already encoded, the names
 * (tables, template id, columns) by reference. {@link SpillingTransactionStream#replay} writes
 * them in log order, touching one small byte range instead of the statement's value objects.
 *
 * @param names table and template id of every access, column of every binding, in order
 * @param bytes encoded accesses and bindings in {@code bytes[from, to)}: {@code 1, kind, bindings}
 *              for an access, {@code 2, values, length, values as written} for a binding
 */
public record RecordedRowKeys(String[] names, byte[] bytes, int from, int to) {
  static final byte ACCESS = 1;
  static final byte BINDING = 2;

  /**
   * Binds statements and records their row keys; confined to one thread.
   */
  public static final class Recorder implements RowKeySink {
    private static final AccessKind[] KINDS = AccessKind.values();

    private final Binder binder = new Binder();
    private final SpillingTransactionStream.Bytes scratch = new SpillingTransactionStream.Bytes(1024);
    private final SpillingTransactionStream.Bytes values = new SpillingTransactionStream.Bytes(1024);
    private String[] names = new String[16];
    private int nameCount;
    private int valueCount;

    /** The row keys of a statement of a template with {@code plans}, with slot values {@code st}. */
    public RecordedRowKeys record(List<AccessPlan> plans, SlotValues st, String templateId) {
      scratch.size = 0;
      nameCount = 0;
      valueCount = -1;
      binder.write(plans, st, templateId, this);
      flushValues();
      // an array of its own: a statement of a transaction left open must not keep others' bytes alive
      return new RecordedRowKeys(Arrays.copyOf(names, nameCount), Arrays.copyOf(scratch.bytes, scratch.size), 0,
          scratch.size);
    }

    @Override
    public void access(String table, AccessKind kind, String templateId, int bindings) {
      flushValues();
      name(table);
      name(templateId);
      scratch.put(ACCESS);
      scratch.put((byte) kind.ordinal());
      scratch.var(bindings);
    }

    @Override
    public void binding(String column, int count) {
      flushValues();
      name(column);
      valueCount = count;
      values.size = 0;
    }

    @Override
    public void value(String v) {
      if (v == null) {
        values.var(0);
      } else {
        values.string(v);
      }
    }

    /** Writes the binding whose values were being collected, if any. */
    private void flushValues() {
      if (valueCount < 0) {
        return;
      }
      scratch.put(BINDING);
      scratch.var(valueCount);
      scratch.var(values.size);
      scratch.ensure(values.size);
      System.arraycopy(values.bytes, 0, scratch.bytes, scratch.size, values.size);
      scratch.size += values.size;
      valueCount = -1;
    }

    private void name(String s) {
      if (nameCount == names.length) {
        names = Arrays.copyOf(names, nameCount * 2);
      }
      names[nameCount++] = s;
    }

    static AccessKind kind(int ordinal) {
      return KINDS[ordinal];
    }
  }
}
