package shardplan.analyzer.txn;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.parse.CommandWord;

class TransactionGrouperTest {
  record Done(String session, boolean committed, List<String> kept, List<String> rolledBack) {
  }

  private final List<Done> done = new ArrayList<>();
  private final SkipCounter skips = new SkipCounter();
  private final TransactionGrouper<String> g =
      new TransactionGrouper<>((s, c, k, r) -> done.add(new Done(s, c, k, r)), skips);

  @Test
  void blockCommitsItsStatements() {
    g.control("1", CommandWord.BEGIN, null);
    g.statement("1", "a");
    g.statement("2", "x");
    g.statement("1", "b");
    g.control("1", CommandWord.COMMIT, null);
    g.finish();
    assertThat(done).containsExactly(new Done("1", true, List.of("a", "b"), List.of()),
        new Done("2", true, List.of("x"), List.of()));
  }

  @Test
  void errorInBlockMakesCommitARollback() {
    g.control("1", CommandWord.BEGIN, null);
    g.statement("1", "a");
    g.error("1");
    g.control("1", CommandWord.COMMIT, null);
    assertThat(done).containsExactly(new Done("1", false, List.of("a"), List.of()));
  }

  @Test
  void errorRightAfterAnAutocommitStatementFailsIt() {
    g.statement("1", "a");
    g.error("1");
    g.statement("1", "b");
    g.other("1");
    g.error("1");
    g.finish();
    assertThat(done).containsExactly(new Done("1", false, List.of("a"), List.of()),
        new Done("1", true, List.of("b"), List.of()));
  }

  @Test
  void rollbackToSavepointUndoesLaterStatementsAndClearsTheError() {
    g.control("1", CommandWord.BEGIN, null);
    g.statement("1", "a");
    g.control("1", CommandWord.SAVEPOINT, "s1");
    g.statement("1", "b");
    g.error("1");
    g.control("1", CommandWord.ROLLBACK_TO, "s1");
    g.statement("1", "c");
    g.control("1", CommandWord.RELEASE, "s1");
    g.control("1", CommandWord.COMMIT, null);
    assertThat(done).containsExactly(new Done("1", true, List.of("a", "c"), List.of("b")));
  }

  @Test
  void explicitRollbackAbortsAndEmptyBlocksAreNotTransactions() {
    g.control("1", CommandWord.BEGIN, null);
    g.control("1", CommandWord.COMMIT, null);
    g.control("1", CommandWord.BEGIN, null);
    g.statement("1", "a");
    g.control("1", CommandWord.ROLLBACK, null);
    assertThat(done).containsExactly(new Done("1", false, List.of("a"), List.of()));
  }

  @Test
  void unterminatedBlocksAreCountedAndAborted() {
    g.control("7", CommandWord.BEGIN, null);
    g.statement("7", "a");
    g.finish();
    assertThat(done).containsExactly(new Done("7", false, List.of("a"), List.of()));
    assertThat(skips.count("unterminated_transaction")).isEqualTo(1);
    assertThat(g.openSessions()).isZero();
  }

  @Test
  void idleSessionsHoldNoState() {
    for (int i = 0; i < 100; i++) {
      g.control("s" + i, CommandWord.BEGIN, null);
      g.statement("s" + i, "a");
      g.control("s" + i, CommandWord.COMMIT, null);
    }
    assertThat(g.openSessions()).isZero();
    assertThat(done).hasSize(100);
  }
}
