package shardplan.reports.section;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import shardplan.partitioner.model.StatementRoute;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TemplateRouting;
import shardplan.reports.Numbers;
import shardplan.reports.ReportInput;
import shardplan.reports.doc.Block;
import shardplan.reports.doc.Bullets;
import shardplan.reports.doc.Figure;
import shardplan.reports.doc.Paragraph;
import shardplan.reports.doc.Section;
import shardplan.reports.doc.Table;
import shardplan.reports.doc.Table.Cell;
import shardplan.reports.doc.Table.Mark;
import shardplan.reports.svg.StackedBarChart;

/**
 * {@code routing}: how Citus will run each statement (single-shard, multi-shard, reference read
 * and write, local, unsupported, uncertain), in total and per template ({@code $n} text only),
 * for the advice and each baseline.
 */
public final class Routing {
  /** Templates shown at most, most statements first. */
  static final int TOP_TEMPLATES = 25;
  /** Template text shown at most, characters. */
  static final int TEMPLATE_TEXT = 90;

  private static final List<StatementRoute> ROUTES = List.of(StatementRoute.values());

  private Routing() {
  }

  public static Section build(ReportInput in) {
    List<Block> blocks = new ArrayList<>();
    Map<String, StatementRouting> byPlacement = new LinkedHashMap<>();
    byPlacement.put(Names.ADVISED, in.advice().metrics().routing());
    in.advice().baselines().forEach((name, m) -> byPlacement.put(name, m.routing()));
    byPlacement.values().removeIf(r -> r.statements() == 0);
    if (!byPlacement.containsKey(Names.ADVISED)) {
      blocks.add(Paragraph.note("Statement routing is not available: the placement was evaluated without the"
          + " workload's templates."));
      return new Section("routing", "Statement routing", blocks);
    }
    blocks.add(Paragraph.of("Every logged statement that touches a table of the schema, classified as Citus's planner"
        + " would run it: single-shard (one task), multi-shard (one task per shard reached), reference read (one"
        + " node), reference write (every node, two-phase commit), local (coordinator only), unsupported (refused as"
        + " placed) and uncertain (depends on values the input does not give; counted apart, never guessed)."));
    List<StatementRouting> all = new ArrayList<>(byPlacement.values());
    // Routes no placement uses are left out of the table (and named below it), to keep it narrow.
    List<StatementRoute> used = ROUTES.stream().filter(route -> all.stream().anyMatch(r -> r.count(route) > 0)).toList();
    List<String> unused = ROUTES.stream().filter(route -> !used.contains(route)).map(Routing::words).toList();
    Table.Builder t = Table.builder().text("placement").number("statements").number("on one node");
    used.forEach(r -> t.number(words(r)));
    t.number("shards per statement");
    for (Map.Entry<String, StatementRouting> e : byPlacement.entrySet()) {
      StatementRouting r = e.getValue();
      List<Object> cells = new ArrayList<>();
      cells.add(Names.display(e.getKey()));
      cells.add(Numbers.count(r.statements()));
      String one = Numbers.share(oneNode(r));
      boolean bestOne = all.stream().map(x -> Numbers.share(oneNode(x))).distinct().count() > 1
          && one.equals(Numbers.share(all.stream().mapToDouble(Routing::oneNode).max().orElse(0)));
      cells.add(new Cell(one, bestOne ? Mark.BEST : Mark.NONE));
      for (StatementRoute route : used) {
        cells.add(new Cell(Numbers.share(share(r, route)), isBest(all, r, route) ? Mark.BEST : Mark.NONE));
      }
      cells.add(Numbers.ratio2(r.statements() == 0 ? 0 : (double) r.shardsReached() / r.statements()));
      t.row(cells.toArray());
    }
    blocks.add(t.build());
    blocks.add(Paragraph.of("Shares of all routed statements; \"on one node\" is single-shard, reference-read and local"
        + " statements together. Marked: the most statements on one node, and the fewest multi-shard, reference-write"
        + " and unsupported ones." + (unused.isEmpty() ? "" : " No placement has " + String.join(", ", unused)
        + " statements.")));
    List<StackedBarChart.Row> bars = new ArrayList<>();
    byPlacement.forEach((name, r) -> bars.add(new StackedBarChart.Row(Names.display(name),
        used.stream().map(route -> (double) r.count(route)).toList(), Numbers.count(r.statements()))));
    blocks.add(new Figure(StackedBarChart.svg("Statement routing per placement", "share of statements (%)",
        legend(used), bars), "How each placement's statements would run on Citus."));

    StatementRouting advised = byPlacement.get(Names.ADVISED);
    List<TemplateRouting> top = advised.templates().subList(0, Math.min(TOP_TEMPLATES, advised.templates().size()));
    List<StackedBarChart.Row> rows = new ArrayList<>();
    Table.Builder pt = Table.builder().text("template").text("text ($n for every value)").number("statements");
    byPlacement.keySet().forEach(name -> pt.text(Names.display(name)));
    for (TemplateRouting tr : top) {
      rows.add(new StackedBarChart.Row(shortId(tr.templateId()) + " " + clip(tr.sql(), 40),
          used.stream().map(route -> (double) tr.count(route)).toList(), Numbers.count(tr.statements())));
      List<Object> cells = new ArrayList<>(List.of(shortId(tr.templateId()), clip(tr.sql(), TEMPLATE_TEXT),
          Numbers.count(tr.statements())));
      byPlacement.forEach((name, r) -> cells.add(mix(find(r, tr.templateId()))));
      pt.row(cells.toArray());
    }
    blocks.add(Paragraph.of("Per template, for the advice: the " + top.size() + " templates with the most statements"
        + (advised.templates().size() > top.size() ? " of " + advised.templates().size() : "") + "."));
    blocks.add(new Figure(StackedBarChart.svg("Routing of the advice per template", "share of the template's statements"
        + " (%)", legend(used), rows), "Routing of each template under the advice."));
    blocks.add(pt.build());
    if (!in.advice().lookupTables().isEmpty()) {
      blocks.add(Paragraph.of("Lookup tables proposed for frequent lookups by a unique column that is not the"
          + " distribution column (emitted with advise --lookup-tables):"));
      Table.Builder lt = Table.builder().text("lookup table").text("maps").text("placement").number("lookups")
          .number("share of statements").text("gain").number("writes to keep it");
      for (var l : in.advice().lookupTables()) {
        lt.row(l.name(), l.table() + "." + l.uniqueColumn() + " → " + l.distributionColumn(), l.placement(),
            Numbers.count(l.lookups()), Numbers.share(l.lookupShare()), l.gain(), Numbers.count(l.writes()));
      }
      blocks.add(lt.build());
    }
    List<String> refused = new ArrayList<>();
    for (TemplateRouting tr : advised.unsupportedTemplates()) {
      refused.add(shortId(tr.templateId()) + " (" + Numbers.count(tr.unsupportedStatements()) + " statements): "
          + (tr.reason() == null ? "refused as placed" : tr.reason()));
    }
    if (refused.isEmpty()) {
      blocks.add(Paragraph.of("Citus runs every template of the advice as placed: none is unsupported."));
    } else {
      blocks.add(Paragraph.note(refused.size() + " template" + (refused.size() == 1 ? " is" : "s are")
          + " refused by Citus under the advice:"));
      blocks.add(new Bullets(refused));
    }
    return new Section("routing", "Statement routing", blocks);
  }

  /** Legend entries of the routes; each route keeps its colour whichever routes are shown. */
  static List<shardplan.reports.svg.Legend> legend(List<StatementRoute> routes) {
    return routes.stream().map(r -> new shardplan.reports.svg.Legend("k" + r.ordinal(), words(r))).toList();
  }

  static String words(StatementRoute r) {
    return switch (r) {
      case SINGLE_SHARD -> "single-shard";
      case MULTI_SHARD -> "multi-shard";
      case REFERENCE_READ -> "reference read";
      case REFERENCE_WRITE -> "reference write";
      case LOCAL -> "local";
      case UNSUPPORTED -> "unsupported";
      case UNCERTAIN -> "uncertain";
    };
  }

  /** A template id's first 8 characters: enough to tell templates apart, short enough for a label. */
  static String shortId(String id) {
    return id.length() <= 8 ? id : id.substring(0, 8);
  }

  private static double oneNode(StatementRouting r) {
    return r.statements() == 0 ? 0
        : (double) (r.singleShardStatements() + r.referenceReadStatements() + r.localStatements()) / r.statements();
  }

  private static double share(StatementRouting r, StatementRoute route) {
    return r.statements() == 0 ? 0 : (double) r.count(route) / r.statements();
  }

  /** Best: fewest multi-shard, reference-write, unsupported statements. Other routes are not ranked. */
  private static boolean isBest(List<StatementRouting> all, StatementRouting r, StatementRoute route) {
    boolean more = false;
    if (route != StatementRoute.MULTI_SHARD && route != StatementRoute.REFERENCE_WRITE
        && route != StatementRoute.UNSUPPORTED) {
      return false;
    }
    List<String> printed = all.stream().map(x -> Numbers.share(share(x, route))).distinct().toList();
    if (printed.size() < 2) {
      return false;
    }
    double best = more ? all.stream().mapToDouble(x -> share(x, route)).max().orElse(0)
        : all.stream().mapToDouble(x -> share(x, route)).min().orElse(0);
    return Numbers.share(share(r, route)).equals(Numbers.share(best));
  }

  private static TemplateRouting find(StatementRouting r, String id) {
    for (TemplateRouting t : r.templates()) {
      if (t.templateId().equals(id)) {
        return t;
      }
    }
    return null;
  }

  /** The template's routes with their shares, largest first: "single-shard 97 %, multi-shard 3 %". */
  static String mix(TemplateRouting t) {
    if (t == null || t.statements() == 0) {
      return "–";
    }
    List<StatementRoute> order = new ArrayList<>(ROUTES);
    order.sort((a, b) -> Long.compare(t.count(b), t.count(a)));
    List<String> parts = new ArrayList<>();
    for (StatementRoute r : order) {
      if (t.count(r) > 0) {
        parts.add(words(r) + " " + Math.round(100.0 * t.count(r) / t.statements()) + " %");
      }
    }
    return String.join(", ", parts);
  }

  static String clip(String sql, int max) {
    String s = sql.replaceAll("\\s+", " ").strip();
    return s.length() <= max ? s : s.substring(0, max - 1) + "…";
  }
}
