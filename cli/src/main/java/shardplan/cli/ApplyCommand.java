package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the apply stage lands. */
@Command(name = "apply", mixinStandardHelpOptions = true, description = "Not available yet.")
final class ApplyCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("apply is not available yet");
  }
}
