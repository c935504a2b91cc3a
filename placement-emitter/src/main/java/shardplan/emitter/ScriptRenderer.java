package shardplan.emitter;

import java.util.List;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.DdlStep;
import shardplan.emitter.model.Node;
import shardplan.emitter.model.Target;
import shardplan.emitter.model.WorkerAddress;

/**
 * Writes a plan as one SQL script: a header with the repairs and notes, then the statements
 * under section markers that say where they run:
 *
 * <pre>
 * -- ==== [coordinator] foreign servers ====
 * -- ==== [worker 1: 10.0.0.2:5432/shop] tables ====
 * </pre>
 *
 * <p>A Citus script runs as a whole on the coordinator ({@code psql -f}). A postgres-fdw
 * script holds statements for several servers: run each marked section on the server it
 * names, in order, or let {@code shardplan apply} do it. Passwords are always masked.
 */
public final class ScriptRenderer {
  /** Start of a section marker line. */
  public static final String MARKER = "-- ==== [";

  private ScriptRenderer() {
  }

  public static String render(DdlPlan plan) {
    StringBuilder sb = new StringBuilder();
    sb.append("-- shardplan placement DDL\n");
    sb.append("-- target: ").append(plan.target().option()).append(", mode: ")
        .append(plan.mode().name().toLowerCase(java.util.Locale.ROOT)).append('\n');
    if (plan.target() == Target.CITUS) {
      sb.append("-- run on the Citus coordinator, in this order\n");
    } else {
      sb.append("-- run each section on the server its marker names, in this order\n");
      for (int i = 0; i < plan.workers().size(); i++) {
        WorkerAddress w = plan.workers().get(i);
        sb.append("--   worker ").append(i + 1).append(": ").append(w.address()).append('/').append(w.database())
            .append('\n');
      }
    }
    appendList(sb, "repairs (the placement broke a rule; the DDL below was changed so the target accepts it)",
        plan.repairs());
    appendList(sb, "notes", plan.notes());
    appendList(sb, "warnings (carried over as written without being understood)", plan.warnings());
    Node node = null;
    String section = null;
    for (DdlStep s : plan.steps()) {
      if (!s.node().equals(node) || !s.section().equals(section)) {
        node = s.node();
        section = s.section();
        sb.append('\n').append(MARKER).append(nodeLabel(plan, node)).append("] ").append(section).append(" ====\n");
      }
      sb.append('\n');
      if (!s.comment().isEmpty()) {
        for (String line : s.comment().split("\n")) {
          sb.append("-- ").append(line).append('\n');
        }
      }
      sb.append(s.shown()).append('\n');
    }
    return sb.toString();
  }

  /** {@code coordinator} or {@code worker 2: host:port/db}. */
  public static String nodeLabel(DdlPlan plan, Node node) {
    if (node.isCoordinator()) {
      return "coordinator";
    }
    WorkerAddress w = plan.workers().get(node.worker() - 1);
    return "worker " + node.worker() + ": " + w.address() + "/" + w.database();
  }

  private static void appendList(StringBuilder sb, String title, List<String> lines) {
    if (lines.isEmpty()) {
      return;
    }
    sb.append("--\n-- ").append(title).append(":\n");
    for (String l : lines) {
      sb.append("--   ").append(l).append('\n');
    }
  }
}
