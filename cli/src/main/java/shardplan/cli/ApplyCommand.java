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
import shardplan.emitter.apply.ApplyException;
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
      "Without --yes nothing is changed: it prints what it would do. It never prompts, so it runs unattended in CI.",
      "The first statement the server refuses stops the run: exit 1 and one line naming it (what ran before it is"
          + " skipped on a re-run).",
      "Credentials come from the URL, PGUSER/PGPASSWORD or ~/.pgpass, and are never printed."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan apply --target citus --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop \\",
      "      --schema schema.sql --placement placement.json --mode existing --yes",
      "  shardplan apply --target postgres-fdw --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop \\",
      "      --workers 127.0.0.1:5433,127.0.0.1:5434 --schema schema.sql --placement placement.json --dry-run",
      "  shardplan apply --target citus --jdbc-url jdbc:postgresql://localhost:5432/postgres \\",
      "      --schema schema.sql --placement placement.json --yes --wait 60s --format json > apply.json"
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

  @Option(names = "--yes", description = "Apply for real (never prompts).")
  boolean yes;

  @Option(names = "--wait", defaultValue = "0s", paramLabel = "DURATION",
      description = "Retry a server that is not up yet (a service container still starting) for up to this long,"
          + " e.g. 60s, 2m (default: ${DEFAULT-VALUE}: fail at once).")
  String waitFor;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text, or json: the result on standard output (statements run and skipped, read-back"
          + " differences, row-count checks), the progress on standard error (default: ${DEFAULT-VALUE}).")
  String format;

  @Override
  public Integer call() throws IOException {
    boolean json = switch (format.toLowerCase(java.util.Locale.ROOT)) {
      case "text" -> false;
      case "json" -> true;
      default -> throw new IllegalArgumentException("unknown --format '" + format + "' (use text or json)");
    };
    java.time.Duration wait = Durations.parse("--wait", waitFor);
    Schema s = placementTarget.readSchema(spec.commandLine().getErr());
    Placement p = placementTarget.readPlacement(s);
    PrintWriter err = spec.commandLine().getErr();
    Connections conns = new Connections(jdbcUrl, System.getenv()).withWait(wait, note -> {
      err.println(note);
      err.flush();
    });
    String workers = placementTarget.workers;
    if (placementTarget.target() == Target.POSTGRES_FDW && (workers == null || workers.isBlank())) {
      throw new IllegalArgumentException("--target postgres-fdw needs --workers host:port,...");
    }
    EmitOptions options = placementTarget.emitOptions(p, conns.database());
    DdlPlan plan = PlacementEmitter.plan(s, p, options);
    for (String r : plan.repairs()) {
      err.println("warning: repaired: " + r);
    }
    err.flush();
    boolean execute = yes && !dryRun;
    PrintWriter out = spec.commandLine().getOut();
    if (!json) {
      ApplyReport report = new Applier(plan, s, conns, out).run(execute);
      out.flush();
      return report.ok() ? Shardplan.OK : Shardplan.BAD_INPUT;
    }
    String target = placementTarget.target().option();
    ApplyReport report;
    try {
      report = new Applier(plan, s, conns, err).run(execute);
    } catch (ApplyException e) {
      out.print(ApplyReportJson.write(target, e.report(), e.getMessage()));
      out.flush();
      throw e;
    }
    out.print(ApplyReportJson.write(target, report, null));
    out.flush();
    return report.ok() ? Shardplan.OK : Shardplan.BAD_INPUT;
  }
}
