package shardplan.analyzer.model;

import java.util.List;
import java.util.Objects;

/**
 * An equality ({@code col = $1}) or IN ({@code col IN ($1, $2)}) predicate of a template, or a
 * value an INSERT gives a column. Each binding is a parameter slot ({@code "$3"}) of the
 * normalised template.
 */
public record Predicate(ColumnRef column, List<String> slots) {
  public Predicate {
    Objects.requireNonNull(column, "column");
    slots = List.copyOf(slots);
  }
}
