package shardplan.emitter.model;

/** Whether the tables are still to be created or already exist and hold data. */
public enum Mode {
  /** Create the tables with their constraints, then place them. */
  NEW,
  /** The tables exist with their rows; only move them into place, keeping every row. */
  EXISTING
}
