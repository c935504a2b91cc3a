package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the evaluate stage lands. */
@Command(name = "evaluate", mixinStandardHelpOptions = true, description = "Not available yet.")
final class EvaluateCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("evaluate is not available yet");
  }
}
