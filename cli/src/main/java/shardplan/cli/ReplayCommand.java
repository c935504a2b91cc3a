package shardplan.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import shardplan.analyzer.log.LogFormat;
import shardplan.analyzer.log.LogOptions;
import shardplan.replay.json.ReplayJson;
import shardplan.replay.json.ReplayText;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.run.LogReplayer;
import shardplan.replay.run.ServerConnections;

/** Replays the statements of PostgreSQL logs on a real server and measures them. */
@Command(name = "replay", mixinStandardHelpOptions = true,
    description = {
      "Run the statements of PostgreSQL logs (csvlog, jsonlog, stderr, .sql; as 'analyze' reads them) on a"
          + " server, and measure what happened.",
      "Each logged session runs on its own connection; its statements run as prepared statements with their"
          + " logged parameters, in its logged transactions (BEGIN, COMMIT, ROLLBACK, savepoints as logged);"
          + " sessions are spread over --clients threads, keeping the order within each session. Statements run"
          + " as fast as the server answers (the log's timing is not reproduced). DDL and utility statements"
          + " other than SET/RESET/SHOW are not run (counted under 'not replayed').",
      "A refused statement is counted by SQLSTATE and aborts its transaction as it did in the application (its"
          + " other statements are not sent; it ends with ROLLBACK). A statement that finds no row is not an error:"
          + " a log replays on empty tables, and its routing is the same.",
      "Output: transactions and statements run, errors by SQLSTATE, throughput, latency p50/p95/p99/max overall"
          + " and per template (templates only, never a logged value). On a Citus coordinator it also reports"
          + " what Citus counted: citus.enable_stat_counters is turned on for the replay's sessions, and"
          + " citus_stat_counters of the database is read before and after (JSON: \"citus\":"
          + " {\"singleShardStatements\", \"multiShardStatements\"}). With --nodes-reached it also measures the"
          + " workers each transaction reached, from the coordinator's own notices (citus.log_remote_commands"
          + " names the worker of every command it sends): a transaction is distributed when it reached more than"
          + " one worker, as 'advise' and 'evaluate' predict it (JSON: \"citus\": {\"transactionsMeasured\","
          + " \"distributedTransactions\", \"distributedTransactionFraction\"}).",
      "Credentials come from the URL, the PG environment (PGUSER, PGPASSWORD, PGHOST, ...) or ~/.pgpass, and are"
          + " never printed. Exit code 1 only when nothing could run (no connection, or every statement refused)."
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan replay --jdbc-url jdbc:postgresql://127.0.0.1:5432/shop postgresql.csv",
      "  shardplan replay --jdbc-url jdbc:postgresql://coord:5432/shop --clients 8 --max-transactions 10000 \\",
      "      --format json log/postgresql-*.csv > replay.json"
    })
final class ReplayCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Option(names = "--jdbc-url", required = true, paramLabel = "URL",
      description = "The server (Citus coordinator, postgres_fdw coordinator, or one PostgreSQL),"
          + " jdbc:postgresql://host:port/database.")
  String jdbcUrl;

  @Parameters(paramLabel = "LOG", arity = "1..*", description = "Log files, read in the order given (oldest first).")
  List<Path> logs = new ArrayList<>();

  @Option(names = "--clients", defaultValue = "4", paramLabel = "C",
      description = "Client threads; each logged session stays on one (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--max-transactions", paramLabel = "N",
      description = "Replay at most the first N transactions of the log (default: all).")
  Long maxTransactions;

  @Option(names = "--format", defaultValue = "text", paramLabel = "FORMAT",
      description = "text or json (default: ${DEFAULT-VALUE}).")
  String format;

  @Option(names = "--input-format", defaultValue = "auto", paramLabel = "FORMAT",
      description = "auto, csvlog, jsonlog, stderr or sql (default: ${DEFAULT-VALUE}: detected per file).")
  String inputFormat;

  @Option(names = "--log-line-prefix", paramLabel = "PREFIX",
      description = "The server's log_line_prefix, for stderr logs with an uncommon one.")
  String logLinePrefix;

  @Option(names = "--nodes-reached",
      description = "On a Citus coordinator, measure the workers each transaction reached (one notice per command"
          + " sent to a worker: throughput reads a little lower).")
  boolean nodesReached;

  @Option(names = "--encoding", defaultValue = "UTF-8", paramLabel = "CHARSET",
      description = "Character set of the logs (default: ${DEFAULT-VALUE}).")
  String encoding;

  @Override
  public Integer call() throws IOException {
    String fmt = format.toLowerCase(Locale.ROOT);
    if (!fmt.equals("text") && !fmt.equals("json")) {
      throw new IllegalArgumentException("--format must be text or json, was " + format);
    }
    LogOptions logOptions = LogOptions.DEFAULT.withLogLinePrefix(logLinePrefix).withCharset(charset());
    LogFormat f = logFormat();
    if (f != null) {
      logOptions = logOptions.withFormat(f);
    }
    LogReplayer.Options options = new LogReplayer.Options(clients,
        maxTransactions == null ? Long.MAX_VALUE : maxTransactions, logOptions, nodesReached);
    ReplayReport report = LogReplayer.replay(logs, new ServerConnections(jdbcUrl, "shardplan replay"), options);
    PrintWriter out = spec.commandLine().getOut();
    if (fmt.equals("json")) {
      out.print(ReplayJson.write(report));
      out.flush();
    } else {
      ReplayText.write(report, out);
    }
    if (!report.anythingRan()) {
      PrintWriter err = spec.commandLine().getErr();
      err.println("error: replay: nothing could run on " + report.target()
          + (report.statements() == 0 ? " (the logs hold no statement to replay)"
              : " (every statement was refused: " + report.errors() + ")"));
      err.flush();
      return Shardplan.BAD_INPUT;
    }
    return Shardplan.OK;
  }

  private LogFormat logFormat() {
    return switch (inputFormat.toLowerCase(Locale.ROOT)) {
      case "auto" -> null;
      case "csvlog", "csv" -> LogFormat.CSVLOG;
      case "jsonlog", "json" -> LogFormat.JSONLOG;
      case "stderr" -> LogFormat.STDERR;
      case "sql" -> LogFormat.SQL;
      default -> throw new IllegalArgumentException("--input-format must be auto, csvlog, jsonlog, stderr or sql, was "
          + inputFormat);
    };
  }

  private Charset charset() {
    try {
      return Charset.forName(encoding);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--encoding " + encoding + ": unknown character set");
    }
  }
}
