package shardplan.replay.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Map;
import shardplan.analyzer.model.SkipReason;
import shardplan.replay.model.LatencySummary;
import shardplan.replay.model.ReplayReport;
import shardplan.replay.model.TemplateReplay;

/**
 * {@code replay --format json}: the report's {@code measured} section reads it. Field names are
 * documented in README.md ("Replay a log on a cluster") and kept stable; templates only, never
 * a logged value.
 */
public final class ReplayJson {
  static final ObjectMapper MAPPER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private ReplayJson() {
  }

  public static String write(ReplayReport r) {
    try {
      return MAPPER.writeValueAsString(tree(r)) + "\n";
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  public static ObjectNode tree(ReplayReport r) {
    ObjectNode o = MAPPER.createObjectNode();
    o.put("target", r.target());
    o.put("clients", r.clients());
    o.put("transactions", r.transactions());
    o.put("committed", r.committed());
    o.put("rolledBack", r.rolledBack());
    o.put("failedTransactions", r.failedTransactions());
    o.put("statements", r.statements());
    o.put("failedStatements", r.failedStatements());
    o.put("notRun", r.notRun());
    o.set("errors", counts(r.errors()));
    o.put("elapsedSeconds", round(r.elapsedSeconds()));
    o.put("transactionsPerSecond", round(r.transactionsPerSecond()));
    o.put("statementsPerSecond", round(r.statementsPerSecond()));
    o.set("latencyMs", latency(r.latency()));
    ArrayNode ts = o.putArray("templates");
    for (TemplateReplay t : r.templates()) {
      ObjectNode n = ts.addObject();
      n.put("template", t.template());
      n.put("statements", t.statements());
      n.set("errors", counts(t.errors()));
      n.set("latencyMs", latency(t.latency()));
    }
    ArrayNode sk = o.putArray("skipped");
    for (SkipReason s : r.skipped()) {
      ObjectNode n = sk.addObject();
      n.put("reason", s.reason());
      n.put("count", s.count());
      s.examples().forEach(n.putArray("examples")::add);
    }
    r.citus().ifPresent(c -> {
      ObjectNode n = o.putObject("citus");
      n.put("singleShardStatements", c.singleShardStatements());
      n.put("multiShardStatements", c.multiShardStatements());
    });
    r.nodesReached().ifPresent(nr -> {
      ObjectNode n = o.has("citus") ? (ObjectNode) o.get("citus") : o.putObject("citus");
      n.put("transactionsMeasured", nr.transactions());
      n.put("distributedTransactions", nr.distributed());
      n.put("distributedTransactionFraction", nr.fraction());
    });
    r.notes().forEach(o.putArray("notes")::add);
    return o;
  }

  static ObjectNode latency(LatencySummary l) {
    ObjectNode n = MAPPER.createObjectNode();
    n.put("count", l.count());
    n.put("p50", l.p50Ms());
    n.put("p95", l.p95Ms());
    n.put("p99", l.p99Ms());
    n.put("max", l.maxMs());
    return n;
  }

  private static ObjectNode counts(Map<String, Long> m) {
    ObjectNode n = MAPPER.createObjectNode();
    new java.util.TreeMap<>(m).forEach(n::put);
    return n;
  }

  static double round(double v) {
    return Math.round(v * 1000) / 1000.0;
  }
}
