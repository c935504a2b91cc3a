package shardplan.emitter.check;

/** How much a finding of {@link PlacementCheck} matters. */
public enum Severity {
  /** The migration breaks the placement: the target refuses it, or the placement no longer fits. */
  ERROR,
  /** Worth a look; says what to do. */
  WARNING;

  /** {@code error} or {@code warning}, as output prints it. */
  public String word() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
