package shardplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.ScriptRenderer;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
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

  @Mixin
  PlacementTargetOptions placementTarget;

  @Option(names = "--worker-database", defaultValue = "postgres", paramLabel = "DB",
      description = "Database on a postgres-fdw worker given without /DB; without --workers the script names"
          + " worker1:5432 ... one per node (default: ${DEFAULT-VALUE}).")
  String workerDatabase;

  @Option(names = "--out", paramLabel = "FILE", description = "Write the DDL here instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Schema s = placementTarget.readSchema(spec.commandLine().getErr());
    Placement p = placementTarget.readPlacement(s);
    EmitOptions options = placementTarget.emitOptions(p, workerDatabase);
    DdlPlan plan = PlacementEmitter.plan(s, p, options);
    for (String r : plan.repairs()) {
      spec.commandLine().getErr().println("warning: repaired: " + r);
    }
    for (String w : plan.warnings()) {
      spec.commandLine().getErr().println("warning: " + w);
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
}
