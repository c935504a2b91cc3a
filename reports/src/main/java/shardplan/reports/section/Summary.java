package shardplan.reports.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.doc.Table.Cell;
import shardplan.reports.doc.Table.Mark;
import shardplan.reports.model.SchemaChange;

/** {@code summary}: the decision per table, the ones needing attention flagged, and the headline predictions. */
public final class Summary {
  /** A distributed table whose column keeps less than this share of its co-accesses together is flagged. */
  static final double LOW_CONFIDENCE = 0.5;

  private Summary() {
  }

  public static Section build(ReportInput in) {
    Placement p = in.advice().placement();
    Map<String, List<String>> flags = flags(in);
    long reference = p.tables().stream().filter(t -> t.kind() == PlacementKind.REFERENCE).count();
    long local = p.tables().stream().filter(t -> t.kind() == PlacementKind.LOCAL).count();
    long distributed = p.tables().size() - reference - local;
    int groups = p.colocationGroups().size();
    List<Block> blocks = new ArrayList<>();
    blocks.add(Paragraph.of(p.tables().size() + " tables on " + p.nodes() + " nodes (" + p.shardCount()
        + " shards per distributed table): " + reference + " replicated as reference tables, " + distributed
        + " distributed in " + groups + " colocation group" + (groups == 1 ? "" : "s")
        + (local > 0 ? ", " + local + " left on the coordinator as local tables" : "") + "."));
    if (flags.isEmpty()) {
      blocks.add(Paragraph.of("No decision is flagged for attention: no foreign key is left out, no key is widened,"
          + " and every distribution column keeps at least " + Numbers.share(LOW_CONFIDENCE)
          + " of its table's co-accesses on one node."));
    } else {
      blocks.add(Paragraph.note(flags.size() + " table" + (flags.size() == 1 ? " needs" : "s need")
          + " a reader's attention (flagged ⚠ below, listed first)."));
    }
    Table.Builder t = Table.builder().text("table").text("placement").text("column").number("group").text("attention");
    List<TablePlacement> ordered = new ArrayList<>();
    p.tables().stream().filter(x -> flags.containsKey(x.table())).forEach(ordered::add);
    p.tables().stream().filter(x -> !flags.containsKey(x.table())).forEach(ordered::add);
    for (TablePlacement x : ordered) {
      boolean dist = x.kind() == PlacementKind.DISTRIBUTED;
      List<String> f = flags.get(x.table());
      t.row(x.table(), x.kind().jsonName(), dist ? x.column() : "–", dist ? Integer.toString(x.colocationGroup()) : "–",
          f == null ? Cell.of("") : new Cell("⚠ " + String.join("; ", f), Mark.ATTENTION));
    }
    blocks.add(t.build());
    if (!p.colocationGroups().isEmpty()) {
      List<String> groupItems = new ArrayList<>();
      p.colocationGroups().forEach((g, members) -> groupItems.add("group " + g + ": " + String.join(", ",
          members.stream().map(m -> m.table() + " (" + m.column() + ")").toList())));
      blocks.add(Paragraph.of("Colocation groups: tables of one group keep rows with equal keys on the same node."));
      blocks.add(new shardplan.reports.doc.Bullets(groupItems));
    }
    List<Metrics.Row> rows = Metrics.rows(in);
    blocks.add(Paragraph.of("Headline predictions of the cost model against the baselines, on the same transactions."
        + " Lower is better for every metric; the best value of each column is marked, whichever placement has it."
        + " ★ marks this advice."));
    blocks.add(Metrics.table(rows));
    blocks.add(new Figure(Metrics.chart(rows, Metrics.ALL.get(0), 1.0),
        "Distributed transactions per placement; the best is coloured as best."));
    blocks.add(new Figure(Metrics.chart(rows, Metrics.ALL.get(4), 0),
        "Load skew per placement; the best is coloured as best."));
    return new Section("summary", "Summary", blocks);
  }

  /** Table → what needs attention about it (in schema order). */
  static Map<String, List<String>> flags(ReportInput in) {
    Map<String, List<String>> flags = new LinkedHashMap<>();
    for (TablePlacement t : in.advice().placement().tables()) {
      for (SchemaChange c : in.schemaChanges()) {
        if (c.table().equals(t.table())) {
          String words = c.kind().words() + (c.relatedTable() != null ? " (" + c.relatedTable() + ")" : "");
          List<String> list = flags.computeIfAbsent(t.table(), k -> new ArrayList<>());
          if (!list.contains(words)) {
            list.add(words);
          }
        }
      }
      for (shardplan.partitioner.model.DroppedForeignKey d : in.advice().droppedForeignKeys()) {
        if (d.table().equals(t.table())) {
          List<String> list = flags.computeIfAbsent(t.table(), k -> new ArrayList<>());
          String words = "foreign key left out: " + d.foreignKey();
          if (list.stream().noneMatch(x -> x.startsWith("foreign key left out"))) {
            list.add(words);
          }
        }
      }
      if (t.kind() == PlacementKind.DISTRIBUTED && t.evidence() != null && t.evidence().columnScore() < LOW_CONFIDENCE) {
        flags.computeIfAbsent(t.table(), k -> new ArrayList<>()).add("low-confidence column (keeps "
            + Numbers.share(t.evidence().columnScore()) + " of co-accesses together)");
      }
    }
    return flags;
  }
}
