package shardplan.reports;

import java.util.List;
import shardplan.partitioner.model.Placement;
import shardplan.reports.doc.Document;
import shardplan.reports.section.Alternatives;
import shardplan.reports.section.InputQuality;
import shardplan.reports.section.JoinGraph;
import shardplan.reports.section.Load;
import shardplan.reports.section.MeasuredSection;
import shardplan.reports.section.ReplicateOrPartition;
import shardplan.reports.section.Routing;
import shardplan.reports.section.Scaling;
import shardplan.reports.section.Summary;

/** Builds the report's sections, in reading order, from what is known. */
public final class ReportDocument {
  /** Section ids, in order: the HTML element ids that links and tests find. */
  public static final List<String> SECTION_IDS = List.of("summary", "replicate-or-partition", "join-graph", "routing",
      "load", "scaling", "alternatives", "input-quality", "measured");

  private ReportDocument() {
  }

  public static Document build(ReportInput in) {
    Placement p = in.advice().placement();
    String lead = "Placement for " + p.nodes() + " nodes, from " + Numbers.count(in.profile().statements())
        + " statements in " + Numbers.count(in.profile().transactions()) + " transactions ("
        + in.profile().templates().size() + " templates). Predictions come from shardplan's cost model; literal"
        + " values from the log are " + (in.showValues() ? "shown (--show-values)." : "never shown.");
    return new Document("Placement advice: " + in.title(), lead, List.of(Summary.build(in),
        ReplicateOrPartition.build(in), JoinGraph.build(in), Routing.build(in), Load.build(in), Scaling.build(in),
        Alternatives.build(in), InputQuality.build(in), MeasuredSection.build(in)));
  }
}
