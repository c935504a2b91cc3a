package shardplan.partitioner.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;
import shardplan.partitioner.classify.AccessSummary;
import shardplan.partitioner.classify.ColumnValueStats;
import shardplan.partitioner.model.RejectedColumn;

/**
 * Removes from the candidate distribution columns those that cannot spread a table over the
 * shards. A distribution column with fewer distinct values than {@code shard_count} leaves shards
 * empty and piles rows on a few nodes; one whose most frequent value carries most of the accesses
 * sends them all to one shard; Citus refuses NULL distribution values. The evidence, strongest
 * first:
 *
 * <ol>
 *   <li>the type: a boolean has two values;</li>
 *   <li>{@code pg_stats.n_distinct} (with {@code reltuples} for a negative, relative value) when the
 *       schema came from a live database;</li>
 *   <li>the values the log bound to the column (predicates and inserted values): fewer distinct
 *       values than {@code shard_count} after {@link #SATURATION} × {@code shard_count} bound values
 *       means the column has few values, not that the log is short; a value carrying more than
 *       {@code maxTopShare} of them is dominant; NULLs in more than 1 % of them;</li>
 *   <li>a name that says type or state ({@code type}, {@code kind}, {@code status},
 *       {@code discriminator}, ...) when the log gives no evidence of more values.</li>
 * </ol>
 *
 * A column that is unique on its own (a one-column primary key or unique constraint) has as many
 * values as rows and is never rejected for its count. Rules are generic: no table or column name of
 * any workload appears here.
 */
public final class CandidateFilter {
  /** Bound values per shard after which a column's distinct count is taken as its real one. */
  public static final int SATURATION = 4;
  /** Share of bound values above which the most frequent value is dominant. */
  public static final double DEFAULT_MAX_TOP_SHARE = 0.5;
  /** Values needed before the dominant-value rule applies. */
  static final long MIN_VALUES_FOR_SHARE = 100;
  private static final Pattern STATE_LIKE = Pattern.compile(
      "(?i).*(type|kind|status|state|discriminator|category|level|flag|mode|role|locale|language|languagecode"
          + "|currency|currencycode|gender|enabled|active|deleted)$");

  private final int shardCount;
  private final double maxTopShare;

  public CandidateFilter(int shardCount, double maxTopShare) {
    if (shardCount < 1) {
      throw new IllegalArgumentException("shard count must be at least 1, was " + shardCount);
    }
    this.shardCount = shardCount;
    this.maxTopShare = maxTopShare;
  }

  /** The candidates that pass, and every rejected one with its reason. */
  public record Result(Map<String, List<String>> candidates, List<RejectedColumn> rejected) {
    public Result {
      candidates = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(candidates));
      rejected = List.copyOf(rejected);
    }
  }

  public Result apply(Schema schema, AccessSummary summary, Map<String, List<String>> candidates) {
    Objects.requireNonNull(schema, "schema");
    Map<String, List<String>> kept = new LinkedHashMap<>();
    List<RejectedColumn> rejected = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : candidates.entrySet()) {
      Table t = schema.table(e.getKey()).orElseThrow();
      List<String> keep = new ArrayList<>();
      for (String c : e.getValue()) {
        RejectedColumn r = judge(t, c, summary.columnStats(t.name(), c));
        if (r == null) {
          keep.add(c);
        } else {
          rejected.add(r);
        }
      }
      kept.put(t.name(), keep);
    }
    return new Result(kept, rejected);
  }

  /** Null when {@code column} may distribute {@code t}, else why not. */
  RejectedColumn judge(Table t, String column, ColumnValueStats s) {
    Column col = t.column(column).orElse(null);
    long seen = s == null ? -1 : s.distinct();
    double top = s == null ? 0 : s.topShare();
    if (col != null && col.type().equals("boolean")) {
      return new RejectedColumn(t.name(), column, "boolean", column + " is a boolean: at most two values for "
          + shardCount + " shards", Math.min(2, Math.max(seen, 0)), top);
    }
    if (s != null && s.nulls() > 0 && s.nulls() * 100 > s.nulls() + s.values()) {
      return new RejectedColumn(t.name(), column, "null_values", String.format(Locale.ROOT,
          "%s is NULL in %.1f %% of the values the log bound to it; Citus refuses a NULL distribution value",
          column, 100.0 * s.nulls() / (s.nulls() + s.values())), seen, top);
    }
    boolean unique = uniqueAlone(t, column);
    Long known = pgStatsDistinct(t, column);
    if (!unique && known != null && known < shardCount) {
      return new RejectedColumn(t.name(), column, "few_distinct_values", String.format(Locale.ROOT,
          "pg_stats counts %d distinct values of %s, fewer than the %d shards", known, column, shardCount), known, top);
    }
    // Dominant: above the limit and well above a fair share (two tenants at 55 % / 45 % are even).
    if (s != null && s.values() >= MIN_VALUES_FOR_SHARE && top > maxTopShare && (seen <= 1 || top > 1.5 / seen)) {
      return new RejectedColumn(t.name(), column, "dominant_value", String.format(Locale.ROOT,
          "one value of %s carries %.0f %% of the %d values the log bound to it (limit %.0f %%): its shard would"
              + " take them all", column, 100 * top, s.values(), 100 * maxTopShare), seen, top);
    }
    if (unique || (known != null && known >= shardCount)) {
      return null;
    }
    boolean saturated = s != null && s.values() >= (long) SATURATION * shardCount;
    if (saturated && seen < shardCount) {
      return new RejectedColumn(t.name(), column, "few_distinct_values", String.format(Locale.ROOT,
          "%d distinct value%s of %s in %d bound values, fewer than the %d shards", seen, seen == 1 ? "" : "s",
          column, s.values(), shardCount), seen, top);
    }
    if (seen < shardCount && STATE_LIKE.matcher(column).matches()) {
      return new RejectedColumn(t.name(), column, "low_cardinality_name", String.format(Locale.ROOT,
          "named like a type or state, and the log shows %d distinct value%s of it, fewer than the %d shards",
          Math.max(seen, 0), seen == 1 ? "" : "s", shardCount), seen, top);
    }
    return null;
  }

  private static boolean uniqueAlone(Table t, String column) {
    if (t.primaryKey().size() == 1 && t.primaryKey().get(0).equals(column)) {
      return true;
    }
    for (List<String> u : t.uniqueKeys()) {
      if (u.size() == 1 && u.get(0).equals(column)) {
        return true;
      }
    }
    return false;
  }

  /** {@code pg_stats.n_distinct} as a count, or null when unknown. */
  private static Long pgStatsDistinct(Table t, String column) {
    Double d = t.distinctValues().get(column);
    if (d == null || d == 0) {
      return null;
    }
    if (d > 0) {
      return Math.round(d);
    }
    long rows = t.statistics().estimatedRows();
    return rows <= 0 ? null : Math.round(-d * rows);
  }
}
