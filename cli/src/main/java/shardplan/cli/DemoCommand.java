package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.Analyzer;
import shardplan.analyzer.AnalyzerOptions;
import shardplan.analyzer.AnalysisProgress;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.AdviceOptions;
import shardplan.partitioner.Advisor;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.json.InputSummary;
import shardplan.partitioner.model.Advice;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;

/**
 * {@code shardplan demo}: the whole pipeline on a built-in workload, so that a newcomer sees
 * what the tool does in one command. Every step is the same code the stage commands run.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Run the whole pipeline on a built-in workload: generate its PostgreSQL log, analyse it,"
          + " advise a placement and write the placement, the DDL and the reports into --out.",
      "The steps are the ones 'workload generate', 'analyze', 'advise' and 'emit' run; the"
          + " expert design of the workload is evaluated beside the advice as the baseline 'expected'."
    },
    footerHeading = "%nExamples:%n",
    footer = {"  shardplan demo", "  shardplan demo --workload store --nodes 3 --out store-demo"})
final class DemoCommand implements Callable<Integer> {

  @Option(names = "--workload", paramLabel = "NAME", defaultValue = "tpcc",
      description = "Built-in workload: tpcc or store (default: ${DEFAULT-VALUE}).")
  String workload;

  @Option(names = "--out", paramLabel = "DIR", defaultValue = "demo",
      description = "Folder for the generated workload and the advice (default: ${DEFAULT-VALUE}).")
  Path out;

  @Option(names = "--scale", paramLabel = "N", defaultValue = "8",
      description = "Warehouses (tpcc) or customers (store) (default: ${DEFAULT-VALUE}).")
  int scale;

  @Option(names = "--transactions", paramLabel = "N", defaultValue = "5000",
      description = "Transactions to generate (default: ${DEFAULT-VALUE}).")
  int transactions;

  @Option(names = "--nodes", paramLabel = "N", defaultValue = "4",
      description = "Nodes of the target cluster (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
      description = "Seed of the generator and the partitioner (default: ${DEFAULT-VALUE}).")
  long seed;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String name = Workloads.byName(workload).name();
    if (nodes < 1) {
      throw new IllegalArgumentException("--nodes must be at least 1, got " + nodes);
    }
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter o = spec.commandLine().getOut();
    Path workloadDir = out.resolve(name);
    Path adviceDir = out.resolve("advice");

    step(err, "generating %,d %s transactions into %s", transactions, name, workloadDir);
    WorkloadOptions wopts = WorkloadOptions.DEFAULT.withTransactions(transactions).withSeed(seed).withSmall(true);
    if (scale > 0) {
      wopts = wopts.withScale(scale);
    }
    GenerationResult gen = WorkloadGenerator.generate(name, wopts.withWriteData(false), workloadDir);

    step(err, "analysing %s", gen.log());
    Schema schema = Analyzer.readSchema(gen.schema());
    WorkloadProfile profile = Analyzer.analyze(schema, List.of(gen.log()), AnalyzerOptions.DEFAULT, AnalysisProgress.NONE);

    step(err, "advising a placement for %d nodes", nodes);
    AdviceOptions options = AdviceOptions.DEFAULT.withNodes(nodes).withSeed(seed)
        .withExpected(Baselines.expected(gen.expectedFile(), schema, nodes, AdviceOptions.DEFAULT.shardCount()));
    Advice advice = Advisor.advise(profile, options);

    step(err, "writing the placement, the DDL and the reports into %s", adviceDir);
    List<Path> files = AdviceFiles.write(adviceDir, name + " (generated, seed " + seed + ")", advice, profile,
        new ReportInputs.Settings(false, options.updateThreshold(), null),
        java.util.Optional.of(SchemaScripts.fromFile(gen.schema())));
    AdviseCommand.printText(o, advice, InputSummary.of(profile));
    o.println();
    o.println("Wrote:");
    o.println("  " + gen.log() + "  (the PostgreSQL log)");
    o.println("  " + gen.schema());
    for (Path f : files) {
      o.println("  " + f);
    }
    o.printf(Locale.ROOT, "Next: shardplan cluster up --nodes 3 --dir %s, then shardplan apply (see --help).%n",
        out.resolve("cluster"));
    o.flush();
    return Shardplan.OK;
  }

  private void step(PrintWriter err, String fmt, Object... args) {
    if (Progress.quiet(spec)) {
      return;
    }
    err.println("== " + String.format(Locale.ROOT, fmt, args));
    err.flush();
  }
}
