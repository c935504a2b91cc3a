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
 * @param schemaScript the user's schema DDL as given; in {@link Mode#NEW} it is run as written and
 *                     then altered, so that every object of it comes through (without it, new
 *                     mode creates the tables from the schema model: columns and keys only)
 */
public record EmitOptions(Target target, Mode mode, ViolationPolicy onViolation, List<WorkerAddress> workers,
                          Optional<String> workerUser, Optional<String> workerPassword,
                          Optional<SchemaScript> schemaScript) {
  /** Environment variable holding the password postgres_fdw uses on the workers. */
  public static final String WORKER_PASSWORD_ENV = "SHARDPLAN_WORKER_PASSWORD";

  public EmitOptions {
    Objects.requireNonNull(target, "target");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(onViolation, "onViolation");
    workers = List.copyOf(workers);
    Objects.requireNonNull(workerUser, "workerUser");
    Objects.requireNonNull(workerPassword, "workerPassword");
    Objects.requireNonNull(schemaScript, "schemaScript");
  }

  public EmitOptions(Target target, Mode mode, ViolationPolicy onViolation, List<WorkerAddress> workers,
                     Optional<String> workerUser, Optional<String> workerPassword) {
    this(target, mode, onViolation, workers, workerUser, workerPassword, Optional.empty());
  }

  public static EmitOptions citus(Mode mode) {
    return new EmitOptions(Target.CITUS, mode, ViolationPolicy.REPAIR, List.of(), Optional.empty(), Optional.empty());
  }

  public static EmitOptions fdw(Mode mode, List<WorkerAddress> workers) {
    return new EmitOptions(Target.POSTGRES_FDW, mode, ViolationPolicy.REPAIR, workers, Optional.empty(),
        Optional.empty());
  }

  public EmitOptions withOnViolation(ViolationPolicy p) {
    return new EmitOptions(target, mode, p, workers, workerUser, workerPassword, schemaScript);
  }

  public EmitOptions withWorkerUser(Optional<String> u) {
    return new EmitOptions(target, mode, onViolation, workers, u, workerPassword, schemaScript);
  }

  public EmitOptions withWorkerPassword(Optional<String> p) {
    return new EmitOptions(target, mode, onViolation, workers, workerUser, p, schemaScript);
  }

  public EmitOptions withSchemaScript(SchemaScript s) {
    return new EmitOptions(target, mode, onViolation, workers, workerUser, workerPassword, Optional.of(s));
  }
}
