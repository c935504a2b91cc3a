package shardplan.emitter.model;

/**
 * What to do when the placement breaks a rule of the target.
 *
 * <p>{@link #REPAIR} is the default: a placement is advice that a person reviews before it
 * runs, and the repairs are the smallest changes the target insists on (a key widened by the
 * distribution column, a foreign key the target cannot enforce left out); each one is written
 * into the DDL as a comment and shown as a warning, so nothing changes silently. {@link #REFUSE}
 * is for pipelines where no constraint may change without a person deciding it.
 */
public enum ViolationPolicy {
  /** Change the DDL so the target accepts it, with a comment and a warning per change. */
  REPAIR,
  /** Stop with a message naming the table and the rule. */
  REFUSE
}
