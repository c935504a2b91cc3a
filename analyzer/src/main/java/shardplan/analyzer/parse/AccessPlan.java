package shardplan.analyzer.parse;

import java.util.List;
import java.util.Objects;
import shardplan.analyzer.model.AccessKind;

/**
 * How a template touches one table, and which slots bind which of its columns; the binder turns
 * it into row keys for every statement of the template without parsing again.
 *
 * @param table lower-case schema table
 * @param kind read, lock or write
 * @param bindings primary-key columns first, then the other bound columns
 * @param rowWise true for an INSERT's VALUES: value {@code i} of every slot is row {@code i}
 */
public record AccessPlan(String table, AccessKind kind, List<Binding> bindings, boolean rowWise) {
  public AccessPlan {
    Objects.requireNonNull(table, "table");
    Objects.requireNonNull(kind, "kind");
    bindings = List.copyOf(bindings);
  }

  /** A column and the slots ({@code $k}, counted from 1) whose values it takes. */
  public record Binding(String column, int[] slots) {
    public Binding {
      Objects.requireNonNull(column, "column");
      slots = slots.clone();
    }
  }
}
