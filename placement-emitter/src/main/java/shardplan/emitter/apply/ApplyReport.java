package shardplan.emitter.apply;

import java.util.List;

/**
 * What an apply did.
 *
 * @param executed false for a dry run (nothing was changed)
 * @param ran statements run
 * @param skipped statements skipped because what they make was already in place
 * @param pending statements a dry run would have run
 * @param differences placement read back versus asked for (empty when they agree, or on a dry run)
 * @param rowChanges tables whose row count or checksum changed (empty when none did, or on a dry run)
 */
public record ApplyReport(boolean executed, int ran, int skipped, int pending, List<String> differences,
                          List<String> rowChanges) {
  public ApplyReport {
    differences = List.copyOf(differences);
    rowChanges = List.copyOf(rowChanges);
  }

  public boolean ok() {
    return differences.isEmpty() && rowChanges.isEmpty();
  }
}
