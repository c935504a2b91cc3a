package shardplan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The {@code shardplan} command: one subcommand per stage, and {@code advise} for the whole
 * pipeline.
 */
@Command(
    name = "shardplan",
    mixinStandardHelpOptions = true,
    usageHelpAutoWidth = true,
    versionProvider = Shardplan.Version.class,
    description = {
      "Data distribution advisor for parallel databases.",
      "Reads the SQL an application ran (PostgreSQL logs, SQL files, pg_stat_statements exports)"
          + " and the schema, and advises which tables to replicate and how to distribute the"
          + " rest, with the DDL that puts it on a Citus or postgres_fdw cluster."
    },
    subcommands = {
      DemoCommand.class,
      WorkloadCommand.class,
      AnalyzeCommand.class,
      AdviseCommand.class,
      EvaluateCommand.class,
      EmitCommand.class,
      ApplyCommand.class,
      CheckCommand.class,
      ClusterCommand.class,
      ReplayCommand.class,
      BenchCommand.class,
      CompletionCommand.class,
      PartitionCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:success",
      "1:bad input or a failed operation (one line on stderr says what and why)",
      "2:usage error (unknown option, missing argument)"
    },
    footerHeading = "%nExamples:%n",
    footer = {
      "  shardplan demo",
      "  shardplan workload generate tpcc --out w --scale 4",
      "  shardplan analyze --schema w/schema.sql w/postgresql.csv",
      "  shardplan advise --schema w/schema.sql w/postgresql.csv --nodes 4 --out advice",
      "  shardplan emit --schema w/schema.sql --placement advice/placement.json --target citus",
      "  shardplan partition graph.txt 8"
    })
public final class Shardplan implements Callable<Integer> {
  /** Exit code of a successful run. */
  public static final int OK = 0;
  /** Exit code for bad input or a failed operation. */
  public static final int BAD_INPUT = 1;
  /** Exit code for a usage error. */
  public static final int USAGE = 2;

  @Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
      description = "Print the stack trace of an error.")
  boolean debug;

  @Option(names = {"-q", "--quiet"}, scope = CommandLine.ScopeType.INHERIT,
      description = "No progress on stderr (progress is only drawn on a terminal, for stages over a second).")
  boolean quiet;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /** The configured command line; tests call {@code execute} on it and read its writers. */
  public static CommandLine commandLine() {
    CommandLine cl = new CommandLine(new Shardplan());
    cl.setExecutionExceptionHandler(Shardplan::handleError);
    cl.setParameterExceptionHandler(Shardplan::handleUsageError);
    cl.setUsageHelpAutoWidth(true);
    return cl;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return USAGE;
  }

  private static int handleError(Exception ex, CommandLine cl, CommandLine.ParseResult parseResult) {
    PrintWriter err = cl.getErr();
    err.println("error: " + ErrorMessages.describe(ex));
    if (debugRequested(parseResult)) {
      StringWriter sw = new StringWriter();
      ex.printStackTrace(new PrintWriter(sw));
      err.print(sw);
    }
    err.flush();
    return BAD_INPUT;
  }

  private static int handleUsageError(CommandLine.ParameterException ex, String[] args) {
    CommandLine cl = ex.getCommandLine();
    PrintWriter err = cl.getErr();
    err.println("error: " + ex.getMessage());
    err.println("Try '" + cl.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return USAGE;
  }

  private static boolean debugRequested(CommandLine.ParseResult parseResult) {
    for (CommandLine.ParseResult pr = parseResult; pr != null; pr = pr.subcommand()) {
      if (pr.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }

  /** Reads the version from the jar manifest, or says it is a development build. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Shardplan.class.getPackage().getImplementationVersion();
      return new String[] {"shardplan " + (v == null ? "0.1.0-SNAPSHOT" : v),
          "Java " + System.getProperty("java.version")};
    }
  }
}
