package shardplan.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import shardplan.reports.model.Measured;

/**
 * Reads {@code --measured FILE}: a {@code bench.json} ({@code placements}, one entry per placement
 * run) or the JSON output of {@code replay} (one run). A figure the file lacks is shown as a dash;
 * a file that is neither fails with one line.
 */
final class MeasuredFile {
  private MeasuredFile() {
  }

  static Measured read(Path file) throws IOException {
    ProfileLoader.requireReadable(file);
    JsonNode root;
    try {
      root = new ObjectMapper().readTree(file.toFile());
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(file + ": not JSON (" + e.getOriginalMessage() + ")");
    }
    if (root == null || !root.isObject()) {
      throw new IllegalArgumentException(file + ": not a bench.json or replay JSON output (no object)");
    }
    String source = file.getFileName().toString();
    if (root.has("placements") && root.get("placements").isArray()) {
      List<Measured.Run> runs = new ArrayList<>();
      for (JsonNode p : root.get("placements")) {
        runs.add(run(text(p, "name", "placement"), p));
      }
      String d = text(root, "workload", "?") + ", scale " + text(root, "scale", "?") + ", " + text(root, "nodes", "?")
          + " nodes, " + text(root, "target", "?");
      return new Measured(source, "bench", d, runs);
    }
    if (root.has("transactionsPerSecond") || root.has("throughputTps")) {
      String d = text(root, "statements", "?") + " statements, " + text(root, "transactions", "?") + " transactions";
      return new Measured(source, "replay", d, List.of(run(text(root, "placement", "replayed"), root)));
    }
    throw new IllegalArgumentException(file + ": not a bench.json (no \"placements\") or replay JSON output"
        + " (no \"transactionsPerSecond\")");
  }

  private static Measured.Run run(String name, JsonNode n) {
    JsonNode latency = n.has("latencyMs") ? n.get("latencyMs") : n;
    JsonNode citus = n.has("citus") ? n.get("citus") : null;
    long measuredMulti = count(n, "measuredMultiShardStatements");
    if (measuredMulti < 0 && citus != null) {
      measuredMulti = count(citus, "multiShardStatements");
    }
    return new Measured.Run(name, first(n, "throughputTps", "transactionsPerSecond"), first(latency, "p50Ms", "p50"),
        first(latency, "p95Ms", "p95"), first(latency, "p99Ms", "p99"), errors(n),
        number(n, "predictedDistributedTransactionFraction"), number(n, "measuredDistributedTransactionFraction"),
        count(n, "predictedMultiShardStatements"), measuredMulti);
  }

  private static double first(JsonNode n, String a, String b) {
    double v = number(n, a);
    return Double.isNaN(v) ? number(n, b) : v;
  }

  private static double number(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isNumber() ? v.asDouble() : Double.NaN;
  }

  private static long count(JsonNode n, String field) {
    JsonNode v = n.get(field);
    return v != null && v.isNumber() ? v.asLong() : -1;
  }

  /** Errors as a number, or summed over an object of counts by SQLSTATE. */
  private static long errors(JsonNode n) {
    JsonNode v = n.has("errors") ? n.get("errors") : n.get("errorsBySqlState");
    if (v == null) {
      return -1;
    }
    if (v.isNumber()) {
      return v.asLong();
    }
    long sum = 0;
    for (Iterator<Map.Entry<String, JsonNode>> it = v.fields(); it.hasNext(); ) {
      JsonNode c = it.next().getValue();
      sum += c.isNumber() ? c.asLong() : 0;
    }
    return sum;
  }

  private static String text(JsonNode n, String field, String otherwise) {
    JsonNode v = n.get(field);
    return v == null || v.isNull() ? otherwise : v.asText();
  }
}
