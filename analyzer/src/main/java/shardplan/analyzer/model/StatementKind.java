package shardplan.analyzer.model;

/** What a statement does. */
public enum StatementKind {
  SELECT,
  SELECT_FOR_UPDATE,
  INSERT,
  UPSERT,
  UPDATE,
  DELETE,
  DDL,
  /** BEGIN, COMMIT, SET, SHOW, ... */
  UTILITY;

  public boolean writes() {
    return this == INSERT || this == UPSERT || this == UPDATE || this == DELETE;
  }
}
