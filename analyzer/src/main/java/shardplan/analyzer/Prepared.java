package shardplan.analyzer;

import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.CommandWord;
import shardplan.analyzer.stats.TemplateEntry;

/** What a {@link StatementPreparer} made of one statement, waiting to be applied in log order. */
sealed interface Prepared {
  /** Transaction control: {@code BEGIN}, {@code COMMIT}, savepoints. */
  record Control(CommandWord word, String savepoint) implements Prepared {
  }

  /** A statement that is not workload (catalog, DDL, unparseable), counted by reason. */
  record Unusable(String reason, String text) implements Prepared {
  }

  /** A data statement: its template and the values of its slots. */
  record Data(TemplateEntry template, SlotValues values, boolean partlyUnknown) implements Prepared {
  }
}
