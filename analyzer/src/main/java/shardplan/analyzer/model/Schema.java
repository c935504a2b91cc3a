package shardplan.analyzer.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The tables of a database, in the order the schema declared them. */
public record Schema(List<Table> tables) {
  public Schema {
    tables = List.copyOf(tables);
  }

  public Optional<Table> table(String name) {
    for (Table t : tables) {
      if (t.name().equals(name)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Tables by name, in declaration order. */
  public Map<String, Table> byName() {
    Map<String, Table> m = new LinkedHashMap<>();
    for (Table t : tables) {
      m.put(t.name(), t);
    }
    return m;
  }
}
