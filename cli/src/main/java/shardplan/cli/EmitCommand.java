package shardplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.ScriptRenderer;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.ViolationPolicy;
import shardplan.emitter.model.WorkerAddress;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Placement;

/** Writes the DDL that puts a placement on a Citus or postgres_fdw cluster. */
@Command(name = "emit", mixinStandardHelpOptions = true,
    description = {
      "Write the DDL that puts a placement on a multi-node database.",
      "Citus: CREATE TABLEs, create_reference_table / create_distributed_table with colocation, foreign keys."
          + " postgres-fdw: hash-partitioned tables whose partitions are foreign tables on the workers.",
      "The placement is checked against the target's rules first; repairs go into the DDL as comments and to"
          + " stderr as warnings."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan emit --schema demo/tpcc/schema.sql --placement demo/advice/placement.json --target citus",
      "  shardplan emit --schema schema.sql --placement placement.json --target postgres-fdw \\",
      "      --workers 10.0.0.2:5432,10.0.0.3:5432 --mode existing --out fdw.sql"
    })
final class EmitCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--schema", required = true, paramLabel = "FILE", description = "The schema (CREATE TABLE statements).")
  Path schema;

  @Option(names = "--placement", required = true, paramLabel = "FILE",
      description = "The placement JSON (placement.json of advise, or an expected.json).")
  Path placement;

  @Option(names = "--target", required = true, paramLabel = "TARGET",
      description = "citus or postgres-fdw.")
  String target;

  @Option(names = "--mode", defaultValue = "new", paramLabel = "MODE",
      description = "new: create the tables; existing: the tables hold data, only move them into place"
          + " (default: ${DEFAULT-VALUE}).")
  String mode;

  @Option(names = "--on-violation", defaultValue = "repair", paramLabel = "WHAT",
      description = "repair: change the DDL so the target accepts it (widen keys, leave out foreign keys),"
          + " with a comment and a warning each; refuse: stop with the table and the rule (default: ${DEFAULT-VALUE}).")
  String onViolation;

  @Option(names = "--workers", paramLabel = "HOST:PORT[/DB],...",
      description = "postgres-fdw workers, in order (default: worker1:5432 ... one per node of the placement).")
  String workers;

  @Option(names = "--worker-database", defaultValue = "postgres", paramLabel = "DB",
      description = "Database on a worker given without /DB (default: ${DEFAULT-VALUE}).")
  String workerDatabase;

  @Option(names = "--worker-user", paramLabel = "USER",
      description = "User the coordinator logs into the workers as (default: the same name as the local user)."
          + " The password, if one is needed, comes from " + EmitOptions.WORKER_PASSWORD_ENV + " and is never printed.")
  String workerUser;

  @Option(names = "--nodes", defaultValue = "4", paramLabel = "N",
      description = "Nodes, when the placement file does not say (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--shard-count", defaultValue = "32", paramLabel = "N",
      description = "Shards per distributed table, when the placement file does not say (default: ${DEFAULT-VALUE}).")
  int shardCount;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the DDL here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Schema s = ProfileLoader.readSchemaFile(schema, spec.commandLine().getErr());
    Placement p = readPlacement(placement, s, nodes, shardCount);
    EmitOptions options = emitOptions(target, mode, onViolation, workers, workerDatabase, workerUser, p);
    DdlPlan plan = PlacementEmitter.plan(s, p, options);
    for (String r : plan.repairs()) {
      spec.commandLine().getErr().println("warning: repaired: " + r);
    }
    spec.commandLine().getErr().flush();
    String text = ScriptRenderer.render(plan);
    if (out == null) {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    } else {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, text, StandardCharsets.UTF_8);
      spec.commandLine().getErr().println("wrote " + out + " (" + plan.steps().size() + " statements)");
      spec.commandLine().getErr().flush();
    }
    return Shardplan.OK;
  }

  static Placement readPlacement(Path file, Schema schema, int nodes, int shardCount) {
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException(file + ": no such file");
    }
    return PlacementJson.readPlacement(file, schema, nodes, shardCount);
  }

  /** The options shared by emit and apply, parsed with one-line errors. */
  static EmitOptions emitOptions(String target, String mode, String onViolation, String workers, String workerDatabase,
                                 String workerUser, Placement p) {
    Target t = Target.parse(target);
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
      if (workers != null) {
        ws = WorkerAddress.parseList(workers, workerDatabase);
      } else {
        ws = java.util.stream.IntStream.rangeClosed(1, p.nodes())
            .mapToObj(i -> new WorkerAddress("worker" + i, 5432, workerDatabase)).toList();
      }
    }
    Optional<String> password = Optional.ofNullable(System.getenv(EmitOptions.WORKER_PASSWORD_ENV))
        .filter(x -> !x.isEmpty());
    return new EmitOptions(t, m, v, ws, Optional.ofNullable(workerUser), password);
  }
}
