package shardplan.analyzer;

import java.util.Map;
import shardplan.analyzer.log.LogEvent;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.ParameterizedShapes;
import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.CommandWord;
import shardplan.analyzer.parse.StatementParser;
import shardplan.analyzer.spill.RecordedRowKeys;
import shardplan.analyzer.stats.TemplateEntry;

/**
 * The part of a statement's analysis that does not depend on the statements before it: its
 * command word, its template and slot values, and the template's parse. Several preparers may
 * share one template map (a concurrent map: each template is parsed once, by the first thread
 * that meets it); each preparer itself is confined to one thread. Row keys are bound here too
 * (they depend on the statement alone), so that the thread applying statements in log order only
 * copies their bytes.
 */
final class StatementPreparer {
  /** Extended-protocol statement texts whose normalisation is remembered. */
  private static final int SHAPE_CAPACITY = 20_000;

  private final Map<String, TemplateEntry> templates;
  private final Normalizer normalizer = new Normalizer();
  private final ParameterizedShapes shapes = new ParameterizedShapes(normalizer, SHAPE_CAPACITY);
  private final StatementParser parser;

  /** Binds and records row keys ahead of time; null when they are not kept. */
  private final RecordedRowKeys.Recorder rowKeys;

  StatementPreparer(Schema schema, Map<String, TemplateEntry> templates, boolean bindRowKeys) {
    this.parser = new StatementParser(schema);
    this.templates = templates;
    this.rowKeys = bindRowKeys ? new RecordedRowKeys.Recorder() : null;
  }

  Prepared prepare(LogEvent.Statement st) {
    String sql = st.sql();
    CommandWord word = CommandWord.of(sql);
    switch (word) {
      case BEGIN:
      case COMMIT:
      case ROLLBACK:
        return new Prepared.Control(word, null);
      case SAVEPOINT:
      case RELEASE:
      case ROLLBACK_TO:
        return new Prepared.Control(word, CommandWord.savepointName(sql));
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
      return new Prepared.Unusable(entry.parsed().skipReason(), text);
    }
    RecordedRowKeys keys = rowKeys == null ? null : rowKeys.record(entry.parsed().accesses(), values, entry.id());
    return new Prepared.Data(entry, values, keys, !entry.parsed().unknownTables().isEmpty());
  }

  /** The entry of a template, parsing it the first time any preparer sees it. */
  TemplateEntry template(String text) {
    TemplateEntry e = templates.get(text);
    return e != null ? e : templates.computeIfAbsent(text, t -> new TemplateEntry(t, parser.parse(t)));
  }

  NormalizedStatement normalize(String sql) {
    return normalizer.normalize(sql, null);
  }
}
