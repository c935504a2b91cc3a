package shardplan.partitioner.classify;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** The decision for every table of the schema, in schema order. */
public record Classification(List<TableDecision> decisions) {
  public Classification {
    decisions = List.copyOf(decisions);
  }

  /** Tables of the partition set S_p, in schema order. */
  public Set<String> partitionSet() {
    return tablesOn(Side.PARTITION);
  }

  /** Tables of the replicate set S_r, in schema order. */
  public Set<String> replicateSet() {
    return tablesOn(Side.REPLICATE);
  }

  public Optional<TableDecision> decision(String table) {
    return decisions.stream().filter(d -> d.table().equals(table)).findFirst();
  }

  private Set<String> tablesOn(Side side) {
    Set<String> s = new LinkedHashSet<>();
    for (TableDecision d : decisions) {
      if (d.side() == side) {
        s.add(d.table());
      }
    }
    return s;
  }
}
