package shardplan.analyzer.normalize;

import java.util.List;
import java.util.Objects;

/**
 * A statement with its literals and parameters taken out: the template text with {@code $1..$n}
 * in order of appearance, and the values each slot had.
 *
 * <p>Most slots have one value. A collapsed {@code IN (...)} list is one slot holding every
 * value of the list. A collapsed multi-row {@code VALUES (...), (...)} keeps the first row's
 * text; each slot of that row holds one value per row ({@link #rows()} of them), in row order.
 *
 * @param text the template: literals and parameters replaced by {@code $n}, comments dropped,
 *             whitespace runs collapsed to one space
 * @param slots values of slot {@code $k} at index {@code k - 1}; an element is null for SQL NULL
 *              and {@link Normalizer#UNBOUND} where the log did not give a parameter's value
 * @param rows rows of the collapsed VALUES list, 1 if none
 * @param rowSlotsFrom first slot index (0-based) of the collapsed VALUES row, -1 if none
 * @param rowSlotsTo end (exclusive) of the collapsed VALUES row's slots, -1 if none
 * @param rowTextFrom start of the VALUES row in {@code text}, -1 if none
 * @param rowTextTo end (exclusive) of the VALUES row in {@code text}, -1 if none
 */
public record NormalizedStatement(String text, List<List<String>> slots, int rows, int rowSlotsFrom, int rowSlotsTo,
                                  int rowTextFrom, int rowTextTo) implements SlotValues {
  public NormalizedStatement {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(slots, "slots");
  }

  /** Values of slot {@code $k} ({@code k} counted from 1). */
  public List<String> values(int k) {
    return slots.get(k - 1);
  }

  @Override
  public int slotCount() {
    return slots.size();
  }

  @Override
  public int count(int k) {
    return slots.get(k - 1).size();
  }

  @Override
  public String value(int k, int i) {
    return slots.get(k - 1).get(i);
  }

  /** Whether slot index {@code i} (0-based) is part of a collapsed multi-row VALUES list. */
  public boolean rowWise(int i) {
    return i >= rowSlotsFrom && i < rowSlotsTo;
  }
}
