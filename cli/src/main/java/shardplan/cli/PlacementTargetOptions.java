package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.SchemaScript;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.emitter.model.WorkerAddress;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;

/**
 * The options {@code emit} and {@code apply} share: the schema, the placement, the target and
 * how to treat it. A picocli mixin; values are checked with one-line errors.
 */
final class PlacementTargetOptions {
  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "The schema (CREATE TABLE statements).")
  Path schema;

  @Option(names = "--placement", required = true, paramLabel = "FILE",
      description = "The placement JSON (placement.json of advise, or an expected.json).")
  Path placement;

  @Option(names = "--target", required = true, paramLabel = "TARGET", description = "citus or postgres-fdw.")
  String target;

  @Option(names = "--mode", defaultValue = "new", paramLabel = "MODE",
      description = "new: create the tables; existing: the tables hold data, move them into place"
          + " (apply checks every row) (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--on-violation", defaultValue = "repair", paramLabel = "WHAT",
      description = "repair: change the DDL so the target accepts it (widen keys, leave out foreign keys),"
          + " with a comment and a warning each; refuse: stop with the table and the rule (default: ${DEFAULT-VALUE}).")
  String onViolation;

  @Option(names = "--workers", paramLabel = "HOST:PORT[/DB],...", description = "postgres-fdw workers, in order.")
  String workers;

  @Option(names = "--worker-user", paramLabel = "USER",
      description = "postgres-fdw: user the coordinator logs into the workers as (default: the same name as the"
          + " local user). The password, if one is needed, comes from " + EmitOptions.WORKER_PASSWORD_ENV
          + " and is never printed.")
  String workerUser;

  @Mixin
  PlacementSizeOptions size;

  Schema readSchema(PrintWriter err) throws IOException {
    return ProfileLoader.readSchemaFile(schema, err);
  }

  Placement readPlacement(Schema s) {
    if (!Files.isReadable(placement)) {
      throw new IllegalArgumentException(placement + ": no such file");
    }
    return PlacementJson.readPlacement(placement, s, size.nodes, size.shardCount);
  }

  Target target() {
    return Target.parse(target);
  }

  /**
   * The emitter's options. Without {@code --workers}, a postgres-fdw script names placeholder
   * workers ({@link #placeholderWorkers}) on {@code workerDatabase}.
   */
  EmitOptions emitOptions(Placement p, String workerDatabase) {
    Target t = target();
    Mode m = switch (mode.toLowerCase(Locale.ROOT)) {
      case "new" -> Mode.NEW;
      case "existing" -> Mode.EXISTING;
      default -> throw new IllegalArgumentException("unknown mode '" + mode + "' (use new or existing)");
    };
    ViolationPolicy v = switch (onViolation.toLowerCase(Locale.ROOT)) {
      case "repair" -> ViolationPolicy.REPAIR;
      case "refuse" -> ViolationPolicy.REFUSE;
      default -> throw new IllegalArgumentException("unknown --on-violation '" + onViolation
          + "' (use repair or refuse)");
    };
    List<WorkerAddress> ws = List.of();
    if (t == Target.POSTGRES_FDW) {
      ws = workers != null ? WorkerAddress.parseList(workers, workerDatabase) : placeholderWorkers(p.nodes(), workerDatabase);
    }
    Optional<String> password = Optional.ofNullable(System.getenv(EmitOptions.WORKER_PASSWORD_ENV))
        .filter(x -> !x.isEmpty());
    EmitOptions options = new EmitOptions(t, m, v, ws, Optional.ofNullable(workerUser), password);
    return m == Mode.NEW ? options.withSchemaScript(schemaScript()) : options;
  }

  /** The schema file as written: new mode runs it as it is and then alters it, so no object is lost. */
  SchemaScript schemaScript() {
    return SchemaScripts.fromFile(schema);
  }

  /** {@code worker1:5432 … workerN:5432}, for a script to be re-emitted with real addresses. */
  static List<WorkerAddress> placeholderWorkers(int n, String database) {
    return IntStream.rangeClosed(1, n).mapToObj(i -> new WorkerAddress("worker" + i, 5432, database)).toList();
  }
}
