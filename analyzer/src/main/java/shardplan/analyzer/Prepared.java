package shardplan.analyzer;

import shardplan.analyzer.normalize.SlotValues;
import shardplan.analyzer.parse.CommandWord;
import shardplan.analyzer.spill.RecordedRowKeys;
import shardplan.analyzer.stats.TemplateEntry;

/** What a {@link StatementPreparer} made of one statement, waiting to be applied in log order. */
sealed interface Prepared {
  /** Transaction control: {@code BEGIN}, {@code COMMIT}, savepoints. */
  record Control(CommandWord word, String savepoint) implements Prepared {
  }

  /** A statement that is not workload (catalog, DDL, unparseable), counted by reason. */
  record Unusable(String reason, String text) implements Prepared {
  }

  /**
   * A data statement: its template, the values of its slots, and its row keys bound from them
   * ahead of time (null when row keys are not kept).
   */
  record Data(TemplateEntry template, SlotValues values, RecordedRowKeys rowKeys, boolean partlyUnknown)
      implements Prepared {
  }
}
