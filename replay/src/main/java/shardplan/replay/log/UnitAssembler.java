package shardplan.replay.log;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Consumer;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.ParameterizedShapes;
import shardplan.analyzer.parse.CommandWord;

/**
 * Turns the analyzer's log events (statements with their bound parameters, and the errors the
 * server logged) into {@link ReplayUnit}s, per session, in log order: a unit is handed on when
 * its transaction ends, so that a client runs it whole and never holds two open transactions.
 *
 * <p>What is replayed: data statements, session settings ({@code SET}, {@code RESET},
 * {@code SHOW}) and transaction control, as logged. DDL and other utility statements
 * ({@code VACUUM}, {@code COPY}, ...) are skipped and counted. A block the log shows aborted by
 * an error is replayed up to that statement; the statements the server then refused in the
 * application's run are skipped (counted as {@code after_logged_error}), its COMMIT is sent as
 * ROLLBACK, as PostgreSQL turned it into one. Not thread-safe.
 */
public final class UnitAssembler implements Consumer<LogEvent> {
  /** Thrown from {@link #accept} once {@code maxUnits} units were handed on, to stop reading. */
  public static final class Enough extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Enough() {
      super("enough transactions read", null, false, false);
    }
  }

  private static final int SHAPE_CAPACITY = 20_000;

  private static final class Open {
    final List<Step> steps = new ArrayList<>();
    boolean loggedAbort;
  }

  private final Consumer<ReplayUnit> out;
  private final SkipCounter skips;
  private final long maxUnits;
  private final Normalizer normalizer = new Normalizer();
  private final ParameterizedShapes shapes = new ParameterizedShapes(normalizer, SHAPE_CAPACITY);
  private final Map<String, String> templates = new HashMap<>();
  private final Map<String, Open> open = new HashMap<>();
  private long units;

  /**
   * @param out receives every unit when it ends
   * @param skips counts what is not replayed, by reason
   * @param maxUnits stop after this many units (Long.MAX_VALUE for all)
   */
  public UnitAssembler(Consumer<ReplayUnit> out, SkipCounter skips, long maxUnits) {
    this.out = Objects.requireNonNull(out, "out");
    this.skips = Objects.requireNonNull(skips, "skips");
    this.maxUnits = maxUnits;
  }

  @Override
  public void accept(LogEvent event) {
    if (event instanceof LogEvent.Error err) {
      Open o = open.get(err.session());
      if (o != null) {
        o.loggedAbort = true;
      }
      return;
    }
    LogEvent.Statement st = (LogEvent.Statement) event;
    String session = st.session();
    String sql = st.sql();
    CommandWord word = CommandWord.of(sql);
    Open o = open.get(session);
    switch (word) {
      case BEGIN -> {
        if (o != null) {
          skips.skip("begin_inside_transaction", "session " + session);
          return;
        }
        o = new Open();
        o.steps.add(control(Step.Kind.BEGIN, sql));
        open.put(session, o);
      }
      case COMMIT, ROLLBACK -> {
        if (o == null) {
          skips.skip("end_outside_transaction", "session " + session);
          return;
        }
        boolean rollback = word == CommandWord.ROLLBACK || o.loggedAbort;
        o.steps.add(rollback && word == CommandWord.COMMIT ? control(Step.Kind.ROLLBACK, "ROLLBACK")
            : control(rollback ? Step.Kind.ROLLBACK : Step.Kind.COMMIT, sql));
        open.remove(session);
        emit(new ReplayUnit(session, o.steps, false));
      }
      case SAVEPOINT, RELEASE -> {
        if (o == null || o.loggedAbort) {
          skips.skip(o == null ? "savepoint_outside_transaction" : "after_logged_error", "session " + session);
          return;
        }
        o.steps.add(control(Step.Kind.SAVEPOINT, sql));
      }
      case ROLLBACK_TO -> {
        if (o == null) {
          skips.skip("savepoint_outside_transaction", "session " + session);
          return;
        }
        o.steps.add(control(Step.Kind.ROLLBACK_TO, sql));
        o.loggedAbort = false;
      }
      case DDL -> skips.skip("ddl", template(st));
      case UTILITY -> {
        if (isSetting(sql)) {
          step(session, o, new Step(Step.Kind.SETTING, sql, st.parameters(), template(st)));
        } else {
          skips.skip("utility", template(st));
        }
      }
      default -> statement(session, o, st);
    }
  }

  private void statement(String session, Open o, LogEvent.Statement st) {
    step(session, o, new Step(Step.Kind.STATEMENT, st.sql(), st.parameters(), template(st)));
  }

  private void step(String session, Open o, Step step) {
    if (o == null) {
      emit(new ReplayUnit(session, List.of(step), false));
    } else if (o.loggedAbort) {
      skips.skip("after_logged_error", step.template());
    } else {
      o.steps.add(step);
    }
  }

  /** Hands on the blocks still open at the end of the log, which the replay rolls back. */
  public void finish() {
    Map<String, Open> left = new TreeMap<>(open);
    open.clear();
    for (Map.Entry<String, Open> e : left.entrySet()) {
      skips.skip("unterminated_transaction", "session " + e.getKey());
      if (units < maxUnits) {
        units++;
        out.accept(new ReplayUnit(e.getKey(), e.getValue().steps, true));
      }
    }
  }

  /** Units handed on so far. */
  public long units() {
    return units;
  }

  private void emit(ReplayUnit u) {
    if (units >= maxUnits) {
      throw new Enough();
    }
    units++;
    out.accept(u);
    if (units >= maxUnits) {
      open.clear();
      throw new Enough();
    }
  }

  private Step control(Step.Kind kind, String sql) {
    return new Step(kind, sql, List.of(), intern(normalizer.normalize(sql, null).text()));
  }

  private String template(LogEvent.Statement st) {
    String text = st.parameters().isEmpty() ? normalizer.normalize(st.sql(), null).text()
        : shapes.shape(st.sql(), st.parameters().size()).text();
    return intern(text);
  }

  private String intern(String t) {
    String s = templates.putIfAbsent(t, t);
    return s == null ? t : s;
  }

  private static boolean isSetting(String sql) {
    String s = sql.stripLeading().toLowerCase(Locale.ROOT);
    return s.startsWith("set ") || s.startsWith("reset ") || s.startsWith("show ") || s.startsWith("set\t")
        || s.startsWith("set\n");
  }
}
