package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the cluster stage lands. */
@Command(name = "cluster", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ClusterCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("cluster is not available yet");
  }
}
