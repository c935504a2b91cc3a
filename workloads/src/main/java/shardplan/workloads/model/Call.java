package shardplan.workloads.model;

import java.util.Objects;

/**
 * One execution of a template with its bound parameters. The array is owned by the call and
 * never changed after construction.
 */
public record Call(StatementTemplate template, Object[] params) {
  public Call {
    Objects.requireNonNull(template, "template");
    Objects.requireNonNull(params, "params");
    if (params.length != template.parameterCount()) {
      throw new IllegalArgumentException(template.id() + " takes " + template.parameterCount()
          + " parameters, got " + params.length);
    }
  }

  public static Call of(StatementTemplate t, Object... params) {
    return new Call(t, params);
  }
}
