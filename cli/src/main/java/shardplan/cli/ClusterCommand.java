package shardplan.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.cluster.PostgresInstance;

/** Starts and stops a local cluster: a coordinator and workers on loopback ports. */
@Command(name = "cluster", mixinStandardHelpOptions = true,
    description = "Start or stop a local cluster of PostgreSQL servers on loopback ports.",
    subcommands = {ClusterCommand.Up.class, ClusterCommand.Down.class})
final class ClusterCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    spec.commandLine().usage(spec.commandLine().getOut());
    return Shardplan.USAGE;
  }

  @Command(name = "up", mixinStandardHelpOptions = true,
      description = {
        "Start a coordinator and N-1 workers (initdb, pg_ctl; as user postgres when run as root), with Citus"
            + " when --citus is given, and print the JDBC URL and worker list for apply.",
        "The servers keep running until 'shardplan cluster down --dir DIR'."
      },
      footerHeading = "%nExample:%n",
      footer = "  shardplan cluster up --nodes 3 --dir /tmp/sp-cluster --base-port 55432")
  static final class Up implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--nodes", defaultValue = "3", paramLabel = "N",
        description = "Coordinator plus workers (default: ${DEFAULT-VALUE}).")
    int nodes;

    @Option(names = "--citus", description = "Create the Citus extension and register the workers"
        + " (fails if Citus is not installed for this PostgreSQL).")
    boolean citus;

    @Option(names = "--dir", defaultValue = "shardplan-cluster", paramLabel = "DIR",
        description = "Folder for the data folders and the state file (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Option(names = "--base-port", defaultValue = "0", paramLabel = "P",
        description = "Coordinator port; worker i gets P+i (default: free ports).")
    int basePort;

    @Override
    public Integer call() {
      if (citus && !PostgresBinaries.require().hasCitus()) {
        throw new IllegalArgumentException("--citus: the Citus extension is not installed for the PostgreSQL server in "
            + PostgresBinaries.require().bindir() + " (no citus.so in " + PostgresBinaries.require().pkglibdir() + ")");
      }
      LocalCluster cluster = LocalCluster.up(new ClusterSpec(nodes, dir.toAbsolutePath(), basePort, citus, Map.of()));
      PrintWriter out = spec.commandLine().getOut();
      PostgresInstance c = cluster.coordinator();
      String url = c.jdbcUrl(LocalCluster.DATABASE) + "?user=" + c.user();
      String workers = cluster.workers().stream().map(PostgresInstance::address).collect(Collectors.joining(","));
      out.println("cluster up: " + nodes + " node(s)" + (citus ? " with Citus" : "") + " in " + cluster.dir());
      out.println("coordinator: " + url);
      out.println("workers:     " + (workers.isEmpty() ? "(none)" : workers));
      out.println();
      if (citus) {
        out.println("  shardplan apply --target citus --jdbc-url '" + url + "' --schema SCHEMA --placement PLACEMENT");
      } else if (!workers.isEmpty()) {
        out.println("  shardplan apply --target postgres-fdw --jdbc-url '" + url + "' --workers " + workers
            + " --schema SCHEMA --placement PLACEMENT");
      }
      out.println("  shardplan cluster down --dir " + cluster.dir());
      out.flush();
      return Shardplan.OK;
    }
  }

  @Command(name = "down", mixinStandardHelpOptions = true, description = "Stop the cluster started in DIR.")
  static final class Down implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Option(names = "--dir", defaultValue = "shardplan-cluster", paramLabel = "DIR",
        description = "Folder given to 'cluster up' (default: ${DEFAULT-VALUE}).")
    Path dir;

    @Override
    public Integer call() {
      int n = LocalCluster.down(dir.toAbsolutePath());
      spec.commandLine().getOut().println("cluster down: stopped " + n + " node(s) in " + dir.toAbsolutePath());
      spec.commandLine().getOut().flush();
      return Shardplan.OK;
    }
  }
}
