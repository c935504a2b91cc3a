package shardplan.reports.section;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import shardplan.analyzer.model.JoinEdge;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.TablePlacement;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.model.SchemaChange;
import shardplan.reports.model.TablePair;
import shardplan.reports.svg.GraphDrawing;
import shardplan.reports.svg.Legend;

/**
 * {@code join-graph}: how the tables relate. Tables are marks coloured by colocation group
 * (reference tables squares, local tables diamonds), joins solid lines weighted by frequency,
 * co-access (same transaction, no join) dotted, foreign keys the DDL leaves out dashed.
 */
public final class JoinGraph {
  /** Group colours available; groups beyond reuse them, told apart by the number in the mark. */
  static final int GROUP_COLOURS = 7;
  /** Join edges listed in the table. */
  static final int TOP_JOINS = 20;
  /** Co-access pairs drawn at most, per table of the schema. */
  static final int COACCESS_PER_TABLE = 2;

  private JoinGraph() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    List<GraphDrawing.Node> nodes = new ArrayList<>();
    for (TablePlacement t : in.advice().placement().tables()) {
      GraphDrawing.Node node = switch (t.kind()) {
        case REFERENCE -> new GraphDrawing.Node(t.table(), GraphDrawing.Shape.SQUARE, "ref", "R", t.table() + ": reference");
        case LOCAL -> new GraphDrawing.Node(t.table(), GraphDrawing.Shape.DIAMOND, "local", "L",
            t.table() + ": local (stays on the coordinator)");
        default -> new GraphDrawing.Node(t.table(), GraphDrawing.Shape.CIRCLE,
            "g" + ((t.colocationGroup() - 1) % GROUP_COLOURS), Integer.toString(t.colocationGroup()),
            t.table() + ": distributed on " + t.column() + ", group " + t.colocationGroup());
      };
      nodes.add(node);
    }
    Map<String, Long> joins = new LinkedHashMap<>();
    for (JoinEdge j : in.profile().joins()) {
      String a = j.left().table();
      String b = j.right().table();
      if (a.equals(b)) {
        continue;
      }
      joins.merge(a.compareTo(b) < 0 ? a + "\u0000" + b : b + "\u0000" + a, j.weight(), Long::sum);
    }
    long maxJoin = joins.values().stream().mapToLong(Long::longValue).max().orElse(1);
    List<GraphDrawing.Edge> edges = new ArrayList<>();
    joins.forEach((k, w) -> {
      String[] ab = k.split("\u0000");
      edges.add(new GraphDrawing.Edge(ab[0], ab[1], "join", width(w, maxJoin),
          ab[0] + " ⋈ " + ab[1] + ": " + Numbers.count(w) + " join statements"));
    });
    Set<String> drawn = new HashSet<>(joins.keySet());
    List<TablePair> coAccess = in.evaluation().coAccess();
    long maxCo = coAccess.stream().mapToLong(TablePair::transactions).max().orElse(1);
    int budget = COACCESS_PER_TABLE * nodes.size();
    int coDrawn = 0;
    for (TablePair p : coAccess) {
      if (coDrawn >= budget) {
        break;
      }
      if (drawn.add(p.a() + "\u0000" + p.b())) {
        edges.add(new GraphDrawing.Edge(p.a(), p.b(), "coaccess", width(p.transactions(), maxCo),
            p.a() + " and " + p.b() + ": " + Numbers.count(p.transactions()) + " transactions use both"));
        coDrawn++;
      }
    }
    List<String[]> layoutPairs = new ArrayList<>();
    coAccess.forEach(p -> layoutPairs.add(new String[] {p.a(), p.b()}));
    int fkOut = 0;
    for (SchemaChange c : in.schemaChanges()) {
      if (c.kind() == SchemaChange.Kind.FOREIGN_KEY_LEFT_OUT && c.relatedTable() != null) {
        edges.add(new GraphDrawing.Edge(c.table(), c.relatedTable(), "fkout", 1.5, c.text()));
        fkOut++;
      }
    }
    List<Legend> legend = new ArrayList<>();
    legend.add(new Legend("ref", "reference table (R)"));
    if (in.advice().placement().tables().stream().anyMatch(t -> t.kind() == PlacementKind.LOCAL)) {
      legend.add(new Legend("local", "local table (L)"));
    }
    int groups = in.advice().placement().colocationGroups().size();
    for (int g = 1; g <= Math.min(groups, GROUP_COLOURS); g++) {
      legend.add(new Legend("g" + (g - 1), "group " + g + (groups > GROUP_COLOURS && g == GROUP_COLOURS ? " …" : "")));
    }
    legend.add(new Legend("lg-join", "join (width: statements)"));
    legend.add(new Legend("lg-coaccess", "same transaction, no join"));
    legend.add(new Legend("lg-fkout", "foreign key left out"));
    blocks.add(new Figure(GraphDrawing.svg("Tables, joins and colocation groups", nodes, edges, layoutPairs, legend),
        "Force-directed layout (Fruchterman–Reingold); the number in a mark is its colocation group.", true));
    blocks.add(Paragraph.of(nodes.size() + " tables, " + joins.size() + " joined table pairs, " + coDrawn
        + " more pairs used in the same transactions without a join (the most frequent, up to " + budget + "), "
        + fkOut + " foreign key" + (fkOut == 1 ? "" : "s") + " left out by the DDL."
        + (in.profile().rowLevel() ? "" : " The input has no transactions (pg_stat_statements): co-access is not known.")));
    if (!in.profile().joins().isEmpty()) {
      Table.Builder t = Table.builder().text("left column").text("right column").number("join statements");
      in.profile().joins().stream().limit(TOP_JOINS).forEach(j ->
          t.row(j.left().toString(), j.right().toString(), Numbers.count(j.weight())));
      blocks.add(Paragraph.of("Heaviest equi-joins (" + Math.min(TOP_JOINS, in.profile().joins().size()) + " of "
          + in.profile().joins().size() + "):"));
      blocks.add(t.build());
    } else {
      blocks.add(Paragraph.of("The workload has no equi-joins."));
    }
    blocks.add(Paragraph.of("Distribution column per distributed table, with its score: the share of the table's"
        + " co-accesses that the column keeps on one node."));
    Table.Builder c = Table.builder().text("table").text("chosen column").number("score").number("group").text("why");
    for (TablePlacement t : in.advice().placement().tables()) {
      if (t.kind() == PlacementKind.DISTRIBUTED) {
        c.row(t.table(), t.column(), t.evidence() == null ? "–" : Numbers.ratio(t.evidence().columnScore()),
            Integer.toString(t.colocationGroup()), t.reason());
      }
    }
    if (c.isEmpty()) {
      blocks.add(Paragraph.of("No table is distributed."));
    } else {
      blocks.add(c.build());
    }
    if (in.advice().rejectedColumns().isEmpty()) {
      blocks.add(Paragraph.of("No candidate column was rejected."));
    } else {
      blocks.add(Paragraph.of("Columns rejected as distribution columns, with the reason:"));
      Table.Builder r = Table.builder().text("table").text("column").text("rule").number("distinct values")
          .number("top value's share").text("why");
      for (var rc : in.advice().rejectedColumns()) {
        r.row(rc.table(), rc.column(), rc.rule(), rc.distinctValues() < 0 ? "unknown" : Numbers.count(rc.distinctValues()),
            Double.isNaN(rc.topValueShare()) || rc.topValueShare() < 0 ? "–" : Numbers.share(rc.topValueShare()),
            rc.reason());
      }
      blocks.add(r.build());
    }
    blocks.add(Paragraph.note("Not yet available: the scores of the candidate columns that were not chosen."));
    return new Section("join-graph", "Join graph", blocks);
  }

  private static double width(long w, long max) {
    return 1.0 + 4.0 * Math.sqrt((double) w / Math.max(1, max));
  }
}
