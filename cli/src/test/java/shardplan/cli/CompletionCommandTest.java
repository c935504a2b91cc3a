package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CompletionCommandTest {

  @Test
  void printsABashCompletionScriptForEveryCommand() {
    CliRun r = CliRun.of("completion");
    assertThat(r.exit()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).startsWith("#!/usr/bin/env bash").contains("complete -F _complete_shardplan")
        .contains("advise").contains("workload").contains("--nodes").contains("completion");
  }

  @Test
  void quietIsAcceptedOnEveryCommand() {
    CliRun r = CliRun.of("completion", "--quiet");
    assertThat(r.exit()).isZero();
    assertThat(CliRun.of("--quiet", "completion").exit()).isZero();
  }
}
