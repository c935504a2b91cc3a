package shardplan.workloads;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import shardplan.workloads.commerce.Commerce;
import shardplan.workloads.store.OnlineStore;
import shardplan.workloads.tpcc.Tpcc;

/** The built-in workloads. */
public final class Workloads {
  private static final List<Workload> ALL = List.of(new Tpcc(), new OnlineStore(), new Commerce());

  private Workloads() {
  }

  /** Every built-in workload, in the order {@code workload list} shows them. */
  public static List<Workload> all() {
    return ALL;
  }

  /** The workload called {@code name} (case-insensitive). */
  public static Workload byName(String name) {
    String n = name.strip().toLowerCase(Locale.ROOT);
    for (Workload w : ALL) {
      if (w.name().equals(n)) {
        return w;
      }
    }
    throw new IllegalArgumentException("unknown workload '" + name + "' (known: "
        + ALL.stream().map(Workload::name).collect(Collectors.joining(", ")) + ")");
  }
}
