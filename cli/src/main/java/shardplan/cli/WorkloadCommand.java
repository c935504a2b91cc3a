package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.model.Expected;

/** {@code shardplan workload}: the built-in benchmark workloads, generated as real PostgreSQL logs. */
@Command(name = "workload", mixinStandardHelpOptions = true,
    description = {
      "Built-in benchmark workloads (TPC-C, a TPC-W-style online store) with their ground truth:"
          + " a schema, initial rows, the statements a JDBC application sends written as a PostgreSQL"
          + " 15 log, and expected.json with the expert placement and the exact statement counts."
    },
    subcommands = {WorkloadCommand.ListCommand.class, WorkloadCommand.GenerateCommand.class},
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan workload list",
      "  shardplan workload generate tpcc --out demo/tpcc --scale 4"
    })
final class WorkloadCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().getErr().println("error: missing subcommand: list or generate");
    spec.commandLine().usage(spec.commandLine().getErr());
    return Shardplan.USAGE;
  }

  /** {@code shardplan workload list}. */
  @Command(name = "list", mixinStandardHelpOptions = true,
      description = "Lists the built-in workloads with what their scale counts.",
      footerHeading = "%nExample:%n", footer = "  shardplan workload list")
  static final class ListCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
      PrintWriter out = spec.commandLine().getOut();
      int width = Workloads.all().stream().mapToInt(w -> w.name().length()).max().orElse(0);
      for (Workload w : Workloads.all()) {
        out.println(String.format("%-" + width + "s  %s (default scale %d %s)", w.name(), w.description(),
            w.defaultScale(), w.scaleUnit()));
      }
      out.flush();
      return Shardplan.OK;
    }
  }

  /** {@code shardplan workload generate}. */
  @Command(name = "generate", mixinStandardHelpOptions = true, sortOptions = false,
      description = {
        "Writes a workload into DIR: schema.sql, data/ (one CSV per table, load.sql),",
        "the log (postgresql.csv, postgresql.json, postgresql.log or workload.sql by",
        "--format) and expected.json (expert placement, statement counts, joins).",
        "The log is what PostgreSQL 15 writes with log_statement = 'all' while a JDBC",
        "application runs the workload on several connections. Same options and",
        "seed, same bytes."
      },
      footerHeading = "%nExamples:%n",
      footer = {
        "  shardplan workload generate tpcc --out demo/tpcc --scale 4",
        "  shardplan workload generate tpcc --out t --transactions 50000 --small",
        "  shardplan workload generate tpcc --out t --format stderr \\",
        "      --log-line-prefix '%%t [%%p]: user=%%u,db=%%d '",
        "  shardplan workload generate tpcc --out t --remote-payment-fraction 0",
        "  shardplan workload generate store --out demo/store --format jsonlog",
        "  cd demo/tpcc && psql -d mydb -f schema.sql -f data/load.sql"
      })
  static final class GenerateCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "NAME", converter = WorkloadConverter.class,
        description = "Workload: ${COMPLETION-CANDIDATES}; see 'shardplan workload list'.",
        completionCandidates = WorkloadNames.class)
    Workload workload;

    @Option(names = "--out", required = true, paramLabel = "DIR", description = "Folder to write into (created if missing).")
    Path out;

    @Option(names = "--transactions", paramLabel = "N", defaultValue = "10000",
        description = "Transactions to generate (default: ${DEFAULT-VALUE}).")
    int transactions;

    @Option(names = "--scale", paramLabel = "N",
        description = "Warehouses (tpcc, default 1) or customers (store, default 10000).")
    Integer scale;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "csvlog", converter = FormatConverter.class,
        description = "csvlog, stderr, jsonlog or sql (default: ${DEFAULT-VALUE}).")
    LogFormat format;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1", description = "Random seed (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--sessions", paramLabel = "N", defaultValue = "8",
        description = "Concurrent connections whose transactions interleave in the log (default: ${DEFAULT-VALUE}).")
    int sessions;

    @Option(names = "--protocol", paramLabel = "P", defaultValue = "extended", converter = ProtocolConverter.class,
        description = "extended: prepared statements, logged 'execute <unnamed>: ... $1' with their parameters;"
            + " simple: values inlined, logged 'statement: ...' (default: ${DEFAULT-VALUE}).")
    Protocol protocol;

    @Option(names = "--remote-order-line-fraction", paramLabel = "F", defaultValue = "0.01",
        description = "TPC-C: fraction of order lines supplied by another warehouse (default: ${DEFAULT-VALUE}).")
    double remoteOrderLines;

    @Option(names = "--remote-payment-fraction", paramLabel = "F", defaultValue = "0.15",
        description = "TPC-C: fraction of payments by a customer of another warehouse (default: ${DEFAULT-VALUE}).")
    double remotePayments;

    @Option(names = "--small",
        description = "Shrink per-scale cardinalities for quick trials (TPC-C: 1,000 items and 100 customers per"
            + " district instead of 100,000 and 3,000).")
    boolean small;

    @Option(names = "--no-data", negatable = false, description = "Do not write data/ (the initial rows).")
    boolean noData;

    @Option(names = "--log-line-prefix", paramLabel = "PREFIX", defaultValue = WorkloadOptions.DEFAULT_LOG_LINE_PREFIX,
        description = "stderr format: the server's log_line_prefix (default: '${DEFAULT-VALUE}').")
    String logLinePrefix;

    @Option(names = "--prepare-threshold", paramLabel = "N", defaultValue = "5",
        description = "pgjdbc's prepareThreshold: from this execution of a statement on a connection the log shows"
            + " 'execute S_n:' (a named server-side statement); 0 keeps '<unnamed>' (default: ${DEFAULT-VALUE}).")
    int prepareThreshold;

    @Override
    public Integer call() throws IOException {
      WorkloadOptions o;
      try {
        o = new WorkloadOptions(scale == null ? 0 : scale, seed, transactions, sessions, format, protocol,
            remoteOrderLines, remotePayments, small, logLinePrefix, !noData, prepareThreshold);
        if (scale != null && scale < 1) {
          throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage(), e);
      }
      if (Files.exists(out) && !Files.isDirectory(out)) {
        throw new IllegalArgumentException(out + ": exists and is not a folder");
      }
      PrintWriter err = spec.commandLine().getErr();
      boolean terminal = Progress.enabled(spec);
      WorkloadGenerator.ProgressListener progress = terminal ? (done, total) -> {
        err.print("\rgenerating " + workload.name() + ": " + (100 * done / Math.max(1, total)) + " % ("
            + done + "/" + total + " transactions)");
        err.flush();
      } : null;
      long start = System.nanoTime();
      GenerationResult r = WorkloadGenerator.generate(workload, o, out, progress);
      if (terminal) {
        err.println();
        err.flush();
      }
      Expected e = r.expected();
      PrintWriter pw = spec.commandLine().getOut();
      pw.println("wrote " + out + " in " + String.format("%.1f", (System.nanoTime() - start) / 1e9) + " s");
      pw.println("  schema.sql");
      if (r.dataDir() != null) {
        pw.println("  data/            " + workload.tables().size() + " tables at scale " + e.scale() + " "
            + workload.scaleUnit() + ", load.sql");
      }
      pw.println("  " + pad(r.log().getFileName().toString()) + e.transactions() + " transactions ("
          + e.committedTransactions() + " committed), " + e.statements() + " statements, " + o.sessions()
          + " sessions, " + o.format().label() + (o.format() == LogFormat.SQL ? "" : ", " + o.protocol().label()
          + " protocol"));
      pw.println("  expected.json    " + e.spanFractionName() + " " + String.format("%.4f", e.spanFraction()));
      pw.flush();
      return Shardplan.OK;
    }

    private static String pad(String s) {
      StringBuilder sb = new StringBuilder(s);
      while (sb.length() < 17) {
        sb.append(' ');
      }
      return sb.toString();
    }
  }

  /** Names for help and completion. */
  static final class WorkloadNames implements Iterable<String> {
    @Override
    public java.util.Iterator<String> iterator() {
      return Workloads.all().stream().map(Workload::name).iterator();
    }
  }

  static final class WorkloadConverter implements CommandLine.ITypeConverter<Workload> {
    @Override
    public Workload convert(String value) {
      try {
        return Workloads.byName(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class FormatConverter implements CommandLine.ITypeConverter<LogFormat> {
    @Override
    public LogFormat convert(String value) {
      try {
        return LogFormat.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }

  static final class ProtocolConverter implements CommandLine.ITypeConverter<Protocol> {
    @Override
    public Protocol convert(String value) {
      try {
        return Protocol.parse(value);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.TypeConversionException(e.getMessage());
      }
    }
  }
}
