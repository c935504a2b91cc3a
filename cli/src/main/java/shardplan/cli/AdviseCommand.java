package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the advise stage lands. */
@Command(name = "advise", mixinStandardHelpOptions = true, description = "Not available yet.")
final class AdviseCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("advise is not available yet");
  }
}
