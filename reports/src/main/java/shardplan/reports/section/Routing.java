package shardplan.reports.section;

import java.util.List;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;

/**
 * {@code routing}: how Citus will run each statement (single-shard, multi-shard, reference write,
 * unsupported), per template and in total, for the advice and each baseline.
 */
public final class Routing {
  private Routing() {
  }

  public static Section build(ReportInput in) {
    return new Section("routing", "Statement routing", List.of(
        Paragraph.note("Not yet available: this version's cost model counts where the rows of a transaction live,"
            + " not how Citus routes each statement. Per-template routing (single-shard, multi-shard, reference"
            + " write, unsupported) appears here once the routing model provides it."),
        Paragraph.of("What the cost model does give is the share of distributed-table accesses that do not bind the"
            + " distribution column and so run on every shard: see the scaling section.")));
  }
}
