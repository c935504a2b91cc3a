package shardplan.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.emitter.PlacementEmitter;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.SchemaScript;
import shardplan.emitter.model.WorkerAddress;
import shardplan.partitioner.json.InputSummary;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Advice;
import shardplan.reports.HtmlReport;
import shardplan.reports.MarkdownReport;
import shardplan.reports.ReportInput;

/**
 * The folder {@code advise --out} and {@code demo} write: the placement JSON, the DDL for both
 * targets, and the reports.
 */
final class AdviceFiles {
  static final String PLACEMENT = "placement.json";
  static final String CITUS = "citus.sql";
  static final String FDW = "postgres-fdw.sql";
  static final String REPORT_MD = "report.md";
  static final String REPORT_HTML = "report.html";
  /** The optional shard placement plan against skew, run after {@link #CITUS}. */
  static final String SHARD_PLAN = "citus-shard-placement.sql";
  /** Written by {@code advise --lookup-tables} only. */
  static final String LOOKUP_TABLES = "lookup-tables.sql";

  /** Names, in the order they are written. */
  static final List<String> NAMES = List.of(PLACEMENT, CITUS, SHARD_PLAN, FDW, REPORT_MD, REPORT_HTML);

  private AdviceFiles() {
  }

  /**
   * Writes every file into {@code dir} (created if missing) and returns their paths.
   * The postgres_fdw script names placeholder workers {@code worker1:5432 …}, one per node:
   * {@code shardplan emit --target postgres-fdw --workers …} writes it for real addresses.
   */
  static List<Path> write(Path dir, String title, Advice advice, WorkloadProfile profile,
                          ReportInputs.Settings report) throws IOException {
    return write(dir, title, advice, profile, report, Optional.empty());
  }

  /**
   * As {@link #write(Path, String, Advice, WorkloadProfile, ReportInputs.Settings)}; with the
   * schema's DDL the scripts run it as written and alter it, so no object of it is lost.
   */
  static List<Path> write(Path dir, String title, Advice advice, WorkloadProfile profile,
                          ReportInputs.Settings report, Optional<SchemaScript> schemaScript) throws IOException {
    if (Files.exists(dir) && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(dir + ": exists and is not a folder");
    }
    Files.createDirectories(dir);
    List<Path> written = new ArrayList<>();
    written.add(write(dir.resolve(PLACEMENT), PlacementJson.write(advice, InputSummary.of(profile))));
    written.add(write(dir.resolve(CITUS),
        PlacementEmitter.script(profile.schema(), advice.placement(), withScript(EmitOptions.citus(Mode.NEW),
            schemaScript))));
    written.add(write(dir.resolve(SHARD_PLAN), advice.skewPlan() == null
        ? "-- Shard placement plan: nothing to do, the placement has no distributed table.\n"
        : shardplan.partitioner.search.SkewPlanSql.of(advice.skewPlan(), advice.placement())));
    List<WorkerAddress> workers = PlacementTargetOptions.placeholderWorkers(advice.placement().nodes(), "postgres");
    written.add(write(dir.resolve(FDW),
        PlacementEmitter.script(profile.schema(), advice.placement(), withScript(EmitOptions.fdw(Mode.NEW, workers),
            schemaScript))));
    ReportInput in = ReportInputs.of(title, advice, profile, report);
    written.add(write(dir.resolve(REPORT_MD), MarkdownReport.render(in)));
    written.add(write(dir.resolve(REPORT_HTML), HtmlReport.render(in)));
    return written;
  }

  private static EmitOptions withScript(EmitOptions o, Optional<SchemaScript> s) {
    return s.map(o::withSchemaScript).orElse(o);
  }

  private static Path write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }
}
