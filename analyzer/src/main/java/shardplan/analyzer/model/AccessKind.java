package shardplan.analyzer.model;

/** How a statement touched the rows of a table. */
public enum AccessKind {
  READ,
  /** SELECT ... FOR UPDATE / FOR SHARE: a read that locks. */
  LOCK,
  INSERT,
  UPDATE,
  DELETE;

  public boolean writes() {
    return this == INSERT || this == UPDATE || this == DELETE;
  }
}
