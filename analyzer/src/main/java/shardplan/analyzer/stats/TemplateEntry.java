package shardplan.analyzer.stats;

import java.util.Objects;
import shardplan.analyzer.normalize.TemplateId;
import shardplan.analyzer.parse.ParsedTemplate;

/**
 * One distinct normalised statement, parsed once, with its call counters. Every later statement
 * of the template only increments the counters, which is why per-table and per-join statistics
 * are derived from templates at the end instead of being updated per statement.
 */
public final class TemplateEntry {
  private final String id;
  private final String text;
  private final ParsedTemplate parsed;
  long committedCalls;
  long abortedCalls;

  public TemplateEntry(String text, ParsedTemplate parsed) {
    this.text = Objects.requireNonNull(text, "text");
    this.parsed = Objects.requireNonNull(parsed, "parsed");
    this.id = TemplateId.of(text);
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public ParsedTemplate parsed() {
    return parsed;
  }

  public long committedCalls() {
    return committedCalls;
  }

  public long abortedCalls() {
    return abortedCalls;
  }

  /** Counts {@code n} calls that committed or not. */
  public void count(boolean committed, long n) {
    if (committed) {
      committedCalls += n;
    } else {
      abortedCalls += n;
    }
  }
}
