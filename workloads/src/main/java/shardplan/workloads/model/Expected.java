package shardplan.workloads.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The ground truth written beside a generated workload as {@code expected.json}.
 *
 * @param workload workload name
 * @param scale warehouses (TPC-C) or customers (online store)
 * @param seed the generator's seed
 * @param format log format written
 * @param transactions all transactions generated
 * @param committedTransactions transactions that ended with COMMIT
 * @param statements data statements sent (BEGIN/COMMIT/ROLLBACK/SET not counted), committed and aborted
 * @param tables the expert placement
 * @param spanFractionName {@code multiWarehouseTransactionFraction} or {@code multiCustomerTransactionFraction}
 * @param spanFraction fraction of all transactions whose rows span more than one partition key
 * @param counts per table, statements of committed transactions
 * @param abortedCounts per table, statements of rolled-back transactions
 * @param joins join edges with their committed weights, heaviest first
 * @param notes why the expert placement is as it is, and subtleties of the counts
 */
@JsonPropertyOrder({"workload", "scale", "seed", "format", "protocol", "transactions", "committedTransactions",
    "statements", "tables"})
public record Expected(String workload, int scale, long seed, String format, String protocol, long transactions,
                       long committedTransactions, long statements, List<ExpectedTable> tables,
                       @JsonIgnore String spanFractionName, @JsonIgnore double spanFraction,
                       @JsonIgnore Map<String, TableCounts> counts, @JsonIgnore Map<String, TableCounts> abortedCounts,
                       @JsonIgnore List<ExpectedJoin> joins, @JsonIgnore List<String> notes) {
  public Expected {
    Objects.requireNonNull(workload, "workload");
    tables = List.copyOf(tables);
    counts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    abortedCounts = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(abortedCounts));
    joins = List.copyOf(joins);
    notes = List.copyOf(notes);
  }

  /** The fields after {@code tables}, in the order the file lists them. */
  @JsonAnyGetter
  Map<String, Object> rest() {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put(spanFractionName, spanFraction);
    m.put("counts", counts);
    m.put("abortedCounts", abortedCounts);
    m.put("joins", joins);
    m.put("notes", notes);
    return m;
  }
}
