package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the emit stage lands. */
@Command(name = "emit", mixinStandardHelpOptions = true, description = "Not available yet.")
final class EmitCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("emit is not available yet");
  }
}
