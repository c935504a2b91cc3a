package shardplan.partitioner.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.model.Advice;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.PlacementKind;
import shardplan.partitioner.model.PlacementMetrics;
import shardplan.partitioner.model.StatementRoute;
import shardplan.partitioner.model.StatementRouting;
import shardplan.partitioner.model.TemplateRouting;
import shardplan.partitioner.model.TablePlacement;

/**
 * Reads and writes the placement JSON.
 *
 * <pre>
 * {"nodes": 4, "shardCount": 32,
 *  "tables": [{"name": "item", "placement": "reference", "reason": "..."},
 *             {"name": "orders", "placement": "distributed", "column": "o_w_id", "colocationGroup": 1, "reason": "..."}],
 *  "metrics": {...}, "baselines": {"hashPrimaryKey": {...}, ...},
 *  "input": {"statements": 0, "transactions": 0, "skipped": {"reason": 0}}}
 * </pre>
 *
 * <p>Readers need only {@code "tables"}; everything else is ignored when reading, so a
 * workload's {@code expected.json} reads as the expert placement. Output has a fixed field order
 * and is pretty-printed, so that two runs on the same input give the same bytes; fractions and the
 * load skew are rounded to six decimal places.
 *
 * <p>Reading rules: a table the schema does not have, a column its table does not have, a table
 * listed twice, or a schema table the file does not place are errors ({@link
 * IllegalArgumentException} with a one-line message naming it) — a placement that silently
 * leaves a table out would be evaluated as something the user did not write. A distributed table
 * without {@code "colocationGroup"} is colocated as Citus does by default: with the other such
 * tables whose distribution column has the same type (one new group per type; without a schema,
 * one new group per table). A missing {@code "reason"} reads as "given in the placement file".
 */
public final class PlacementJson {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  /** Decimal places of fractions in the output; more would only be noise. */
  private static final double ROUND = 1e6;

  private PlacementJson() {}

  /**
   * Reads a placement file.
   *
   * @param file the JSON file
   * @param schemaOrNull the schema to check names against and to order the tables by; null to
   *                     take the file's tables as they are, in file order
   * @param defaultNodes node count when the file has no {@code "nodes"}
   * @param defaultShardCount shard count when the file has no {@code "shardCount"}
   * @throws IllegalArgumentException if the file is not a valid placement (message names the
   *                                  file and what is wrong)
   * @throws UncheckedIOException if the file cannot be read
   */
  public static Placement readPlacement(Path file, Schema schemaOrNull, int defaultNodes, int defaultShardCount) {
    Objects.requireNonNull(file, "file");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return readPlacement(text, file.getFileName().toString(), schemaOrNull, defaultNodes, defaultShardCount);
  }

  /**
   * Reads a placement from JSON text; {@code source} names it in error messages.
   *
   * @see #readPlacement(Path, Schema, int, int)
   */
  public static Placement readPlacement(String json, String source, Schema schemaOrNull, int defaultNodes,
                                        int defaultShardCount) {
    return read(json, source, schemaOrNull, defaultNodes, defaultShardCount, null);
  }

  /**
   * An entry of a placement file that the schema no longer matches.
   *
   * @param table the table as the file names it
   * @param column the distribution column the schema's table lacks; null when the schema has no
   *               such table at all
   */
  public record StaleEntry(String table, String column) {
    public StaleEntry {
      Objects.requireNonNull(table, "table");
    }
  }

  /**
   * A placement file read against a schema it may no longer fit (a schema migration ran since it
   * was written).
   *
   * @param placement the entries the schema still matches, in schema order, colocated as {@link
   *                  #readPlacement} does; schema tables the file does not place are absent
   * @param stale entries naming a table or a distribution column the schema no longer has, in
   *              file order
   */
  public record Matched(Placement placement, List<StaleEntry> stale) {
    public Matched {
      Objects.requireNonNull(placement, "placement");
      stale = List.copyOf(stale);
    }
  }

  /**
   * Reads a placement file against a schema without requiring that they match: what matches is
   * read by the same rules as {@link #readPlacement(Path, Schema, int, int)}, what does not is
   * returned as {@link StaleEntry}s, and tables the file does not place are left out. Malformed
   * files still fail.
   */
  public static Matched readMatching(Path file, Schema schema, int defaultNodes, int defaultShardCount) {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(schema, "schema");
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
    }
    return readMatching(text, file.getFileName().toString(), schema, defaultNodes, defaultShardCount);
  }

  /** {@link #readMatching(Path, Schema, int, int)} from JSON text; {@code source} names it in messages. */
  public static Matched readMatching(String json, String source, Schema schema, int defaultNodes,
                                     int defaultShardCount) {
    Objects.requireNonNull(schema, "schema");
    List<StaleEntry> stale = new ArrayList<>();
    Placement p = read(json, source, schema, defaultNodes, defaultShardCount, stale);
    return new Matched(p, stale);
  }

  /** Reads; with {@code stale} not null, entries the schema does not match go there instead of failing. */
  private static Placement read(String json, String source, Schema schemaOrNull, int defaultNodes,
                                int defaultShardCount, List<StaleEntry> stale) {
    Objects.requireNonNull(json, "json");
    Objects.requireNonNull(source, "source");
    JsonNode root;
    try {
      root = MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(source + " is not valid JSON: " + oneLine(e.getOriginalMessage())
          + " (line " + (e.getLocation() == null ? "?" : e.getLocation().getLineNr()) + ")", e);
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(source + " must hold a JSON object with a \"tables\" array");
    }
    int nodes = intField(root, "nodes", defaultNodes, source);
    int shardCount = intField(root, "shardCount", defaultShardCount, source);
    JsonNode tablesNode = root.get("tables");
    if (tablesNode == null || !tablesNode.isArray()) {
      throw new IllegalArgumentException(source + " has no \"tables\" array");
    }
    List<Entry> entries = new ArrayList<>();
    Map<String, Entry> byName = new LinkedHashMap<>();
    Map<String, Table> schemaTables = schemaOrNull == null ? null : schemaOrNull.byName();
    int index = 0;
    for (JsonNode t : tablesNode) {
      Entry e = entry(t, index++, source, schemaTables, stale);
      if (e == null) {
        continue;
      }
      if (byName.putIfAbsent(e.name, e) != null) {
        throw new IllegalArgumentException(source + " places table " + e.name + " more than once");
      }
      entries.add(e);
    }
    List<Entry> ordered;
    if (schemaTables != null) {
      List<String> missing = new ArrayList<>();
      ordered = new ArrayList<>();
      for (String name : schemaTables.keySet()) {
        Entry e = byName.get(name);
        if (e == null) {
          missing.add(name);
        } else {
          ordered.add(e);
        }
      }
      if (!missing.isEmpty() && stale == null) {
        throw new IllegalArgumentException(source + " does not place table" + (missing.size() > 1 ? "s " : " ")
            + String.join(", ", missing) + " (every table of the schema must be listed once)");
      }
    } else {
      ordered = entries;
    }
    assignDefaultGroups(ordered, schemaTables);
    List<TablePlacement> tables = new ArrayList<>(ordered.size());
    for (Entry e : ordered) {
      tables.add(switch (e.kind) {
        case REFERENCE -> TablePlacement.reference(e.name, e.reason);
        case LOCAL -> TablePlacement.local(e.name, e.reason);
        case DISTRIBUTED -> TablePlacement.distributed(e.name, e.column, e.group, e.reason);
      });
    }
    try {
      return new Placement(nodes, shardCount, tables);
    } catch (IllegalArgumentException ex) {
      throw new IllegalArgumentException(source + ": " + ex.getMessage(), ex);
    }
  }

  /**
   * The full advice document: nodes, shard count, tables, metrics, baselines and input, in that
   * order. Tables are written in the placement's order (schema order for advice).
   */
  public static String write(Advice advice, InputSummary input) {
    Objects.requireNonNull(advice, "advice");
    Objects.requireNonNull(input, "input");
    ObjectNode root = placementNode(advice.placement());
    root.set("metrics", metricsNode(advice.metrics()));
    ObjectNode baselines = MAPPER.createObjectNode();
    advice.baselines().forEach((name, m) -> baselines.set(name, metricsNode(m)));
    root.set("baselines", baselines);
    ArrayNode alternatives = root.putArray("alternatives");
    for (shardplan.partitioner.model.Alternative a : advice.alternatives()) {
      ObjectNode n = alternatives.addObject();
      n.put("decision", a.decision());
      n.put("cost", a.cost());
      n.set("metrics", metricsNode(a.metrics()));
      n.set("tables", placementNode(a.placement()).get("tables"));
    }
    ArrayNode rejected = root.putArray("rejectedColumns");
    for (shardplan.partitioner.model.RejectedColumn r : advice.rejectedColumns()) {
      ObjectNode n = rejected.addObject();
      n.put("table", r.table());
      n.put("column", r.column());
      n.put("rule", r.rule());
      n.put("reason", r.reason());
      n.put("distinctValues", r.distinctValues());
      n.put("topValueShare", r.topValueShare());
    }
    ArrayNode fks = root.putArray("droppedForeignKeys");
    for (shardplan.partitioner.model.DroppedForeignKey d : advice.droppedForeignKeys()) {
      ObjectNode n = fks.addObject();
      n.put("table", d.table());
      n.put("foreignKey", d.foreignKey());
      n.put("why", d.why());
    }
    ArrayNode hot = root.putArray("hotRows");
    for (shardplan.partitioner.model.HotRow h : advice.hotRows()) {
      ObjectNode n = hot.addObject();
      n.put("table", h.table());
      ArrayNode k = n.putArray("keyColumns");
      h.keyColumns().forEach(k::add);
      n.put("rank", h.rank());
      n.put("writeShare", h.writeShare());
      n.put("writers", h.writers());
      ArrayNode st = n.putArray("statements");
      h.statements().forEach(st::add);
    }
    if (!advice.hotRows().isEmpty()) {
      root.put("hotRowAdvice", shardplan.partitioner.search.HotRows.advice());
    }
    ArrayNode lookups = root.putArray("lookupTables");
    for (shardplan.partitioner.model.LookupTable l : advice.lookupTables()) {
      ObjectNode n = lookups.addObject();
      n.put("name", l.name());
      n.put("table", l.table());
      n.put("uniqueColumn", l.uniqueColumn());
      n.put("distributionColumn", l.distributionColumn());
      n.put("placement", l.placement());
      n.put("lookups", l.lookups());
      n.put("lookupShare", l.lookupShare());
      n.put("gain", l.gain());
      n.put("writes", l.writes());
    }
    if (advice.skewPlan() != null) {
      shardplan.partitioner.model.SkewPlan sp = advice.skewPlan();
      ObjectNode n = root.putObject("skewPlan");
      n.put("skewBefore", sp.skewBefore());
      n.put("skewAfter", sp.skewAfter());
      ArrayNode lb = n.putArray("loadBefore");
      sp.loadBefore().forEach(lb::add);
      ArrayNode la = n.putArray("loadAfter");
      sp.loadAfter().forEach(la::add);
      ArrayNode mv = n.putArray("moves");
      for (shardplan.partitioner.model.ShardMove m : sp.moves()) {
        ObjectNode o = mv.addObject();
        o.put("kind", m.kind());
        o.put("colocationGroup", m.colocationGroup());
        o.put("table", m.table());
        o.put("shardIndex", m.shardIndex());
        o.put("fromNode", m.fromNode());
        o.put("toNode", m.toNode());
        o.put("loadShare", m.loadShare());
        if (m.key() > 0) {
          o.put("hotKey", m.key());
        }
      }
      n.put("stop", sp.stop());
    }
    ObjectNode in = MAPPER.createObjectNode();
    in.put("statements", input.statements());
    in.put("transactions", input.transactions());
    ObjectNode skipped = MAPPER.createObjectNode();
    input.skipped().forEach(skipped::put);
    in.set("skipped", skipped);
    root.set("input", in);
    return print(root);
  }

  /** Only the placement: nodes, shard count and tables. */
  public static String writePlacement(Placement placement) {
    Objects.requireNonNull(placement, "placement");
    return print(placementNode(placement));
  }

  /** One metrics object, as it appears under {@code "metrics"} and in each baseline. */
  public static String writeMetrics(PlacementMetrics metrics) {
    Objects.requireNonNull(metrics, "metrics");
    return print(metricsNode(metrics));
  }

  private static ObjectNode placementNode(Placement placement) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("nodes", placement.nodes());
    root.put("shardCount", placement.shardCount());
    ArrayNode tables = root.putArray("tables");
    for (TablePlacement t : placement.tables()) {
      ObjectNode n = tables.addObject();
      n.put("name", t.table());
      n.put("placement", t.kind().jsonName());
      if (t.kind() == PlacementKind.DISTRIBUTED) {
        n.put("column", t.column());
        n.put("colocationGroup", t.colocationGroup());
      }
      n.put("reason", t.reason());
    }
    return root;
  }

  private static ObjectNode metricsNode(PlacementMetrics m) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("distributedTransactionFraction", round(m.distributedTransactionFraction()));
    n.put("internodeRows", m.internodeRows());
    n.put("internodeBytes", m.internodeBytes());
    n.put("loadSkew", round(m.loadSkew()));
    n.put("replicationWriteAmplification", m.replicationWriteAmplification());
    n.put("transactions", m.transactions());
    StatementRouting r = m.routing();
    if (r != StatementRouting.NONE) {
      n.put("distributedTransactions", r.distributedTransactions());
      n.put("statements", r.statements());
      for (StatementRoute route : StatementRoute.values()) {
        n.put(route.metricName(), r.count(route));
      }
      n.put("shardsReached", r.shardsReached());
      n.put("nodesReached", r.nodesReached());
      n.put("citusSingleShardStatements", r.citusSingleShardStatements());
      n.put("citusMultiShardStatements", r.citusMultiShardStatements());
      ArrayNode unsupported = n.putArray("unsupportedTemplates");
      r.unsupportedTemplates().forEach(t -> unsupported.add(t.templateId()));
      ArrayNode uncertain = n.putArray("uncertainTemplates");
      r.uncertainTemplates().forEach(t -> uncertain.add(t.templateId()));
      ArrayNode templates = n.putArray("routingByTemplate");
      for (TemplateRouting t : r.templates()) {
        ObjectNode o = templates.addObject();
        o.put("templateId", t.templateId());
        o.put("sql", t.sql());
        o.put("statements", t.statements());
        for (StatementRoute route : StatementRoute.values()) {
          if (t.count(route) > 0) {
            o.put(route.metricName(), t.count(route));
          }
        }
        o.put("shardsReached", t.shardsReached());
        o.put("nodesReached", t.nodesReached());
        if (t.reason() != null) {
          o.put("reason", t.reason());
        }
      }
    }
    return n;
  }

  private static double round(double v) {
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return v;
    }
    return Math.round(v * ROUND) / ROUND;
  }

  private static String print(JsonNode node) {
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter(Separators.createDefaultInstance()
        .withObjectFieldValueSpacing(Separators.Spacing.AFTER));
    pp.indentArraysWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    pp.indentObjectsWith(DefaultIndenter.SYSTEM_LINEFEED_INSTANCE.withLinefeed("\n"));
    try {
      return MAPPER.writer(pp).writeValueAsString(node) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write JSON", e);
    }
  }

  private static int intField(JsonNode root, String field, int dflt, String source) {
    JsonNode n = root.get(field);
    if (n == null || n.isNull()) {
      return dflt;
    }
    if (!n.canConvertToInt() || !n.isIntegralNumber()) {
      throw new IllegalArgumentException(source + ": \"" + field + "\" must be an integer, was " + n);
    }
    return n.intValue();
  }

  /** The entry; null (after adding it to {@code stale}) for a table or column the schema lacks, when stale is given. */
  private static Entry entry(JsonNode t, int index, String source, Map<String, Table> schemaTables,
                             List<StaleEntry> stale) {
    if (!t.isObject()) {
      throw new IllegalArgumentException(source + ": tables[" + index + "] must be an object");
    }
    String name = text(t, "name");
    if (name == null || name.isEmpty()) {
      throw new IllegalArgumentException(source + ": tables[" + index + "] has no \"name\"");
    }
    Table table = null;
    if (schemaTables != null) {
      table = schemaTables.get(name);
      if (table == null) {
        table = schemaTables.get(name.toLowerCase(java.util.Locale.ROOT));
      }
      if (table == null) {
        if (stale != null) {
          stale.add(new StaleEntry(name, null));
          return null;
        }
        throw new IllegalArgumentException(source + ": table " + name + " is not in the schema");
      }
      name = table.name();
    }
    String kindText = text(t, "placement");
    PlacementKind kind;
    if ("reference".equals(kindText)) {
      kind = PlacementKind.REFERENCE;
    } else if ("distributed".equals(kindText)) {
      kind = PlacementKind.DISTRIBUTED;
    } else if ("local".equals(kindText)) {
      kind = PlacementKind.LOCAL;
    } else {
      throw new IllegalArgumentException(source + ": table " + name + " has placement " + quoted(kindText)
          + "; expected \"reference\", \"distributed\" or \"local\"");
    }
    String column = text(t, "column");
    String reason = text(t, "reason");
    if (reason == null) {
      reason = "given in the placement file";
    }
    int group = 0;
    Column col = null;
    if (kind != PlacementKind.DISTRIBUTED) {
      if (column != null) {
        throw new IllegalArgumentException(source + ": " + kind.jsonName() + " table " + name
            + " cannot have a \"column\"");
      }
    } else {
      if (column == null || column.isEmpty()) {
        throw new IllegalArgumentException(source + ": distributed table " + name + " has no \"column\"");
      }
      if (table != null) {
        col = table.column(column).orElse(null);
        if (col == null) {
          col = table.column(column.toLowerCase(java.util.Locale.ROOT)).orElse(null);
        }
        if (col == null) {
          if (stale != null) {
            stale.add(new StaleEntry(name, column));
            return null;
          }
          throw new IllegalArgumentException(source + ": table " + name + " has no column " + column);
        }
        column = col.name();
      }
      JsonNode g = t.get("colocationGroup");
      if (g != null && !g.isNull()) {
        if (!g.isIntegralNumber() || !g.canConvertToInt() || g.intValue() < 1) {
          throw new IllegalArgumentException(source + ": table " + name
              + " has colocationGroup " + g + "; expected an integer >= 1");
        }
        group = g.intValue();
      }
    }
    return new Entry(name, kind, column, group, reason, col == null ? null : col.type());
  }

  /** Citus's default colocation: same distribution column type, same group. */
  private static void assignDefaultGroups(List<Entry> entries, Map<String, Table> schemaTables) {
    int next = 1;
    for (Entry e : entries) {
      next = Math.max(next, e.group + 1);
    }
    Map<String, Integer> byType = new HashMap<>();
    for (Entry e : entries) {
      if (e.kind == PlacementKind.DISTRIBUTED && e.group == 0) {
        if (schemaTables != null && e.columnType != null) {
          Integer g = byType.get(e.columnType);
          if (g == null) {
            g = next++;
            byType.put(e.columnType, g);
          }
          e.group = g;
        } else {
          e.group = next++;
        }
      }
    }
  }

  private static String text(JsonNode t, String field) {
    JsonNode n = t.get(field);
    if (n == null || n.isNull()) {
      return null;
    }
    return n.isTextual() ? n.textValue() : n.toString();
  }

  private static String quoted(String s) {
    return s == null ? "(none)" : "\"" + s + "\"";
  }

  private static String oneLine(String s) {
    return s == null ? "" : s.replace('\n', ' ').replace('\r', ' ');
  }

  /** A table as the file gives it, before default groups are assigned. */
  private static final class Entry {
    final String name;
    final PlacementKind kind;
    final String column;
    int group;
    final String reason;
    final String columnType;

    Entry(String name, PlacementKind kind, String column, int group, String reason, String columnType) {
      this.name = name;
      this.kind = kind;
      this.column = column;
      this.group = group;
      this.reason = reason;
      this.columnType = columnType;
    }
  }
}
