package shardplan.replay.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import shardplan.replay.model.BenchPlacement;
import shardplan.replay.model.BenchReport;

/**
 * {@code bench.json} and {@code bench.md}. The JSON has exactly the fields README.md documents
 * ("Bench"), which the report's {@code measured} section reads; fractions are 0..1, a figure not
 * measured or not predicted is null.
 */
public final class BenchJson {
  private BenchJson() {
  }

  public static String json(BenchReport r) {
    ObjectNode o = ReplayJson.MAPPER.createObjectNode();
    o.put("workload", r.workload());
    o.put("scale", r.scale());
    o.put("nodes", r.nodes());
    o.put("target", r.target());
    ArrayNode ps = o.putArray("placements");
    for (BenchPlacement p : r.placements()) {
      ObjectNode n = ps.addObject();
      n.put("name", p.name());
      n.put("throughputTps", ReplayJson.round(p.throughputTps()));
      n.put("p50Ms", ReplayJson.round(p.p50Ms()));
      n.put("p95Ms", ReplayJson.round(p.p95Ms()));
      n.put("p99Ms", ReplayJson.round(p.p99Ms()));
      n.put("errors", p.errors());
      put(n, "predictedDistributedTransactionFraction", p.predictedDistributedTransactionFraction());
      put(n, "measuredDistributedTransactionFraction", p.measuredDistributedTransactionFraction());
      put(n, "predictedMultiShardStatements", p.predictedMultiShardStatements());
      put(n, "measuredMultiShardStatements", p.measuredMultiShardStatements());
    }
    try {
      return ReplayJson.MAPPER.writeValueAsString(o) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void put(ObjectNode n, String name, Double v) {
    if (v == null) {
      n.putNull(name);
    } else {
      n.put(name, Math.round(v * 10_000) / 10_000.0);
    }
  }

  private static void put(ObjectNode n, String name, Long v) {
    if (v == null) {
      n.putNull(name);
    } else {
      n.put(name, v);
    }
  }

  /** The Markdown table alone (for README.md and the report). */
  public static String table(BenchReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("| placement | throughput (tps) | p50 ms | p95 ms | p99 ms | errors | distributed txns predicted |"
        + " measured | multi-shard statements predicted | measured |\n");
    sb.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n");
    for (BenchPlacement p : r.placements()) {
      sb.append(String.format(Locale.ROOT, "| %s | %.1f | %.1f | %.1f | %.1f | %d | %s | %s | %s | %s |%n",
          p.name(), p.throughputTps(), p.p50Ms(), p.p95Ms(), p.p99Ms(), p.errors(),
          pct(p.predictedDistributedTransactionFraction()), pct(p.measuredDistributedTransactionFraction()),
          num(p.predictedMultiShardStatements()), num(p.measuredMultiShardStatements())));
    }
    return sb.toString();
  }

  /** {@code bench.md}: the table, how it ran, notes. */
  public static String markdown(BenchReport r) {
    StringBuilder sb = new StringBuilder();
    sb.append("# bench: ").append(r.workload()).append(" at scale ").append(r.scale()).append(", ")
        .append(r.nodes()).append(" worker node(s), ").append(r.target()).append("\n\n");
    sb.append(table(r)).append('\n');
    for (String line : r.run()) {
      sb.append("- ").append(line).append('\n');
    }
    if (!r.notes().isEmpty()) {
      sb.append('\n');
      for (String n : r.notes()) {
        sb.append("- note: ").append(n).append('\n');
      }
    }
    return sb.toString();
  }

  private static String pct(Double f) {
    return f == null ? "–" : String.format(Locale.ROOT, "%.2f %%", 100 * f);
  }

  private static String num(Long n) {
    return n == null ? "–" : Long.toString(n);
  }
}
