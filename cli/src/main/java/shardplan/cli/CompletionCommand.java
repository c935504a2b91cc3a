package shardplan.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.AutoComplete;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code shardplan completion}: prints picocli's generated completion script for bash and zsh. */
@Command(name = "completion", mixinStandardHelpOptions = true,
    description = {"Print a shell completion script for shardplan (bash; zsh through bashcompinit).",
        "Load it into the current shell with: source <(shardplan completion)"},
    footerHeading = "%nExample:%n",
    footer = "  shardplan completion > /etc/bash_completion.d/shardplan")
final class CompletionCommand implements Callable<Integer> {
  @Spec
  CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    out.print(AutoComplete.bash(spec.root().name(), spec.root().commandLine()));
    out.flush();
    return Shardplan.OK;
  }
}
