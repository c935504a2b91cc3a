package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.partitioner.cost.Baselines;
import shardplan.partitioner.cost.PlacementEvaluation;
import shardplan.partitioner.cost.PlacementEvaluator;
import shardplan.partitioner.json.InputSummary;
import shardplan.partitioner.json.PlacementJson;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.TablePlacement;

/**
 * {@code shardplan evaluate}: the predicted metrics of a placement someone wrote (or an earlier
 * advice), beside the baselines, on the workload of the given logs.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "Predict how a given placement performs on the workload of the logs: how Citus routes each"
          + " statement, the fraction of distributed transactions, rows crossing nodes, load skew and"
          + " replication write amplification, beside the baselines (every table hashed on its primary"
          + " key, everything replicated, and the ground truth with --expected).",
      MetricsText.ROUTING_HELP,
      MetricsText.DISTRIBUTED_HELP,
      "Rows are mapped to nodes as Citus maps them: PostgreSQL's hash of the distribution column,"
          + " --shard-count equal hash ranges, shards round-robin on the nodes."
    },
    footerHeading = "%nExample:%n",
    footer = "  shardplan evaluate --schema demo/tpcc/schema.sql demo/tpcc/postgresql.csv"
        + " --placement demo/advice/placement.json --nodes 4")
final class EvaluateCommand implements Callable<Integer> {
  static final int DEFAULT_NODES = 4;
  static final int DEFAULT_SHARD_COUNT = 32;

  @Mixin
  InputOptions input;

  @Option(names = "--placement", paramLabel = "FILE", required = true,
      description = "Placement JSON (as advise writes it, or hand-written: only \"tables\" is needed).")
  Path placementFile;

  @Option(names = "--nodes", paramLabel = "N",
      description = "Nodes holding shards; overrides the file's \"nodes\" (default: the file's, else "
          + DEFAULT_NODES + ").")
  Integer nodes;

  @Option(names = "--shard-count", paramLabel = "S",
      description = "Shards per distributed table; overrides the file's \"shardCount\" (default: the file's, else "
          + DEFAULT_SHARD_COUNT + ").")
  Integer shardCount;

  @Option(names = "--expected", paramLabel = "FILE",
      description = "A workload's expected.json: its \"tables\" are evaluated too, as the baseline \"expected\".")
  Path expected;

  @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Spec
  CommandSpec spec;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, got " + format);
    }
    if (nodes != null && nodes < 1) {
      throw new IllegalArgumentException("--nodes must be at least 1, got " + nodes);
    }
    if (shardCount != null && (shardCount < 1 || shardCount > 64000)) {
      throw new IllegalArgumentException("--shard-count must be between 1 and 64000, got " + shardCount);
    }
    ProfileLoader.requireReadable(placementFile);
    if (expected != null) {
      ProfileLoader.requireReadable(expected);
    }
    // check the placement against the schema before the long part
    Schema schema = ProfileLoader.loadSchema(input, spec.commandLine().getErr());
    Placement read = PlacementJson.readPlacement(placementFile, schema,
        nodes != null ? nodes : DEFAULT_NODES, shardCount != null ? shardCount : DEFAULT_SHARD_COUNT);
    Placement placement = new Placement(nodes != null ? nodes : read.nodes(),
        shardCount != null ? shardCount : read.shardCount(), read.tables());
    Map<String, Placement> baselines = Baselines.all(schema, placement.nodes(), placement.shardCount(), expected);

    WorkloadProfile profile = ProfileLoader.load(input, spec);
    List<Placement> all = new ArrayList<>();
    all.add(placement);
    all.addAll(baselines.values());
    List<PlacementEvaluation> results = new PlacementEvaluator().evaluateAllInDetail(all, profile);
    PlacementEvaluation mine = results.get(0);
    Map<String, PlacementMetrics> baselineMetrics = new LinkedHashMap<>();
    int i = 1;
    for (String name : baselines.keySet()) {
      baselineMetrics.put(name, results.get(i++).metrics());
    }
    InputSummary summary = InputSummary.of(profile);
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      out.print(PlacementJson.write(new Advice(placement, mine.metrics(), baselineMetrics, mine.notes()), summary));
    } else {
      printText(out, placement, mine, baselineMetrics, summary, profile);
    }
    out.flush();
    return Shardplan.OK;
  }

  private void printText(PrintWriter out, Placement placement, PlacementEvaluation mine,
                         Map<String, PlacementMetrics> baselines, InputSummary summary, WorkloadProfile profile) {
    long skipped = summary.skipped().values().stream().mapToLong(Long::longValue).sum();
    out.printf(Locale.ROOT, "Placement %s on %d node%s, %d shards per distributed table%n",
        placementFile.getFileName(), placement.nodes(), placement.nodes() == 1 ? "" : "s", placement.shardCount());
    out.printf(Locale.ROOT, "Workload: %,d transactions, %,d statements (%,d input items skipped)%n%n",
        summary.transactions(), summary.statements(), skipped);
    MetricsText.table(out, "placement", mine.metrics(), baselines);
    out.println();
    out.println("Tables:");
    Map<Integer, List<String>> groups = new LinkedHashMap<>();
    List<String> reference = new ArrayList<>();
    for (TablePlacement t : placement.tables()) {
      if (t.kind() == PlacementKind.REFERENCE) {
        reference.add(t.table());
      }
    }
    placement.colocationGroups().forEach((g, ts) -> {
      List<String> names = new ArrayList<>();
      for (TablePlacement t : ts) {
        names.add(t.table() + "(" + t.column() + ")");
      }
      groups.put(g, names);
    });
    if (!reference.isEmpty()) {
      out.println("  reference: " + String.join(", ", reference));
    }
    List<String> local = placement.tables().stream().filter(t -> t.kind() == PlacementKind.LOCAL)
        .map(TablePlacement::table).toList();
    if (!local.isEmpty()) {
      out.println("  local (coordinator): " + String.join(", ", local));
    }
    groups.forEach((g, names) -> out.println("  colocation group " + g + ": " + String.join(", ", names)));
    if (!mine.internodeRowsByTable().isEmpty()) {
      out.println();
      out.println("Internode rows by table (placement):");
      mine.internodeRowsByTable().forEach((t, r) -> out.printf(Locale.ROOT, "  %-24s %,d%n", t, r));
    }
    if (profile.rowLevel()) {
      out.printf(Locale.ROOT, "%nRow accesses by node: %s; multi-shard accesses: %,d%n",
          mine.nodeRowAccesses(), mine.multiShardAccesses());
    } else {
      out.printf(Locale.ROOT, "%nThe input has no literal values (a pg_stat_statements export): statement routing"
          + " is predicted from the templates weighted by their calls, each call taken as its own transaction;"
          + " row metrics need a log with values.%n");
    }
    MetricsText.notes(out, mine.notes());
  }}
