package shardplan.partitioner.explain;

import java.util.List;
import java.util.Optional;

/**
 * The partition-set tables placed as Citus can execute them, and what the search did.
 *
 * @param choices one per partition-set table, in schema order
 * @param notes how the search went and why it stopped
 */
public record Explanation(List<TableChoice> choices, List<String> notes) {
  public Explanation {
    choices = List.copyOf(choices);
    notes = List.copyOf(notes);
  }

  public Optional<TableChoice> choice(String table) {
    return choices.stream().filter(c -> c.table().equals(table)).findFirst();
  }
}
