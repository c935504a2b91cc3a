package shardplan.analyzer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import shardplan.analyzer.diag.SkipCounter;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.ParameterizedShapes;
import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.Binder;
import shardplan.analyzer.parse.CommandWord;
import shardplan.analyzer.parse.StatementParser;
import shardplan.analyzer.spill.SpillingTransactionStream;
import shardplan.analyzer.stats.TemplateEntry;
import shardplan.analyzer.stats.WorkloadStatistics;
import shardplan.analyzer.txn.TransactionGrouper;

/**
 * The analysis of one event stream: normalise, look the template up (parse it the first time),
 * bind the values, group into transactions, count, and spill the row keys. Single-threaded.
 */
final class EventAnalysis implements Consumer<LogEvent> {
  /** One data statement, waiting for its transaction to end; bound only if the sample keeps it. */
  private record Executed(TemplateEntry template, SlotValues values) {
  }

  /** Extended-protocol statement texts whose normalisation is remembered. */
  private static final int SHAPE_CAPACITY = 20_000;

  private final Schema schema;
  private final SkipCounter skips = new SkipCounter();
  private final Normalizer normalizer = new Normalizer();
  private final ParameterizedShapes shapes = new ParameterizedShapes(normalizer, SHAPE_CAPACITY);
  private final Binder binder = new Binder();
  private final StatementParser parser;
  private final Map<String, TemplateEntry> templates = new HashMap<>();
  private final TransactionGrouper<Executed> grouper;
  private final SpillingTransactionStream spill;
  private long statements;
  private long transactions;
  private long abortedTransactions;

  EventAnalysis(Schema schema, SpillingTransactionStream spill) {
    this.schema = schema;
    this.parser = new StatementParser(schema);
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

  private void statement(LogEvent.Statement st) {
    String sql = st.sql();
    CommandWord word = CommandWord.of(sql);
    switch (word) {
      case BEGIN:
      case COMMIT:
      case ROLLBACK:
        grouper.control(st.session(), word, null);
        return;
      case SAVEPOINT:
      case RELEASE:
      case ROLLBACK_TO:
        grouper.control(st.session(), word, CommandWord.savepointName(sql));
        return;
      default:
        break;
    }
    String text;
    SlotValues values;
    if (st.parameters().isEmpty()) {
      NormalizedStatement ns = normalizer.normalize(sql, null);
      text = ns.text();
      values = ns;
    } else {
      ParameterizedShapes.Shape shape = shapes.shape(sql, st.parameters().size());
      text = shape.text();
      values = shape.bind(st.parameters());
    }
    TemplateEntry entry = template(text);
    if (!entry.parsed().usable()) {
      skips.skip(entry.parsed().skipReason(), text);
      grouper.other(st.session());
      return;
    }
    if (!entry.parsed().unknownTables().isEmpty()) {
      skips.skip("partly_unknown_table", text);
    }
    grouper.statement(st.session(), new Executed(entry, values));
  }

  /** The entry of a template, parsing it the first time it is seen. */
  TemplateEntry template(String text) {
    TemplateEntry e = templates.get(text);
    if (e == null) {
      e = new TemplateEntry(text, parser.parse(text));
      templates.put(text, e);
    }
    return e;
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
      int ordinal = 0;
      for (Executed x : kept) {
        spill.statement(ordinal++);
        binder.write(x.template().parsed().accesses(), x.values(), x.template().id(), spill);
      }
      spill.end();
    }
  }

  /** Counts statements that a pg_stat_statements export says ran {@code calls} times. */
  void calls(String query, long calls) {
    NormalizedStatement ns = normalizer.normalize(query, null);
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
