package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.AdviceOptions;
import shardplan.partitioner.Advisor;
import shardplan.partitioner.PhaseTimes;
import shardplan.partitioner.classify.Classifier;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.json.InputSummary;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TableEvidence;
import shardplan.partitioner.model.TablePlacement;

/**
 * {@code shardplan advise}: the whole pipeline. Reads the schema and the logs, decides which
 * tables to replicate and how to distribute the rest, and prints the advice with its predicted
 * metrics beside the baselines.
 */
@Command(name = "advise", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Advise a Citus placement for the workload of the logs: which tables to replicate (reference"
          + " tables) and, for the others, the distribution column and colocation group, with the"
          + " reason for each and the predicted metrics beside the baselines (every table hashed on"
          + " its primary key, everything replicated, and the ground truth with --expected).",
      "Method: tables whose update ratio is above --update-threshold are partitioned, the rest"
          + " replicated unless that costs more (writes x (nodes - 1)) than partitioning; the rows"
          + " of the partitioned tables form a co-access graph cut into --nodes balanced parts;"
          + " the cut is explained as one column per table, improved with the cost model.",
      MetricsText.ROUTING_HELP,
      MetricsText.DISTRIBUTED_HELP
    },
    footerHeading = "%nExample:%n",
    footer = "  shardplan advise --schema demo/tpcc/schema.sql demo/tpcc/postgresql.csv --nodes 4 --out demo/advice")
final class AdviseCommand implements Callable<Integer> {
  @Mixin
  InputOptions input;

  @Option(names = "--nodes", paramLabel = "N", required = true,
      description = "Nodes of the target cluster that hold shards.")
  int nodes;

  @Option(names = "--shard-count", paramLabel = "S",
      description = "Shards per distributed table, Citus's shard_count. Default: 32, or fewer (a multiple of"
          + " --nodes) when the best key has fewer values than 32 and that scores better; a count given here is kept.")
  Integer shardCountOption;
  int shardCount;

  @Option(names = "--update-threshold", paramLabel = "X",
      description = "Update ratio (writes over accesses) above which a table is partitioned (default: "
          + Classifier.DEFAULT_UPDATE_THRESHOLD + ": a replicated table keeps at least half its"
          + " scale-out n/(1+w(n-1)) up to 11 nodes).")
  Double updateThreshold;

  @Option(names = "--max-replicated-rows", paramLabel = "ROWS",
      description = "Tables with more rows are never replicated (default: " + Classifier.DEFAULT_MAX_REPLICATED_ROWS
          + ").")
  Long maxReplicatedRows;

  @Option(names = "--max-replicated-bytes", paramLabel = "BYTES",
      description = "Tables with more bytes are never replicated (default: " + Classifier.DEFAULT_MAX_REPLICATED_BYTES
          + ", 1 GiB).")
  Long maxReplicatedBytes;

  @Option(names = "--expected", paramLabel = "FILE",
      description = "A workload's expected.json: its \"tables\" are evaluated too, as the baseline \"expected\".")
  Path expected;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the graph partitioner; the same input and seed give the same advice (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "json",
      description = "json or text (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--out", paramLabel = "DIR",
      description = "Also write into this folder (created if missing): placement.json, citus.sql,"
          + " postgres-fdw.sql (placeholder workers: re-emit with 'shardplan emit --workers'),"
          + " report.md and report.html.")
  Path out;

  @Option(names = "--measured", paramLabel = "FILE",
      description = "With --out: a bench.json or a 'replay --format json' output; the report compares its"
          + " measured figures with the predictions.")
  Path measured;

  @Option(names = "--lookup-tables",
      description = "With --out, also write lookup-tables.sql: the DDL of the proposed lookup tables.")
  boolean lookupTables;

  @Option(names = "--timings",
      description = "Print the wall-clock and CPU time of each phase (read and analyse, row graph, partition,"
          + " explain, search, evaluate, ...) on stderr when done. The advice never depends on them.")
  boolean timings;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new IllegalArgumentException("--format must be json or text, got " + format);
    }
    AdviceOptions options = options();
    if (expected != null) {
      ProfileLoader.requireReadable(expected);
    }
    if (out != null && Files.exists(out) && !Files.isDirectory(out)) {
      throw new IllegalArgumentException("--out " + out + ": exists and is not a folder");
    }
    if (measured != null && out == null) {
      throw new IllegalArgumentException("--measured needs --out: the measured figures go into the report");
    }
    var measuredFigures = measured == null ? null : MeasuredFile.read(measured);
    PhaseTimes times = timings ? PhaseTimes.recording() : PhaseTimes.NONE;
    long wall0 = System.nanoTime();
    long cpu0 = PhaseTimes.processCpuNanos();
    WorkloadProfile profile = ProfileLoader.load(input, spec);
    times.add("read and analyse", System.nanoTime() - wall0, cpu0 < 0 ? -1 : PhaseTimes.processCpuNanos() - cpu0);
    Advice advice;
    try (Progress progress = Progress.of(spec)) {
      try (Progress.Stage s = progress.stage("advising")) {
        if (expected != null) {
          options = options.withExpected(Baselines.expected(expected, profile.schema(), nodes, shardCount));
        }
        advice = Advisor.advise(profile, options, times);
      }
      if (out != null) {
        try (Progress.Stage s = progress.stage("writing the DDL and the reports")) {
          long w0 = System.nanoTime();
          long c0 = PhaseTimes.processCpuNanos();
          AdviceFiles.write(out, String.join(" ", input.logs().stream().map(l -> l.getFileName().toString()).toList()),
              advice, profile, new ReportInputs.Settings(input.showValues(), options.updateThreshold(), measuredFigures),
              SchemaScripts.of(input, spec.commandLine().getErr()));
          if (lookupTables) {
            Files.writeString(out.resolve(AdviceFiles.LOOKUP_TABLES),
                shardplan.partitioner.search.LookupTables.sql(profile.schema(), advice.lookupTables()),
                java.nio.charset.StandardCharsets.UTF_8);
          }
          times.add("write the DDL and reports", System.nanoTime() - w0, c0 < 0 ? -1 : PhaseTimes.processCpuNanos() - c0);
        }
      }
    }
    InputSummary summary = InputSummary.of(profile);
    PrintWriter w = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      w.print(PlacementJson.write(advice, summary));
    } else {
      printText(w, advice, summary);
    }
    w.flush();
    if (timings) {
      printTimings(spec.commandLine().getErr(), times, System.nanoTime() - wall0,
          cpu0 < 0 ? -1 : PhaseTimes.processCpuNanos() - cpu0);
    }
    return Shardplan.OK;
  }

  /** The phases, one a line, then the whole run: wall-clock and CPU (all threads) seconds. */
  static void printTimings(PrintWriter err, PhaseTimes times, long wallNanos, long cpuNanos) {
    int width = "whole run".length();
    for (PhaseTimes.Phase p : times.phases()) {
      width = Math.max(width, p.name().length() + (p.runs() > 1 ? (" (x" + p.runs() + ")").length() : 0));
    }
    String fmt = "%-" + width + "s  %9s  %9s%n";
    err.printf(Locale.ROOT, fmt, "phase", "wall", "CPU");
    for (PhaseTimes.Phase p : times.phases()) {
      err.printf(Locale.ROOT, fmt, p.name() + (p.runs() > 1 ? " (x" + p.runs() + ")" : ""), seconds(p.wallNanos()),
          seconds(p.cpuNanos()));
    }
    err.printf(Locale.ROOT, fmt, "whole run", seconds(wallNanos), seconds(cpuNanos));
    err.flush();
  }

  private static String seconds(long nanos) {
    return nanos < 0 ? "?" : String.format(Locale.ROOT, "%.2f s", nanos / 1e9);
  }

  private AdviceOptions options() {
    if (nodes < 1) {
      throw new IllegalArgumentException("--nodes must be at least 1, got " + nodes);
    }
    shardCount = shardCountOption == null ? 32 : shardCountOption;
    if (shardCount < 1 || shardCount > 64000) {
      throw new IllegalArgumentException("--shard-count must be between 1 and 64000, got " + shardCount);
    }
    AdviceOptions o = AdviceOptions.DEFAULT.withNodes(nodes).withSeed(seed);
    o = shardCountOption == null ? o.withDefaultShardCount(shardCount) : o.withShardCount(shardCount);
    if (updateThreshold != null) {
      if (!(updateThreshold >= 0 && updateThreshold <= 1)) {
        throw new IllegalArgumentException("--update-threshold must be between 0 and 1, got " + updateThreshold);
      }
      o = o.withUpdateThreshold(updateThreshold);
    }
    if (maxReplicatedRows != null) {
      if (maxReplicatedRows < 0) {
        throw new IllegalArgumentException("--max-replicated-rows cannot be negative, got " + maxReplicatedRows);
      }
      o = o.withMaxReplicatedRows(maxReplicatedRows);
    }
    if (maxReplicatedBytes != null) {
      if (maxReplicatedBytes < 0) {
        throw new IllegalArgumentException("--max-replicated-bytes cannot be negative, got " + maxReplicatedBytes);
      }
      o = o.withMaxReplicatedBytes(maxReplicatedBytes);
    }
    return o;
  }

  static void printText(PrintWriter w, Advice advice, InputSummary summary) {
    Placement p = advice.placement();
    long skipped = summary.skipped().values().stream().mapToLong(Long::longValue).sum();
    w.printf(Locale.ROOT, "Advice for %d node%s, %d shards per distributed table%n", p.nodes(),
        p.nodes() == 1 ? "" : "s", p.shardCount());
    w.printf(Locale.ROOT, "Workload: %,d transactions, %,d statements (%,d input items skipped)%n%n",
        summary.transactions(), summary.statements(), skipped);
    int width = 5;
    for (TablePlacement t : p.tables()) {
      width = Math.max(width, t.table().length());
    }
    String fmt = "%-" + width + "s  %-11s  %-20s  %5s  %9s  %9s  %7s%n";
    w.printf(Locale.ROOT, fmt, "table", "placement", "column", "group", "reads", "writes", "update");
    for (TablePlacement t : p.tables()) {
      TableEvidence e = t.evidence();
      w.printf(Locale.ROOT, fmt, t.table(), t.kind().jsonName(), t.kind() == PlacementKind.DISTRIBUTED ? t.column() : "-",
          t.kind() == PlacementKind.DISTRIBUTED ? Integer.toString(t.colocationGroup()) : "-",
          e == null ? "" : String.format(Locale.ROOT, "%,d", e.reads()),
          e == null ? "" : String.format(Locale.ROOT, "%,d", e.writes()),
          e == null ? "" : String.format(Locale.ROOT, "%.3f", e.updateRatio()));
    }
    w.println();
    w.println("Why:");
    for (TablePlacement t : p.tables()) {
      w.println("  " + t.table() + ": " + t.reason());
    }
    w.println();
    MetricsText.table(w, "advice", advice.metrics(), advice.baselines());
    if (!advice.alternatives().isEmpty()) {
      w.println();
      w.println("Alternatives (ranked after the advice on the model):");
      int i = 1;
      for (var a : advice.alternatives()) {
        w.printf(Locale.ROOT, "  %d. %s%n     distributed tx %.2f %%, internode rows %,d, load skew %.3f, cost %.4f%n", i++,
            a.decision(), 100 * a.metrics().distributedTransactionFraction(), a.metrics().internodeRows(),
            a.metrics().loadSkew(), a.cost());
      }
    }
    if (!advice.rejectedColumns().isEmpty()) {
      w.println();
      w.println("Columns not considered as distribution columns:");
      for (var r : advice.rejectedColumns()) {
        w.println("  " + r.table() + "." + r.column() + " (" + r.rule() + "): " + r.reason());
      }
    }
    if (!advice.droppedForeignKeys().isEmpty()) {
      w.println();
      w.println("Foreign keys this placement cannot keep:");
      for (var d : advice.droppedForeignKeys()) {
        w.println("  " + d.foreignKey() + ": " + d.why());
      }
    }
    if (!advice.hotRows().isEmpty()) {
      w.println();
      w.println("Hot rows (key values not shown):");
      for (var h : advice.hotRows()) {
        w.printf(Locale.ROOT, "  %s row %d by (%s): written by %.1f %% of transactions, by %s%n", h.table(), h.rank(),
            String.join(", ", h.keyColumns()), 100 * h.writeShare(), String.join(", ", h.statements()));
      }
      w.println("  " + shardplan.partitioner.search.HotRows.advice());
    }
    if (!advice.lookupTables().isEmpty()) {
      w.println();
      w.println("Lookup tables proposed (DDL with --out and --lookup-tables):");
      for (var l : advice.lookupTables()) {
        w.printf(Locale.ROOT, "  %s (%s): %s; %d writes keep it in step%n", l.name(), l.placement(), l.gain(),
            l.writes());
      }
    }
    if (advice.skewPlan() != null && !advice.skewPlan().moves().isEmpty()) {
      w.println();
      w.printf(Locale.ROOT, "Shard placement plan: load skew %.3f -> %.3f in %d step(s) (%s; with --out: %s)%n",
          advice.skewPlan().skewBefore(), advice.skewPlan().skewAfter(), advice.skewPlan().moves().size(),
          advice.skewPlan().stop(), AdviceFiles.SHARD_PLAN);
    }
    MetricsText.notes(w, advice.notes());
  }}
