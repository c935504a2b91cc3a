package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.check.CheckReport;
import shardplan.emitter.check.PlacementCheck;
import shardplan.emitter.model.Target;
import shardplan.partitioner.json.PlacementJson;

/** Checks a schema (after a migration) against a placement, for a CI pipeline to fail on. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = {
      "Check a schema against a placement, typically in CI after a schema migration: every constraint the"
          + " target would refuse (the same rule checks emit uses), tables the placement does not place,"
          + " placed tables and distribution columns that no longer exist, colocated columns whose types no"
          + " longer match, and for each new table linked by foreign keys to placed tables the placement it"
          + " most likely needs.",
      "Exit 0 when clean; exit 1 with one line per finding."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:clean: the placement covers the schema and the target accepts it",
      "1:one line per finding on stdout (or a one-line error: bad input)",
      "2:usage error"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan check --schema schema.sql --placement placement.json",
      "  shardplan check --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop --placement placement.json \\",
      "      --target citus --format junit --out shardplan-check.xml"
    })
final class CheckCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--schema", paramLabel = "FILE",
      description = "The schema as it is after the migration (CREATE TABLE statements, pg_dump --schema-only).")
  Path schema;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "Read the schema from a live database instead (credentials from PGUSER/PGPASSWORD or"
          + " ~/.pgpass, never printed).")
  String jdbcUrl;

  @Option(names = "--placement", required = true, paramLabel = "FILE",
      description = "The placement JSON the cluster was built with (placement.json of advise).")
  Path placement;

  @Option(names = "--target", defaultValue = "citus", paramLabel = "TARGET",
      description = "citus or postgres-fdw (default: ${DEFAULT-VALUE}).")
  String target;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text (one line per finding), json, or junit (JUnit XML for CI test reports)"
          + " (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "FILE",
      description = "Write the --format output here; the text lines still go to standard output.")
  Path out;

  @Option(names = "--baseline", paramLabel = "FILE",
      description = "The schema the placement was applied with (before the migration, e.g. from the main"
          + " branch): findings it already had are reported as known and do not fail the check.")
  Path baseline;

  @Mixin
  PlacementSizeOptions size;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json") && !fmt.equals("junit")) {
      throw new IllegalArgumentException("unknown --format '" + format + "' (use text, json or junit)");
    }
    Target t = Target.parse(target);
    PrintWriter err = spec.commandLine().getErr();
    Schema s;
    if (jdbcUrl != null) {
      s = Analyzer.readSchema(jdbcUrl);
    } else if (schema != null) {
      s = ProfileLoader.readSchemaFile(schema, err);
    } else {
      throw new IllegalArgumentException("a schema is needed: give --schema FILE or --jdbc-url URL");
    }
    if (!Files.isReadable(placement)) {
      throw new IllegalArgumentException(placement + ": no such file");
    }
    PlacementJson.Matched m = size.readMatching(placement, s);
    CheckReport report = PlacementCheck.check(s, m.placement(), m.stale(), t);
    if (baseline != null) {
      Schema b = ProfileLoader.readSchemaFile(baseline, null);
      PlacementJson.Matched mb = size.readMatching(placement, b);
      report = report.withoutKnown(PlacementCheck.check(b, mb.placement(), mb.stale(), t));
    }
    String formatted = switch (fmt) {
      case "json" -> CheckReportFormats.json(report);
      case "junit" -> CheckReportFormats.junit(report, "shardplan check " + placement.getFileName());
      default -> CheckReportFormats.text(report);
    };
    PrintWriter o = spec.commandLine().getOut();
    if (out == null) {
      o.print(formatted);
    } else {
      if (out.getParent() != null) {
        Files.createDirectories(out.getParent());
      }
      Files.writeString(out, formatted, StandardCharsets.UTF_8);
      o.print(CheckReportFormats.text(report));
    }
    o.flush();
    if (!report.known().isEmpty()) {
      err.println("check: " + report.known().size() + " finding" + (report.known().size() == 1 ? "" : "s")
          + " the baseline schema already had not counted (--format json lists them)");
    }
    if (!report.clean()) {
      err.println(CheckReportFormats.summary(report));
    }
    err.flush();
    return report.clean() ? Shardplan.OK : Shardplan.BAD_INPUT;
  }
}
