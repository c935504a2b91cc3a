package shardplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.cluster.PostgresBinaries;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.WorkerAddress;
import shardplan.replay.bench.Bench;
import shardplan.replay.bench.BenchCluster;
import shardplan.replay.json.BenchJson;
import shardplan.replay.model.BenchReport;

/** A built-in workload under several placements on a real cluster, measured against the predictions. */
@Command(name = "bench", mixinStandardHelpOptions = true,
    description = {
      "Run a built-in workload under each placement on a real cluster and measure it against the predictions.",
      "The workload is generated with --seed; its log (the first --measure-transactions transactions) is"
          + " advised on ('advised') and gives every placement's predicted distributed transaction fraction."
          + " For each placement, on fresh databases: the placement is applied, the same initial rows loaded,"
          + " the same generated transactions run concurrently by --clients sessions for --duration"
          + " (throughput, transaction latency p50/p95/p99, errors), then the logged transactions run once more,"
          + " one at a time and rolled back, to measure:",
      "  postgres-fdw: per transaction, postgres_fdw_disconnect_all() at its start and postgres_fdw_get_connections()"
          + " before its end give the worker servers it reached; it is distributed when it reached more than one"
          + " (a statement that does not pin the partition key reaches every worker; reference tables are read on"
          + " the coordinator, and written on every worker).",
      "  citus: citus_stat_counters (citus.enable_stat_counters on) counts the multi-shard statements; the distributed"
          + " fraction is not measured on Citus.",
      "Writes bench.json and bench.md (a Markdown table) into --out, and prints the table.",
      "Without --jdbc-url it starts a local cluster as 'cluster up' does (a coordinator and --nodes workers) and"
          + " stops it at the end; with --jdbc-url and --workers it uses a running one, creating and dropping"
          + " databases named shardplan_bench_<placement> on every server (the user needs CREATEDB)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan bench --workload tpcc --scale 4 --nodes 2 --target postgres-fdw --duration 60s --out bench-fdw",
      "  shardplan bench --workload store --nodes 2 --target citus --placements advised,hashPrimaryKey,expected \\",
      "      --duration 30s --clients 8 --out bench-citus"
    })
final class BenchCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--workload", defaultValue = "tpcc", paramLabel = "NAME",
      description = "Built-in workload: tpcc or store (default: ${DEFAULT-VALUE}).")
  String workload;

  @Option(names = "--scale", defaultValue = "0", paramLabel = "N",
      description = "Warehouses (tpcc) or customers (store) (default: the workload's default).")
  int scale;

  @Option(names = "--small", description = "The workload's reduced cardinalities (1,000 items, 100 customers per"
      + " district for tpcc): fast loads, the same transactions' shape.")
  boolean small;

  @Option(names = "--nodes", defaultValue = "2", paramLabel = "N",
      description = "Worker nodes; the coordinator comes on top (default: ${DEFAULT-VALUE}).")
  int nodes;

  @Option(names = "--target", required = true, paramLabel = "TARGET", description = "citus or postgres-fdw.")
  String target;

  @Option(names = "--placements", defaultValue = "advised,hashPrimaryKey", paramLabel = "LIST",
      description = "Placements, comma-separated: advised, hashPrimaryKey, expected, replicateAll"
          + " (default: ${DEFAULT-VALUE}).")
  String placements;

  @Option(names = "--duration", defaultValue = "60s", paramLabel = "TIME",
      description = "Throughput pass per placement: 60s, 2m, 500ms (default: ${DEFAULT-VALUE}).")
  String duration;

  @Option(names = "--clients", defaultValue = "8", paramLabel = "C",
      description = "Concurrent client sessions (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Workload seed (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--measure-transactions", defaultValue = "2000", paramLabel = "N",
      description = "Transactions of the log: advised on, predicted and measured (default: ${DEFAULT-VALUE}).")
  int measureTransactions;

  @Option(names = "--transactions", paramLabel = "N",
      description = "Transactions generated for the throughput pass (default: 400 per second of --duration,"
          + " at least 5,000); the pass ends early if they run out, and says so.")
  Integer transactions;

  @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder for bench.json, bench.md and the workload.")
  Path out;

  @Option(names = "--jdbc-url", paramLabel = "URL",
      description = "A running coordinator instead of a local cluster (credentials: URL, PG environment, ~/.pgpass).")
  String jdbcUrl;

  @Option(names = "--workers", paramLabel = "HOST:PORT,...", description = "The running cluster's workers, with --jdbc-url.")
  String workers;

  @Override
  public Integer call() throws Exception {
    Target t = Target.parse(target);
    Duration d = parseDuration(duration);
    int tx = transactions != null ? transactions : (int) Math.max(5_000, Math.min(1_000_000, d.toSeconds() * 400));
    tx = Math.max(tx, measureTransactions);
    List<WorkerAddress> ws = List.of();
    if (jdbcUrl != null) {
      if (workers == null || workers.isBlank()) {
        throw new IllegalArgumentException("--jdbc-url needs --workers host:port,... (the cluster's workers)");
      }
      ws = WorkerAddress.parseList(workers, "postgres");
      nodes = ws.size();
    } else if (t == Target.CITUS && !PostgresBinaries.require().hasCitus()) {
      throw new IllegalArgumentException("--target citus: the Citus extension is not installed for the PostgreSQL"
          + " server in " + PostgresBinaries.require().bindir() + "; give a running Citus cluster with --jdbc-url");
    }
    Bench.Options options = new Bench.Options(workload, scale, small, nodes, t,
        Arrays.stream(placements.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList(), d, clients, seed,
        measureTransactions, tx, out.toAbsolutePath(), jdbcUrl, ws);
    PrintWriter err = spec.commandLine().getErr();
    BenchReport report;
    try (BenchCluster cluster = jdbcUrl != null ? BenchCluster.existing(jdbcUrl, ws)
        : BenchCluster.start(out.toAbsolutePath().resolve("cluster"), nodes, t == Target.CITUS)) {
      report = new Bench(options, err).run(cluster);
    }
    PrintWriter o = spec.commandLine().getOut();
    o.print(BenchJson.markdown(report));
    o.println();
    o.println("wrote " + out.resolve("bench.json") + " and " + out.resolve("bench.md"));
    o.flush();
    return Shardplan.OK;
  }

  static Duration parseDuration(String s) {
    String v = s.strip().toLowerCase(Locale.ROOT);
    try {
      if (v.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(v.substring(0, v.length() - 2)));
      }
      if (v.endsWith("s")) {
        return Duration.ofMillis(Math.round(Double.parseDouble(v.substring(0, v.length() - 1)) * 1000));
      }
      if (v.endsWith("m")) {
        return Duration.ofSeconds(Long.parseLong(v.substring(0, v.length() - 1)) * 60);
      }
      return Duration.ofSeconds(Long.parseLong(v));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--duration: not a duration: '" + s + "' (use 60s, 2m or 500ms)");
    }
  }
}
