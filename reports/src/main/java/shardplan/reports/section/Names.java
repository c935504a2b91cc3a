package shardplan.reports.section;

/** How placements are named in the report. */
final class Names {
  static final String ADVISED = "advised";

  private Names() {
  }

  /** The advice carries a star, so that it is found without being coloured as a winner. */
  static String display(String name) {
    return switch (name) {
      case ADVISED -> "advised ★";
      case "hashPrimaryKey" -> "hashPrimaryKey (baseline)";
      case "replicateAll" -> "replicateAll (baseline)";
      case "expected" -> "expected (ground truth)";
      default -> name;
    };
  }
}
