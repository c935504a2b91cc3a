package shardplan.emitter.check;

/** What a finding of {@link PlacementCheck} is about. */
public enum FindingKind {
  /** A constraint or colocation the target refuses ({@link Finding#rule()} says which rule). */
  RULE("rule"),
  /** A table of the schema that the placement does not place. */
  TABLE_NOT_PLACED("table-not-placed"),
  /** A table the placement places that the schema no longer has. */
  PLACED_TABLE_MISSING("placed-table-missing"),
  /** A distribution column the placement names that its table no longer has. */
  PLACED_COLUMN_MISSING("placed-column-missing"),
  /** A new table linked by foreign keys to placed tables, with the placement it most likely needs. */
  LIKELY_PLACEMENT("likely-placement");

  private final String code;

  FindingKind(String code) {
    this.code = code;
  }

  /** The kebab-case word JSON and JUnit output use. */
  public String code() {
    return code;
  }
}
