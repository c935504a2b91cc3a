package shardplan.analyzer.txn;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.parse.CommandWord;

/**
 * Groups a log's statements into transactions, per session, the way the server ran them.
 *
 * <ul>
 *   <li>{@code BEGIN}/{@code START TRANSACTION} opens a block, {@code COMMIT}/{@code END} closes
 *       it as committed, {@code ROLLBACK}/{@code ABORT} as rolled back. {@code COMMIT} of a block
 *       an error aborted is a rollback, as in PostgreSQL.</li>
 *   <li>An error inside a block aborts it. {@code ROLLBACK TO SAVEPOINT} undoes the statements
 *       since the savepoint (they count as aborted) and clears the error.</li>
 *   <li>A statement outside a block is a one-statement (autocommit) transaction; an error right
 *       after it in the same session marks it failed. It is held until the session's next event
 *       so that error can be seen.</li>
 *   <li>Blocks still open at the end of the input are counted as
 *       {@code unterminated_transaction} and their statements as aborted.</li>
 * </ul>
 *
 * A session's state is dropped as soon as it has nothing open, so memory grows with concurrent
 * sessions, not with the log. Not thread-safe.
 *
 * @param <S> what a data statement is to the caller
 */
public final class TransactionGrouper<S> {
  /** Receives every finished transaction. */
  @FunctionalInterface
  public interface Listener<S> {
    /**
     * @param session the session it ran in
     * @param committed whether it committed
     * @param kept statements that took effect if committed (all aborted if not committed)
     * @param rolledBack statements undone by ROLLBACK TO SAVEPOINT (aborted work either way)
     */
    void transaction(String session, boolean committed, List<S> kept, List<S> rolledBack);
  }

  private static final class Session {
    boolean inBlock;
    boolean aborted;
    final List<Object> statements = new ArrayList<>();
    final List<Object> rolledBack = new ArrayList<>();
    final List<String> savepoints = new ArrayList<>();
    final List<Integer> marks = new ArrayList<>();
    Object pending;
  }

  private final Map<String, Session> sessions = new HashMap<>();
  private final Listener<S> listener;
  private final SkipCounter skips;

  public TransactionGrouper(Listener<S> listener, SkipCounter skips) {
    this.listener = Objects.requireNonNull(listener, "listener");
    this.skips = Objects.requireNonNull(skips, "skips");
  }

  /** A transaction-control statement ({@code word} other than DATA, UTILITY or DDL). */
  public void control(String session, CommandWord word, String savepoint) {
    Session s = sessions.get(session);
    if (s == null) {
      if (word != CommandWord.BEGIN) {
        return;
      }
      s = new Session();
      sessions.put(session, s);
    }
    flushPending(session, s);
    switch (word) {
      case BEGIN:
        if (!s.inBlock) {
          s.inBlock = true;
          s.aborted = false;
        }
        break;
      case COMMIT:
        if (s.inBlock) {
          end(session, s, !s.aborted);
        }
        break;
      case ROLLBACK:
        if (s.inBlock) {
          end(session, s, false);
        }
        break;
      case SAVEPOINT:
        if (s.inBlock && !s.aborted) {
          s.savepoints.add(savepoint);
          s.marks.add(s.statements.size());
        }
        break;
      case RELEASE: {
        int k = s.savepoints.lastIndexOf(savepoint);
        if (s.inBlock && k >= 0) {
          truncate(s, k);
        }
        break;
      }
      case ROLLBACK_TO: {
        int k = s.savepoints.lastIndexOf(savepoint);
        if (s.inBlock && k >= 0) {
          int mark = s.marks.get(k);
          List<Object> undone = s.statements.subList(mark, s.statements.size());
          s.rolledBack.addAll(undone);
          undone.clear();
          truncate(s, k + 1);
          s.aborted = false;
        }
        break;
      }
      default:
        break;
    }
    dropIfIdle(session, s);
  }

  /** A data statement. */
  public void statement(String session, S statement) {
    Objects.requireNonNull(statement, "statement");
    Session s = sessions.computeIfAbsent(session, k -> new Session());
    flushPending(session, s);
    if (s.inBlock) {
      s.statements.add(statement);
    } else {
      s.pending = statement;
    }
  }

  /** A statement that is not workload (utility, catalog query, unparseable): ends a pending autocommit. */
  public void other(String session) {
    Session s = sessions.get(session);
    if (s != null) {
      flushPending(session, s);
      dropIfIdle(session, s);
    }
  }

  /** An ERROR reported for the session's current statement. */
  @SuppressWarnings("unchecked")
  public void error(String session) {
    Session s = sessions.get(session);
    if (s == null) {
      return;
    }
    if (s.inBlock) {
      s.aborted = true;
    } else if (s.pending != null) {
      S p = (S) s.pending;
      s.pending = null;
      listener.transaction(session, false, List.of(p), List.of());
    }
    dropIfIdle(session, s);
  }

  /** Ends the input: pending autocommits commit, open blocks are unterminated and aborted. */
  public void finish() {
    List<String> names = new ArrayList<>(sessions.keySet());
    java.util.Collections.sort(names);
    for (String name : names) {
      Session s = sessions.get(name);
      flushPending(name, s);
      if (s.inBlock) {
        skips.skip("unterminated_transaction", "session " + name);
        end(name, s, false);
      }
    }
    sessions.clear();
  }

  /** Sessions with state held (open block or pending autocommit statement). */
  public int openSessions() {
    return sessions.size();
  }

  @SuppressWarnings("unchecked")
  private void flushPending(String session, Session s) {
    if (s.pending != null) {
      S p = (S) s.pending;
      s.pending = null;
      listener.transaction(session, true, List.of(p), List.of());
    }
  }

  @SuppressWarnings("unchecked")
  private void end(String session, Session s, boolean committed) {
    if (!s.statements.isEmpty() || !s.rolledBack.isEmpty()) {
      listener.transaction(session, committed, (List<S>) new ArrayList<>(s.statements),
          (List<S>) new ArrayList<>(s.rolledBack));
    }
    s.inBlock = false;
    s.aborted = false;
    s.statements.clear();
    s.rolledBack.clear();
    s.savepoints.clear();
    s.marks.clear();
  }

  private static void truncate(Session s, int keep) {
    while (s.savepoints.size() > keep) {
      s.savepoints.remove(s.savepoints.size() - 1);
      s.marks.remove(s.marks.size() - 1);
    }
  }

  private void dropIfIdle(String session, Session s) {
    if (!s.inBlock && s.pending == null) {
      sessions.remove(session);
    }
  }
}
