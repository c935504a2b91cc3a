package shardplan.partitioner.explain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * The sentence an architect reads for each table's choice: why it is replicated, or why it is
 * distributed on its column (agreement with the row partition, the fallback to the primary key,
 * the joins without row data) and with which tables it is colocated.
 */
final class ChoiceReasons {
  private final Schema schema;
  private final List<String> tables;
  private final Map<String, List<String>> candidates;
  private final JoinGraph joins;
  private final PartitionAgreement agreement;
  private final double goodEnough;

  ChoiceReasons(Schema schema, List<String> tables, Map<String, List<String>> candidates, JoinGraph joins,
                PartitionAgreement agreement, double goodEnough) {
    this.schema = schema;
    this.tables = tables;
    this.candidates = candidates;
    this.joins = joins;
    this.agreement = agreement;
    this.goodEnough = goodEnough;
  }

  private String col(int t, int c) {
    return candidates.get(tables.get(t)).get(c);
  }

  private String type(int t, int c) {
    Table tab = schema.table(tables.get(t)).orElseThrow();
    return tab.column(col(t, c)).map(Column::type).orElse("");
  }

  private double goodEnough() {
    return goodEnough;
  }

  String replicatedReason(int t, int bestColumn) {
    String name = tables.get(t);
    if (agreement == null || agreement.tableWeight(t) == 0) {
      return "its rows are never named by key, so no column can route its statements; small and rarely"
          + " written, so replicated";
    }
    return String.format(Locale.ROOT,
        "no column keeps its rows with the rows they are used with (best, %s, agrees with the row"
            + " partition for %.1f %% of accesses); small and rarely written, so replicated", col(t, bestColumn),
        100 * agreement.agreement(t, bestColumn));
  }

  /**
   * Why a table no column explains is on {@code column}: its primary key spreads it evenly; any
   * other column got there because the cost-model search found it cheaper.
   */
  private String fallbackChoice(String table, String column) {
    boolean key = schema.table(table).map(tb -> tb.primaryKey().contains(column)).orElse(false);
    return key
        ? "distributed on its primary key " + column + " to spread it evenly"
        : "distributed on " + column + ", which the cost model found cheapest for the workload's transactions";
  }

  String distributedReason(int t, int[] a, boolean[] rep, int[] g) {
    String name = tables.get(t);
    String c = col(t, a[t]);
    StringBuilder sb = new StringBuilder();
    boolean fellBack = agreement != null
        && (agreement.tableWeight(t) == 0 || agreement.agreement(t, a[t]) < goodEnough());
    if (agreement == null) {
      long jw = joins.weightOn(name, c);
      sb.append(String.format(Locale.ROOT, "distributed on %s, the column its joins and predicates name most"
          + " (%d join statements on it)", c, jw));
    } else if (agreement.tableWeight(t) == 0) {
      sb.append("its rows are never named by key; ").append(fallbackChoice(name, c));
    } else if (fellBack) {
      sb.append(String.format(Locale.ROOT,
          "no column follows the row partition well (%s agrees for %.1f %% of accesses, below %.1f %%); %s",
          c, 100 * agreement.agreement(t, a[t]), 100 * goodEnough(), fallbackChoice(name, c)));
    } else {
      sb.append(String.format(Locale.ROOT,
          "distributed on %s: grouping its rows by %s agrees with the row partition for %.1f %% of accesses",
          c, c, 100 * agreement.agreement(t, a[t])));
    }
    List<String> partners = new ArrayList<>();
    for (int u = 0; u < a.length; u++) {
      if (u != t && !rep[u] && g[u] == g[t]) {
        partners.add(tables.get(u));
      }
    }
    if (!partners.isEmpty()) {
      sb.append("; colocated with ").append(String.join(", ", partners.subList(0, Math.min(4, partners.size()))))
          .append(partners.size() > 4 ? " and " + (partners.size() - 4) + " more" : "")
          .append(" (").append(type(t, a[t])).append(" columns)");
    }
    return sb.toString();
  }
}
