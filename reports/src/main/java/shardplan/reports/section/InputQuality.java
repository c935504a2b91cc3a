package shardplan.reports.section;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.SkipReason;
import shardplan.analyzer.model.WorkloadProfile;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Bullets;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;

/**
 * {@code input-quality}: what was read, what was used and what was skipped, by reason. Skip
 * examples are never shown (they may hold templates from the log); reasons and counts are.
 */
public final class InputQuality {
  private InputQuality() {
  }

  public static Section build(ReportInput in) {
    WorkloadProfile p = in.profile();
    List<Block> blocks = new ArrayList<>();
    Table.Builder t = Table.builder().text("input").number("count");
    t.row("log lines or records read", Numbers.count(p.linesRead()));
    t.row("statements used", Numbers.count(p.statements()));
    t.row("transactions", Numbers.count(p.transactions()));
    t.row("transactions rolled back or failed", Numbers.count(p.abortedTransactions()));
    t.row("distinct templates", Numbers.count(p.templates().size()));
    t.row("inputs skipped", Numbers.count(p.skippedTotal()));
    blocks.add(t.build());
    if (!p.rowLevel()) {
      blocks.add(Paragraph.note("The input had no literal values (pg_stat_statements): table-level advice only;"
          + " row keys, load per node and scaling are not known."));
    } else if (p.transactionStream().sampleRate() < 1.0) {
      blocks.add(Paragraph.of("Row keys were kept for " + Numbers.share(p.transactionStream().sampleRate())
          + " of the transactions (--sample-rate); counts cover every statement."));
    }
    if (p.skipped().isEmpty()) {
      blocks.add(Paragraph.of("Nothing was skipped."));
    } else {
      long all = p.statements() + p.skippedTotal();
      Table.Builder s = Table.builder().text("skipped because").number("count").number("share of statements and skips");
      for (SkipReason r : p.skipped()) {
        s.row(r.reason(), Numbers.count(r.count()), Numbers.share(all == 0 ? 0 : (double) r.count() / all));
      }
      blocks.add(s.build());
    }
    if (!in.advice().notes().isEmpty()) {
      blocks.add(Paragraph.of("Notes from the advisor:"));
      blocks.add(new Bullets(in.advice().notes()));
    }
    return new Section("input-quality", "Input quality", blocks);
  }
}
