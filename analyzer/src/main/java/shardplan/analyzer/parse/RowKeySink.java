package shardplan.analyzer.parse;

import shardplan.analyzer.model.AccessKind;

/**
 * Receives the row keys of table accesses as the {@link Binder} finds them, without building
 * objects for each: {@code access}, then per binding {@code binding} followed by its values.
 */
public interface RowKeySink {
  void access(String table, AccessKind kind, String templateId, int bindings);

  void binding(String column, int values);

  void value(String value);
}
