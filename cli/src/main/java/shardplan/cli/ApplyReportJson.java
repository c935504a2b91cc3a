package shardplan.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import shardplan.emitter.apply.ApplyReport;

/** {@code apply --format json}: what ran, what was skipped, the read-back and the row checks, for CI. */
final class ApplyReportJson {
  private ApplyReportJson() {
  }

  /**
   * @param r the report; null when the apply failed before it ran a statement
   * @param failure the one-line failure, or null
   */
  static String write(String target, ApplyReport r, String failure) {
    ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    ObjectNode root = m.createObjectNode();
    root.put("target", target);
    root.put("ok", failure == null && (r == null || r.ok()));
    root.put("executed", r != null && r.executed());
    if (failure != null) {
      root.put("failure", failure);
    } else {
      root.putNull("failure");
    }
    ObjectNode counts = root.putObject("statements");
    counts.put("ran", r == null ? 0 : r.ran());
    counts.put("skipped", r == null ? 0 : r.skipped());
    counts.put("wouldRun", r == null ? 0 : r.pending());
    counts.put("failed", r == null ? 0 : (int) r.statements().stream()
        .filter(s -> s.status() == ApplyReport.Status.FAILED).count());
    ArrayNode steps = root.putArray("steps");
    ArrayNode diffs = root.putArray("readBackDifferences");
    ArrayNode rows = root.putArray("rowChecks");
    if (r != null) {
      for (ApplyReport.StatementOutcome s : r.statements()) {
        ObjectNode n = steps.addObject();
        n.put("index", s.index());
        n.put("node", s.node());
        n.put("section", s.section());
        n.put("status", s.status().word());
        n.put("statement", s.statement());
        if (s.error() != null) {
          n.put("error", s.error());
        }
      }
      r.differences().forEach(diffs::add);
      for (ApplyReport.RowCheck c : r.rowChecks()) {
        ObjectNode n = rows.addObject();
        n.put("table", c.table());
        n.put("check", c.what());
        n.put("expectedRows", c.expectedRows());
        n.put("actualRows", c.actualRows());
        n.put("sameChecksum", c.sameChecksum());
        n.put("ok", c.ok());
      }
    }
    try {
      return m.writeValueAsString(root) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }
}
