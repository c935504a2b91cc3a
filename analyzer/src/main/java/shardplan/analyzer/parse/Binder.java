package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.normalize.Normalizer;
import shardplan.analyzer.normalize.SlotValues;

/**
 * Binds one statement's values to its template's access plans: the row keys it touched. Values
 * the log did not give ({@link Normalizer#UNBOUND}) are left out, so a binding is never guessed;
 * IN-list values are de-duplicated. An INSERT of {@code n} rows gives {@code n} accesses.
 *
 * <p>Writes to a {@link RowKeySink} so the hot path builds no per-access objects. Reuses scratch
 * arrays: not thread-safe, one instance per analysing thread.
 */
public final class Binder {
  private String[][] vals = new String[8][8];
  private int[] counts = new int[8];

  /** Writes the accesses of one statement to {@code sink}. */
  public void write(List<AccessPlan> plans, SlotValues st, String templateId, RowKeySink sink) {
    for (int p = 0; p < plans.size(); p++) {
      AccessPlan plan = plans.get(p);
      List<AccessPlan.Binding> bs = plan.bindings();
      ensure(bs.size());
      if (plan.rowWise()) {
        int rows = 1;
        for (int b = 0; b < bs.size(); b++) {
          for (int slot : bs.get(b).slots()) {
            if (slot <= st.slotCount()) {
              rows = Math.max(rows, st.count(slot));
            }
          }
        }
        for (int r = 0; r < rows; r++) {
          int nonEmpty = 0;
          for (int b = 0; b < bs.size(); b++) {
            counts[b] = 0;
            for (int slot : bs.get(b).slots()) {
              if (slot > st.slotCount()) {
                continue;
              }
              int c = st.count(slot);
              String v;
              if (c == rows) {
                v = st.value(slot, r);
              } else if (c == 1) {
                v = st.value(slot, 0);
              } else {
                continue;
              }
              if (v != Normalizer.UNBOUND) {
                add(b, v);
              }
            }
            if (counts[b] > 0) {
              nonEmpty++;
            }
          }
          emit(plan, bs, nonEmpty, templateId, sink);
        }
      } else {
        int nonEmpty = 0;
        for (int b = 0; b < bs.size(); b++) {
          counts[b] = 0;
          for (int slot : bs.get(b).slots()) {
            if (slot > st.slotCount()) {
              continue;
            }
            int c = st.count(slot);
            for (int i = 0; i < c; i++) {
              String v = st.value(slot, i);
              if (v != Normalizer.UNBOUND && !contains(b, v)) {
                add(b, v);
              }
            }
          }
          if (counts[b] > 0) {
            nonEmpty++;
          }
        }
        emit(plan, bs, nonEmpty, templateId, sink);
      }
    }
  }

  private void emit(AccessPlan plan, List<AccessPlan.Binding> bs, int nonEmpty, String templateId, RowKeySink sink) {
    sink.access(plan.table(), plan.kind(), templateId, nonEmpty);
    for (int b = 0; b < bs.size(); b++) {
      if (counts[b] == 0) {
        continue;
      }
      sink.binding(bs.get(b).column(), counts[b]);
      String[] v = vals[b];
      for (int i = 0; i < counts[b]; i++) {
        sink.value(v[i]);
      }
    }
  }

  private void ensure(int bindings) {
    if (bindings > counts.length) {
      counts = new int[bindings];
      String[][] nv = new String[bindings][];
      for (int i = 0; i < bindings; i++) {
        nv[i] = i < vals.length ? vals[i] : new String[8];
      }
      vals = nv;
    }
  }

  private void add(int b, String v) {
    if (counts[b] == vals[b].length) {
      vals[b] = Arrays.copyOf(vals[b], vals[b].length * 2);
    }
    vals[b][counts[b]++] = v;
  }

  private boolean contains(int b, String v) {
    String[] a = vals[b];
    int n = counts[b];
    if (n > 64) {
      // long IN lists: a linear scan per value would be quadratic
      for (int i = n - 1; i >= Math.max(0, n - 64); i--) {
        if (java.util.Objects.equals(a[i], v)) {
          return true;
        }
      }
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (java.util.Objects.equals(a[i], v)) {
        return true;
      }
    }
    return false;
  }

  /** The table accesses of one statement as records (for tests and small inputs). */
  public static List<TableAccess> bind(List<AccessPlan> plans, SlotValues st, String templateId) {
    List<TableAccess> out = new ArrayList<>();
    new Binder().write(plans, st, templateId, new RowKeySink() {
      String table;
      AccessKind kind;
      String template;
      int bindings;
      String column;
      int values;
      final List<ColumnValues> cvs = new ArrayList<>();
      final List<String> vs = new ArrayList<>();

      @Override
      public void access(String t, AccessKind k, String id, int n) {
        table = t;
        kind = k;
        template = id;
        bindings = n;
        cvs.clear();
        if (n == 0) {
          out.add(new TableAccess(table, kind, List.of(), template));
        }
      }

      @Override
      public void binding(String c, int n) {
        column = c;
        values = n;
        vs.clear();
      }

      @Override
      public void value(String v) {
        vs.add(v);
        if (vs.size() == values) {
          cvs.add(new ColumnValues(column, vs));
          if (cvs.size() == bindings) {
            out.add(new TableAccess(table, kind, cvs, template));
          }
        }
      }
    });
    return out;
  }
}
