package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.apply.Applier;
import shardplan.emitter.apply.ApplyReport;
import shardplan.emitter.apply.Connections;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Target;
import shardplan.partitioner.model.Placement;

/** Applies a placement to a running cluster, checks it back, and keeps every row. */
@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {
      "Put a placement on a running cluster: run the DDL in order, skipping what is already in place,",
      "read the placement back from the catalogs, and (--mode existing) check every table's row count and"
          + " checksum before and after.",
      "Without --yes nothing is changed: it prints what it would do.",
      "Credentials come from the URL, PGUSER/PGPASSWORD or ~/.pgpass, and are never printed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan apply --target citus --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop \\",
      "      --schema schema.sql --placement placement.json --mode existing --yes",
      "  shardplan apply --target postgres-fdw --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop \\",
      "      --workers 127.0.0.1:5433,127.0.0.1:5434 --schema schema.sql --placement placement.json --dry-run"
    })
final class ApplyCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Mixin
  PlacementTargetOptions placementTarget;

  @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
      description = "The coordinator, jdbc:postgresql://host:port/database.")
  String jdbcUrl;

  @Option(names = "--dry-run", description = "Print what would be done; change nothing (the default without --yes).")
  boolean dryRun;

  @Option(names = "--yes", description = "Apply for real.")
  boolean yes;

  @Override
  public Integer call() throws IOException {
    Schema s = placementTarget.readSchema(spec.commandLine().getErr());
    Placement p = placementTarget.readPlacement(s);
    Connections conns = new Connections(jdbcUrl, System.getenv());
    String workers = placementTarget.workers;
    if (placementTarget.target() == Target.POSTGRES_FDW && (workers == null || workers.isBlank())) {
      throw new IllegalArgumentException("--target postgres-fdw needs --workers host:port,...");
    }
    EmitOptions options = placementTarget.emitOptions(p, conns.database());
    DdlPlan plan = PlacementEmitter.plan(s, p, options);
    PrintWriter err = spec.commandLine().getErr();
    for (String r : plan.repairs()) {
      err.println("warning: repaired: " + r);
    }
    err.flush();
    boolean execute = yes && !dryRun;
    ApplyReport report = new Applier(plan, s, conns, spec.commandLine().getOut()).run(execute);
    spec.commandLine().getOut().flush();
    return report.ok() ? Shardplan.OK : Shardplan.BAD_INPUT;
  }
}
