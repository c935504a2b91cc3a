package shardplan.reports.doc;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A table of text cells; numeric columns are right-aligned.
 *
 * @param columns headers
 * @param rows cells, one list per row, as many as columns
 */
public record Table(List<Column> columns, List<List<Cell>> rows) implements Block {
  public Table {
    columns = List.copyOf(columns);
    rows = rows.stream().map(List::copyOf).toList();
    for (List<Cell> r : rows) {
      if (r.size() != columns.size()) {
        throw new IllegalArgumentException("row has " + r.size() + " cells for " + columns.size() + " columns");
      }
    }
  }

  /** A column header; numeric columns are right-aligned with tabular figures. */
  public record Column(String name, boolean numeric) {
    public Column {
      Objects.requireNonNull(name, "name");
    }

    public static Column text(String name) {
      return new Column(name, false);
    }

    public static Column number(String name) {
      return new Column(name, true);
    }
  }

  /**
   * A cell.
   *
   * @param text what it shows
   * @param mark {@link Mark#BEST} for the best value of its metric, {@link Mark#ATTENTION} for
   *             a decision a reader must look at
   */
  public record Cell(String text, Mark mark) {
    public Cell {
      Objects.requireNonNull(text, "text");
      Objects.requireNonNull(mark, "mark");
    }

    public static Cell of(String text) {
      return new Cell(text, Mark.NONE);
    }
  }

  /** How a cell stands out. */
  public enum Mark {
    NONE, BEST, ATTENTION
  }

  /** Builds a table row by row. */
  public static final class Builder {
    private final List<Column> columns = new ArrayList<>();
    private final List<List<Cell>> rows = new ArrayList<>();

    public Builder text(String name) {
      columns.add(Column.text(name));
      return this;
    }

    public Builder number(String name) {
      columns.add(Column.number(name));
      return this;
    }

    public Builder row(Object... cells) {
      List<Cell> r = new ArrayList<>();
      for (Object c : cells) {
        r.add(c instanceof Cell cell ? cell : Cell.of(String.valueOf(Objects.requireNonNull(c, "cell"))));
      }
      rows.add(r);
      return this;
    }

    public boolean isEmpty() {
      return rows.isEmpty();
    }

    public Table build() {
      return new Table(columns, rows);
    }
  }

  public static Builder builder() {
    return new Builder();
  }
}
