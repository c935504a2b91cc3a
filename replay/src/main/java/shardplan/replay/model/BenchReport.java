package shardplan.replay.model;

import java.util.List;
import java.util.Objects;

/**
 * What {@code shardplan bench} measured ({@code bench.json}), with the facts of the run that
 * {@code bench.md} states beside the table.
 *
 * @param workload built-in workload
 * @param scale its scale
 * @param nodes worker nodes (data nodes; the coordinator comes on top)
 * @param target {@code citus} or {@code postgres-fdw}
 * @param placements per placement, in the order asked
 * @param run how it ran: duration, clients, transactions measured, machine; one line each
 * @param notes what the reader should know
 */
public record BenchReport(String workload, int scale, int nodes, String target, List<BenchPlacement> placements,
                          List<String> run, List<String> notes) {
  public BenchReport {
    Objects.requireNonNull(workload, "workload");
    Objects.requireNonNull(target, "target");
    placements = List.copyOf(placements);
    run = List.copyOf(run);
    notes = List.copyOf(notes);
  }
}
