package shardplan.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** Placeholder until the analyze stage lands. */
@Command(name = "analyze", mixinStandardHelpOptions = true, description = "Not available yet.")
final class AnalyzeCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    throw new UnsupportedOperationException("analyze is not available yet");
  }
}
