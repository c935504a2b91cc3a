package shardplan.emitter.model;

import java.util.List;
import java.util.Objects;
import shardplan.partitioner.model.Placement;

/**
 * The statements that put a placement on a cluster, in the order they must run, and what
 * was changed to make the target accept them.
 *
 * @param target the database kind
 * @param mode new tables or tables that already hold data
 * @param placement the placement the statements build (after repairs that split colocation groups)
 * @param workers the workers the statements name (empty for Citus, which knows its own)
 * @param steps statements in execution order
 * @param repairs one line per rule repair (also written as comments into the steps)
 * @param notes things the user must know that are not repairs (e.g. what is not enforced)
 * @param warnings statements of the user's schema script carried over without being understood
 *                 (kept verbatim), one line each naming where they are
 */
public record DdlPlan(Target target, Mode mode, Placement placement, List<WorkerAddress> workers, List<DdlStep> steps,
                      List<String> repairs, List<String> notes, List<String> warnings) {
  public DdlPlan {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(placement, "placement");
    workers = List.copyOf(workers);
    steps = List.copyOf(steps);
    repairs = List.copyOf(repairs);
    notes = List.copyOf(notes);
    warnings = List.copyOf(warnings);
  }

  public DdlPlan(Target target, Mode mode, Placement placement, List<WorkerAddress> workers, List<DdlStep> steps,
                 List<String> repairs, List<String> notes) {
    this(target, mode, placement, workers, steps, repairs, notes, List.of());
  }
}
