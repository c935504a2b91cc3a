package shardplan.analyzer.model;

import java.util.Objects;

/**
 * A normalised statement and how often it ran.
 *
 * @param id stable id: the same normalised text always gets the same id
 * @param sql normalised text, literals and parameters replaced by {@code $n}
 * @param facts what it does
 * @param committedCalls calls in committed transactions
 * @param abortedCalls calls in transactions that rolled back or failed
 */
public record TemplateUsage(String id, String sql, StatementFacts facts, long committedCalls, long abortedCalls) {
  public TemplateUsage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(sql, "sql");
    Objects.requireNonNull(facts, "facts");
  }
}
