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
    var alternatives = in.advice().alternatives();
    if (alternatives.isEmpty()) {
      blocks.add(Paragraph.of("The design search kept no alternative; the designs compared here are the advice and the"
          + " baselines."));
    } else {
      blocks.add(Paragraph.of("The best design and the alternatives the design search kept, each with the decision that"
          + " separates it from the best. Lower is better; the best value of each column is marked."));
      List<Metrics.Row> rows = new ArrayList<>();
      rows.add(new Metrics.Row(Names.ADVISED, in.advice().metrics()));
      for (int i = 0; i < alternatives.size(); i++) {
        rows.add(new Metrics.Row("alternative " + (i + 1), alternatives.get(i).metrics()));
      }
      blocks.add(Metrics.table(rows));
      List<String> decisions = new ArrayList<>();
      for (int i = 0; i < alternatives.size(); i++) {
        decisions.add("alternative " + (i + 1) + ": " + alternatives.get(i).decision());
      }
      blocks.add(new Bullets(decisions));
    }
    blocks.add(Paragraph.of("Against the baselines:"));
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
