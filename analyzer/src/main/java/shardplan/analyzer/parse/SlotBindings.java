package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.Table;

/**
 * The values bound to columns in one statement: the slots of equality and IN predicates, the
 * equi-joins between references, and the propagation of bound slots through those joins that
 * makes the statement's access plans. In {@code s_w_id = ol_w_id AND ol_w_id = $1} both columns
 * are bound to {@code $1}.
 */
final class SlotBindings {
  final Map<FromRef, Map<String, LinkedHashSet<Integer>>> bound = new LinkedHashMap<>();
  final List<RefColumn[]> equalities = new ArrayList<>();
  final Set<List<ColumnRef>> joins = new LinkedHashSet<>();
  final Map<ColumnRef, List<String>> predicates = new LinkedHashMap<>();
  final List<AccessPlan> insertPlans = new ArrayList<>();

  void equality(RefColumn a, RefColumn b) {
    if (a.ref() == b.ref()) {
      return;
    }
    equalities.add(new RefColumn[] {a, b});
    ColumnRef ca = a.columnRef();
    ColumnRef cb = b.columnRef();
    if (ca.equals(cb)) {
      return;
    }
    joins.add(ca.compareTo(cb) < 0 ? List.of(ca, cb) : List.of(cb, ca));
  }

  void bind(RefColumn t, List<Integer> slots) {
    if (t == null) {
      return;
    }
    bound.computeIfAbsent(t.ref(), k -> new LinkedHashMap<>())
        .computeIfAbsent(t.column(), k -> new LinkedHashSet<>()).addAll(slots);
    List<String> names = predicates.computeIfAbsent(t.columnRef(), k -> new ArrayList<>());
    for (int s : slots) {
      String n = "$" + s;
      if (!names.contains(n)) {
        names.add(n);
      }
    }
  }

  /** The slot number of {@code $k} (possibly cast or parenthesised), or -1. */
  static int slot(Expression e) {
    Expression x = unwrap(e);
    if (x instanceof JdbcParameter p && p.getIndex() != null) {
      return p.getIndex();
    }
    return -1;
  }

  static Expression unwrap(Expression e) {
    Expression x = e;
    for (int i = 0; i < 8; i++) {
      if (x instanceof CastExpression c) {
        x = c.getLeftExpression();
      } else if (x instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
        x = p.get(0);
      } else {
        break;
      }
    }
    return x;
  }

  // ---- plans

  List<AccessPlan> plans(List<FromRef> allRefs) {
    // propagate bound slots through the equalities until nothing changes
    for (int round = 0; round < 8; round++) {
      boolean changed = false;
      for (RefColumn[] eq : equalities) {
        changed |= copyBinding(eq[0], eq[1]);
        changed |= copyBinding(eq[1], eq[0]);
      }
      if (!changed) {
        break;
      }
    }
    Map<String, AccessPlan> plans = new LinkedHashMap<>();
    Map<String, Map<String, LinkedHashSet<Integer>>> merged = new LinkedHashMap<>();
    Map<String, FromRef> first = new LinkedHashMap<>();
    for (FromRef r : allRefs) {
      if (r.kind == AccessKind.INSERT) {
        continue;
      }
      String key = r.table.name() + "\u0000" + r.kind;
      first.putIfAbsent(key, r);
      Map<String, LinkedHashSet<Integer>> m = merged.computeIfAbsent(key, k -> new LinkedHashMap<>());
      Map<String, LinkedHashSet<Integer>> b = bound.get(r);
      if (b != null) {
        b.forEach((col, slots) -> m.computeIfAbsent(col, k -> new LinkedHashSet<>()).addAll(slots));
      }
    }
    List<AccessPlan> out = new ArrayList<>(insertPlans);
    merged.forEach((key, cols) -> {
      FromRef r = first.get(key);
      plans.put(key, new AccessPlan(r.table.name(), r.kind, orderBindings(r.table, cols), false));
    });
    out.addAll(plans.values());
    return out;
  }

  private boolean copyBinding(RefColumn from, RefColumn to) {
    Map<String, LinkedHashSet<Integer>> fb = bound.get(from.ref());
    if (fb == null || !fb.containsKey(from.column())) {
      return false;
    }
    Map<String, LinkedHashSet<Integer>> tb = bound.computeIfAbsent(to.ref(), k -> new LinkedHashMap<>());
    if (tb.containsKey(to.column())) {
      return false;
    }
    tb.put(to.column(), new LinkedHashSet<>(fb.get(from.column())));
    return true;
  }

  /** Primary-key columns first (in key order), then the others in declaration order. */
  static List<AccessPlan.Binding> orderBindings(Table table, Map<String, LinkedHashSet<Integer>> cols) {
    List<AccessPlan.Binding> out = new ArrayList<>();
    Set<String> done = new HashSet<>();
    for (String pk : table.primaryKey()) {
      LinkedHashSet<Integer> s = cols.get(pk);
      if (s != null && done.add(pk)) {
        out.add(new AccessPlan.Binding(pk, s.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
    for (var c : table.columns()) {
      LinkedHashSet<Integer> s = cols.get(c.name());
      if (s != null && done.add(c.name())) {
        out.add(new AccessPlan.Binding(c.name(), s.stream().mapToInt(Integer::intValue).toArray()));
      }
    }
    return out;
  }
}
