package shardplan.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.spill.RecordedRowKeys;
import shardplan.analyzer.spill.SpillingTransactionStream;
import shardplan.analyzer.stats.TemplateEntry;
import shardplan.analyzer.stats.WorkloadStatistics;
import shardplan.analyzer.txn.TransactionGrouper;

/**
 * The analysis of one event stream: normalise, look the template up (parse it the first time),
 * bind the values, group into transactions, count, and spill the row keys. Applied on one thread,
 * in log order; the preparation of statements ({@link StatementPreparer}) may run on others.
 */
final class EventAnalysis implements Consumer<LogEvent> {
  /** One data statement, waiting for its transaction to end; bound only if the sample keeps it. */
  private record Executed(TemplateEntry template, RecordedRowKeys rowKeys) {
  }

  private final Schema schema;
  private final SkipCounter skips = new SkipCounter();
  private final Map<String, TemplateEntry> templates = new ConcurrentHashMap<>();
  private final StatementPreparer preparer;
  private final TransactionGrouper<Executed> grouper;
  private final SpillingTransactionStream spill;
  private long statements;
  private long transactions;
  private long abortedTransactions;

  EventAnalysis(Schema schema, SpillingTransactionStream spill) {
    this.schema = schema;
    this.preparer = new StatementPreparer(schema, templates, spill != null);
    this.spill = spill;
    this.grouper = new TransactionGrouper<>(this::transaction, skips);
  }

  @Override
  public void accept(LogEvent event) {
    if (event instanceof LogEvent.Statement st) {
      statement(st);
    } else if (event instanceof LogEvent.Error err) {
      grouper.error(err.session());
    }
  }

  /**
   * A preparer of statements for another thread: it shares this analysis's templates (each is
   * parsed once, by whichever thread meets it first) and owns its normaliser and parser.
   */
  StatementPreparer newPreparer() {
    return new StatementPreparer(schema, templates, spill != null);
  }

  private void statement(LogEvent.Statement st) {
    apply(st.session(), preparer.prepare(st));
  }

  /**
   * Takes the next event of the log, in log order, with {@code prepared} = what a
   * {@link StatementPreparer} made of it (null for an error event).
   */
  void accept(LogEvent event, Prepared prepared) {
    if (event instanceof LogEvent.Statement st) {
      apply(st.session(), prepared);
    } else if (event instanceof LogEvent.Error err) {
      grouper.error(err.session());
    }
  }

  private void apply(String session, Prepared p) {
    if (p instanceof Prepared.Control c) {
      grouper.control(session, c.word(), c.savepoint());
    } else if (p instanceof Prepared.Unusable u) {
      skips.skip(u.reason(), u.text());
      grouper.other(session);
    } else if (p instanceof Prepared.Data d) {
      if (d.partlyUnknown()) {
        skips.skip("partly_unknown_table", d.template().text());
      }
      grouper.statement(session, new Executed(d.template(), d.rowKeys()));
    }
  }

  /** The entry of a template, parsing it the first time it is seen. */
  TemplateEntry template(String text) {
    return preparer.template(text);
  }

  private void transaction(String session, boolean committed, List<Executed> kept, List<Executed> rolledBack) {
    transactions++;
    if (!committed) {
      abortedTransactions++;
    }
    for (Executed x : kept) {
      x.template().count(committed, 1);
    }
    for (Executed x : rolledBack) {
      x.template().count(false, 1);
    }
    statements += kept.size() + rolledBack.size();
    if (spill != null && spill.begin(session, committed, kept.size() + rolledBack.size())) {
      // the statements a ROLLBACK TO SAVEPOINT undid ran too: they reached the server, took their
      // locks and rows together with the rest, and a replay runs them (after the kept ones here:
      // the order within a transaction does not change which rows and nodes it used)
      int ordinal = 0;
      for (Executed x : kept) {
        spill.statement(ordinal++);
        spill.replay(x.rowKeys());
      }
      for (Executed x : rolledBack) {
        spill.statement(ordinal++);
        spill.replay(x.rowKeys());
      }
      spill.end();
    }
  }

  /** Counts statements that a pg_stat_statements export says ran {@code calls} times. */
  void calls(String query, long calls) {
    NormalizedStatement ns = preparer.normalize(query);
    TemplateEntry entry = template(ns.text());
    if (!entry.parsed().usable()) {
      skips.skip(entry.parsed().skipReason(), ns.text());
      return;
    }
    if (!entry.parsed().unknownTables().isEmpty()) {
      skips.skip("partly_unknown_table", ns.text());
    }
    entry.count(true, calls);
    statements += calls;
    transactions += calls;
  }

  SkipCounter skips() {
    return skips;
  }

  /** Ends the input and builds the profile. */
  WorkloadProfile finish(boolean rowLevel, long linesRead, List<SkipReason> readerSkips) {
    grouper.finish();
    WorkloadStatistics stats = new WorkloadStatistics(schema, templates.values());
    List<SkipReason> skipped = merge(readerSkips, skips.reasons());
    return new WorkloadProfile(schema, statements, transactions, abortedTransactions, stats.tables(),
        stats.templates(), stats.joins(), stats.predicates(),
        spill == null ? shardplan.analyzer.model.TransactionStream.EMPTY : spill.finish(),
        rowLevel, linesRead, skipped);
  }

  static List<SkipReason> merge(List<SkipReason> a, List<SkipReason> b) {
    Map<String, long[]> counts = new java.util.LinkedHashMap<>();
    Map<String, List<String>> examples = new HashMap<>();
    for (List<SkipReason> list : List.of(a, b)) {
      for (SkipReason r : list) {
        counts.computeIfAbsent(r.reason(), k -> new long[1])[0] += r.count();
        List<String> ex = examples.computeIfAbsent(r.reason(), k -> new ArrayList<>());
        for (String e : r.examples()) {
          if (ex.size() < SkipCounter.EXAMPLES && !ex.contains(e)) {
            ex.add(e);
          }
        }
      }
    }
    List<SkipReason> out = new ArrayList<>();
    counts.forEach((r, c) -> out.add(new SkipReason(r, c[0], examples.get(r))));
    out.sort((x, y) -> x.count() != y.count() ? Long.compare(y.count(), x.count()) : x.reason().compareTo(y.reason()));
    return out;
  }
}
