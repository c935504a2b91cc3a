package shardplan.analyzer.parse;

import shardplan.analyzer.model.AccessKind;

/**
 * Receives the row keys of table accesses as the {@link Binder} finds them, without building
 * objects for each: {@code access}, then per binding {@code binding} followed by its values.
 * A writer of whole transactions calls {@link #statement} before each statement's accesses.
 */
public interface RowKeySink {
  /**
   * The accesses that follow belong to statement number {@code ordinal} (from 0) of the current
   * transaction. Sinks that do not keep statement boundaries ignore it.
   */
  default void statement(int ordinal) {
  }

  void access(String table, AccessKind kind, String templateId, int bindings);

  void binding(String column, int values);

  void value(String value);
}
