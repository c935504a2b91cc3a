package shardplan.workloads.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Objects;

/**
 * The expert placement of one table, in the element shape of a placement JSON's {@code tables}
 * array: {@code reference}, {@code distributed} on {@code column} in {@code colocationGroup}, or
 * {@code local} (left on the coordinator as a Citus local table).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ExpectedTable(String name, String placement, String column, Integer colocationGroup, String reason) {
  public ExpectedTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(placement, "placement");
    Objects.requireNonNull(reason, "reason");
    if (!placement.equals("reference") && !placement.equals("distributed") && !placement.equals("local")) {
      throw new IllegalArgumentException("placement must be reference, distributed or local: " + placement);
    }
  }

  public static ExpectedTable reference(String name, String reason) {
    return new ExpectedTable(name, "reference", null, null, reason);
  }

  public static ExpectedTable local(String name, String reason) {
    return new ExpectedTable(name, "local", null, null, reason);
  }

  public static ExpectedTable distributed(String name, String column, int group, String reason) {
    return new ExpectedTable(name, "distributed", column, group, reason);
  }
}
