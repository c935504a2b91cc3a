package shardplan.emitter;

import java.util.Objects;
import shardplan.analyzer.model.Schema;
import shardplan.emitter.check.CheckedPlacement;
import shardplan.emitter.check.PlacementChecker;
import shardplan.emitter.citus.CitusEmitter;
import shardplan.emitter.fdw.FdwEmitter;
import shardplan.emitter.model.DdlPlan;
import shardplan.emitter.model.EmitOptions;
import shardplan.partitioner.model.Placement;

/**
 * Turns a placement into the DDL that puts it on a cluster: checks it against the schema and
 * the target's rules (repairing or refusing as asked), then writes the statements.
 *
 * <pre>{@code
 * DdlPlan plan = PlacementEmitter.plan(schema, placement, EmitOptions.citus(Mode.NEW));
 * String sql = ScriptRenderer.render(plan);
 * }</pre>
 */
public final class PlacementEmitter {
  private PlacementEmitter() {
  }

  /**
   * The statements, in order.
   *
   * @throws IllegalArgumentException if the placement names an unknown table or column, or
   *                                  leaves a table of the schema out
   * @throws shardplan.emitter.check.RuleViolationException if a rule is broken and the
   *                                  options say refuse
   */
  public static DdlPlan plan(Schema schema, Placement placement, EmitOptions options) {
    Objects.requireNonNull(options, "options");
    CheckedPlacement cp = PlacementChecker.check(schema, placement, options.onViolation());
    return switch (options.target()) {
      case CITUS -> CitusEmitter.plan(cp, options);
      case POSTGRES_FDW -> FdwEmitter.plan(cp, options);
    };
  }

  /** The plan as one script ({@link ScriptRenderer}). */
  public static String script(Schema schema, Placement placement, EmitOptions options) {
    return ScriptRenderer.render(plan(schema, placement, options));
  }
}
