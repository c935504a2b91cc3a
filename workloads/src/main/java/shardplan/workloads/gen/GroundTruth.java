package shardplan.workloads.gen;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import shardplan.workloads.model.Call;
import shardplan.workloads.model.ExpectedJoin;
import shardplan.workloads.model.GeneratedTransaction;
import shardplan.workloads.model.JoinPair;
import shardplan.workloads.model.StatementTemplate;
import shardplan.workloads.model.TableCounts;

/**
 * Counts what the generator emitted with the shared counting rules: statements (not rows) per
 * table and category from each template's facts, committed apart from rolled back; join edges
 * weighted by committed statements; and the transactions whose rows span more than one
 * partition key. Counting runs per template (how many times each was sent), so the facts are
 * expanded once at the end.
 */
public final class GroundTruth {
  private final Map<StatementTemplate, long[]> perTemplate = new IdentityHashMap<>();
  private long transactions;
  private long committed;
  private long statements;
  private long multiPartition;

  /** Adds a finished transaction. */
  public void add(GeneratedTransaction t) {
    transactions++;
    if (!t.rollback()) {
      committed++;
    }
    if (t.multiPartition()) {
      multiPartition++;
    }
    int slot = t.rollback() ? 1 : 0;
    for (Call c : t.calls()) {
      statements++;
      perTemplate.computeIfAbsent(c.template(), k -> new long[2])[slot]++;
    }
  }

  public long transactions() {
    return transactions;
  }

  public long committedTransactions() {
    return committed;
  }

  public long statements() {
    return statements;
  }

  /** Fraction of all transactions whose rows span more than one partition key (0 when none). */
  public double spanFraction() {
    return transactions == 0 ? 0.0 : (double) multiPartition / transactions;
  }

  /** Committed counts for every table of {@code tables}, in that order. */
  public Map<String, TableCounts> counts(List<String> tables) {
    return counts(tables, 0);
  }

  /** Counts of rolled-back transactions' statements for every table of {@code tables}. */
  public Map<String, TableCounts> abortedCounts(List<String> tables) {
    return counts(tables, 1);
  }

  private Map<String, TableCounts> counts(List<String> tables, int slot) {
    Map<String, long[]> acc = new LinkedHashMap<>();
    for (String t : tables) {
      acc.put(t, new long[4]);
    }
    for (Map.Entry<StatementTemplate, long[]> e : perTemplate.entrySet()) {
      StatementTemplate t = e.getKey();
      long n = e.getValue()[slot];
      if (n == 0) {
        continue;
      }
      for (String r : t.reads()) {
        table(acc, r, t)[0] += n;
      }
      if (t.inserts() != null) {
        table(acc, t.inserts(), t)[1] += n;
      }
      if (t.updates() != null) {
        table(acc, t.updates(), t)[2] += n;
      }
      if (t.deletes() != null) {
        table(acc, t.deletes(), t)[3] += n;
      }
    }
    Map<String, TableCounts> out = new LinkedHashMap<>();
    acc.forEach((k, v) -> out.put(k, new TableCounts(v[0], v[1], v[2], v[3])));
    return out;
  }

  private static long[] table(Map<String, long[]> acc, String name, StatementTemplate t) {
    long[] a = acc.get(name);
    if (a == null) {
      throw new IllegalStateException("template " + t.id() + " names table " + name + " that the schema lacks");
    }
    return a;
  }

  /** Join edges with committed weights, heaviest first, then by name. */
  public List<ExpectedJoin> joins() {
    Map<JoinPair, long[]> w = new TreeMap<>();
    for (Map.Entry<StatementTemplate, long[]> e : perTemplate.entrySet()) {
      long n = e.getValue()[0];
      for (JoinPair p : e.getKey().joins()) {
        w.computeIfAbsent(p, k -> new long[1])[0] += n;
      }
    }
    List<ExpectedJoin> out = new ArrayList<>();
    w.forEach((p, n) -> {
      if (n[0] > 0) {
        out.add(new ExpectedJoin(p.left(), p.right(), n[0]));
      }
    });
    out.sort(Comparator.comparingLong(ExpectedJoin::weight).reversed()
        .thenComparing(ExpectedJoin::left).thenComparing(ExpectedJoin::right));
    return out;
  }

  /** How many times each template was sent, committed and rolled back; for tests. */
  public Map<String, long[]> templateCounts() {
    Map<String, long[]> out = new TreeMap<>();
    perTemplate.forEach((t, n) -> out.put(t.id(), n.clone()));
    return out;
  }
}
