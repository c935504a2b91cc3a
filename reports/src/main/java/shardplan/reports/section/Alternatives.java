package shardplan.reports.section;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Bullets;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;

/** {@code alternatives}: the advice beside the other designs, with what separates them. */
public final class Alternatives {
  /** Differences listed per design at most. */
  static final int MAX_DIFFERENCES = 12;

  private Alternatives() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.note("Not yet available: alternative designs from a design search. The designs compared here"
        + " are the advice and the baselines."));
    blocks.add(Metrics.table(Metrics.rows(in)));
    for (Map.Entry<String, List<String>> e : in.evaluation().baselineDifferences().entrySet()) {
      List<String> d = e.getValue();
      blocks.add(Paragraph.of(Names.display(e.getKey()) + " differs from the advice on " + d.size() + " table"
          + (d.size() == 1 ? "" : "s") + (d.isEmpty() ? "." : ":")));
      if (!d.isEmpty()) {
        List<String> shown = new ArrayList<>(d.subList(0, Math.min(MAX_DIFFERENCES, d.size())));
        if (d.size() > MAX_DIFFERENCES) {
          shown.add("… and " + (d.size() - MAX_DIFFERENCES) + " more");
        }
        blocks.add(new Bullets(shown));
      }
    }
    return new Section("alternatives", "Alternatives", blocks);
  }
}
