package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.List;
import shardplan.analyzer.model.ColumnValues;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.normalize.Normalizer;

/**
 * Binds one statement's values to its template's access plans: the row keys it touched. Values
 * the log did not give ({@link Normalizer#UNBOUND}) are left out, so a binding is never guessed.
 */
public final class Binder {
  private Binder() {
  }

  /** The table accesses of one statement; an INSERT of {@code n} rows gives {@code n} accesses. */
  public static List<TableAccess> bind(List<AccessPlan> plans, NormalizedStatement st, String templateId) {
    List<TableAccess> out = new ArrayList<>(plans.size() + 2);
    for (AccessPlan plan : plans) {
      if (plan.rowWise()) {
        int rows = 1;
        for (AccessPlan.Binding b : plan.bindings()) {
          for (int slot : b.slots()) {
            if (slot <= st.slots().size()) {
              rows = Math.max(rows, st.values(slot).size());
            }
          }
        }
        for (int r = 0; r < rows; r++) {
          List<ColumnValues> cvs = new ArrayList<>(plan.bindings().size());
          for (AccessPlan.Binding b : plan.bindings()) {
            List<String> vals = new ArrayList<>(1);
            for (int slot : b.slots()) {
              if (slot > st.slots().size()) {
                continue;
              }
              List<String> sv = st.values(slot);
              String v;
              if (sv.size() == rows) {
                v = sv.get(r);
              } else if (sv.size() == 1) {
                v = sv.get(0);
              } else {
                continue;
              }
              if (v != Normalizer.UNBOUND) {
                vals.add(v);
              }
            }
            if (!vals.isEmpty()) {
              cvs.add(new ColumnValues(b.column(), vals));
            }
          }
          out.add(new TableAccess(plan.table(), plan.kind(), cvs, templateId));
        }
      } else {
        List<ColumnValues> cvs = new ArrayList<>(plan.bindings().size());
        for (AccessPlan.Binding b : plan.bindings()) {
          List<String> vals = new ArrayList<>(2);
          for (int slot : b.slots()) {
            if (slot > st.slots().size()) {
              continue;
            }
            for (String v : st.values(slot)) {
              if (v != Normalizer.UNBOUND && !vals.contains(v)) {
                vals.add(v);
              }
            }
          }
          if (!vals.isEmpty()) {
            cvs.add(new ColumnValues(b.column(), vals));
          }
        }
        out.add(new TableAccess(plan.table(), plan.kind(), cvs, templateId));
      }
    }
    return out;
  }
}
