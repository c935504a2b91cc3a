package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the workload stage lands. */
@Command(name = "workload", mixinStandardHelpOptions = true, description = "Not available yet.")
final class WorkloadCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("workload is not available yet");
  }
}
