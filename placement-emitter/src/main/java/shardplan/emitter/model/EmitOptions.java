package shardplan.emitter.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * How to emit.
 *
 * @param target Citus or postgres_fdw
 * @param mode new or existing tables
 * @param onViolation repair or refuse when the placement breaks a rule of the target
 * @param workers postgres_fdw workers, in order; ignored for Citus
 * @param workerUser user the coordinator logs in as on the workers; empty = the same name
 *                   as the local user (postgres_fdw's default)
 * @param workerPassword password for that user, from the environment only; never printed
 */
public record EmitOptions(Target target, Mode mode, ViolationPolicy onViolation, List<WorkerAddress> workers,
                          Optional<String> workerUser, Optional<String> workerPassword) {
  /** Environment variable holding the password postgres_fdw uses on the workers. */
  public static final String WORKER_PASSWORD_ENV = "SHARDPLAN_WORKER_PASSWORD";

  public EmitOptions {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(onViolation, "onViolation");
    workers = List.copyOf(workers);
    Objects.requireNonNull(workerUser, "workerUser");
    Objects.requireNonNull(workerPassword, "workerPassword");
  }

  public static EmitOptions citus(Mode mode) {
    return new EmitOptions(Target.CITUS, mode, ViolationPolicy.REPAIR, List.of(), Optional.empty(), Optional.empty());
  }

  public static EmitOptions fdw(Mode mode, List<WorkerAddress> workers) {
    return new EmitOptions(Target.POSTGRES_FDW, mode, ViolationPolicy.REPAIR, workers, Optional.empty(),
        Optional.empty());
  }

  public EmitOptions withOnViolation(ViolationPolicy p) {
    return new EmitOptions(target, mode, p, workers, workerUser, workerPassword);
  }

  public EmitOptions withWorkerUser(Optional<String> u) {
    return new EmitOptions(target, mode, onViolation, workers, u, workerPassword);
  }

  public EmitOptions withWorkerPassword(Optional<String> p) {
    return new EmitOptions(target, mode, onViolation, workers, workerUser, p);
  }
}
