package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.schema.Column;
import net.sf.jsqlparser.statement.Statement;
import net.sf.jsqlparser.statement.delete.Delete;
import net.sf.jsqlparser.statement.insert.Insert;
import net.sf.jsqlparser.statement.select.AllColumns;
import net.sf.jsqlparser.statement.select.AllTableColumns;
import net.sf.jsqlparser.statement.select.FromItem;
import net.sf.jsqlparser.statement.select.Join;
import net.sf.jsqlparser.statement.select.ParenthesedFromItem;
import net.sf.jsqlparser.statement.select.ParenthesedSelect;
import net.sf.jsqlparser.statement.select.PlainSelect;
import net.sf.jsqlparser.statement.select.Select;
import net.sf.jsqlparser.statement.select.SelectItem;
import net.sf.jsqlparser.statement.select.SelectVisitorAdapter;
import net.sf.jsqlparser.statement.select.SetOperationList;
import net.sf.jsqlparser.statement.select.Values;
import net.sf.jsqlparser.statement.select.WithItem;
import net.sf.jsqlparser.statement.update.Update;
import net.sf.jsqlparser.statement.update.UpdateSet;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.StatementFacts;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.Table;

/**
 * One walk over a parsed statement: its kind, the table references of every query, CTE and
 * subquery in their scopes, the INSERT rows and the WHERE / ON conjuncts whose equalities and
 * slots go to the {@link SlotBindings}. Top-level AND conjuncts count; equalities under OR or NOT
 * do not. One instance per statement.
 */
final class StatementWalk {
  final Map<String, Table> tables;
  final SlotBindings b = new SlotBindings();

  final List<FromRef> allRefs = new ArrayList<>();
  final Set<String> unknown = new TreeSet<>();
  boolean catalog;

  StatementWalk(Map<String, Table> tables) {
    this.tables = tables;
  }

  final ExpressionVisitorAdapter<Void> subqueries = new ExpressionVisitorAdapter<>(new SelectVisitorAdapter<Void>() {
    @Override
    public <S> Void visit(ParenthesedSelect select, S context) {
      select(select, (Scope) context);
      return null;
    }

    @Override
    public <S> Void visit(PlainSelect select, S context) {
      select(select, (Scope) context);
      return null;
    }

    @Override
    public <S> Void visit(SetOperationList select, S context) {
      select(select, (Scope) context);
      return null;
    }
  }) {
    // the adapter does not descend into x = ANY (SELECT ...), SOME or ALL
    @Override
    public <S> Void visit(net.sf.jsqlparser.expression.AnyComparisonExpression any, S context) {
      if (any.getSelect() != null) {
        select(any.getSelect(), (Scope) context);
      }
      return null;
    }
  };

  ParsedTemplate statement(Statement st) {
    StatementKind kind;
    FromRef target = null;
    Scope root = new Scope(null, new LinkedHashMap<>());
    if (st instanceof Select sel) {
      kind = locks(sel) ? StatementKind.SELECT_FOR_UPDATE : StatementKind.SELECT;
      select(sel, root);
    } else if (st instanceof Insert ins) {
      kind = ins.getConflictAction() != null || ins.isUseDuplicate() ? StatementKind.UPSERT : StatementKind.INSERT;
      withItems(ins.getWithItemsList(), root);
      target = tableRef(ins.getTable(), root, false);
      if (target != null) {
        target.kind = AccessKind.INSERT;
      }
      insert(ins, target, root);
    } else if (st instanceof Update upd) {
      kind = StatementKind.UPDATE;
      withItems(upd.getWithItemsList(), root);
      target = tableRef(upd.getTable(), root, true);
      if (target != null) {
        target.kind = AccessKind.UPDATE;
      }
      if (upd.getStartJoins() != null) {
        joins(upd.getStartJoins(), root);
      }
      if (upd.getFromItem() != null) {
        fromItem(upd.getFromItem(), root);
      }
      if (upd.getJoins() != null) {
        joins(upd.getJoins(), root);
      }
      if (upd.getUpdateSets() != null) {
        for (UpdateSet set : upd.getUpdateSets()) {
          for (Expression e : set.getValues()) {
            walk(e, root);
          }
        }
      }
      where(upd.getWhere(), root);
    } else if (st instanceof Delete del) {
      kind = StatementKind.DELETE;
      withItems(del.getWithItemsList(), root);
      target = tableRef(del.getTable(), root, true);
      if (target != null) {
        target.kind = AccessKind.DELETE;
      }
      if (del.getUsingFromItemList() != null) {
        for (FromItem fi : del.getUsingFromItemList()) {
          fromItem(fi, root);
        }
      } else if (del.getUsingList() != null) {
        for (net.sf.jsqlparser.schema.Table t : del.getUsingList()) {
          fromItem(t, root);
        }
      }
      if (del.getJoins() != null) {
        joins(del.getJoins(), root);
      }
      where(del.getWhere(), root);
    } else {
      return ParsedTemplate.skip("catalog_or_utility");
    }
    if (catalog) {
      return ParsedTemplate.skip("catalog_or_utility");
    }
    Set<String> read = new TreeSet<>();
    Set<String> written = new TreeSet<>();
    for (FromRef r : allRefs) {
      if (r.table == null) {
        continue;
      }
      if (r.kind.writes()) {
        written.add(r.table.name());
      } else {
        read.add(r.table.name());
      }
    }
    if (read.isEmpty() && written.isEmpty()) {
      if (!unknown.isEmpty()) {
        return new ParsedTemplate("unknown_table", null, List.of(), unknown);
      }
      // SELECT 1, SELECT version(), SELECT now(): no table, no workload
      return ParsedTemplate.skip("catalog_or_utility");
    }
    List<JoinEdge> edges = new ArrayList<>();
    for (List<ColumnRef> pair : b.joins) {
      edges.add(new JoinEdge(pair.get(0), pair.get(1), 1));
    }
    List<Predicate> preds = new ArrayList<>();
    b.predicates.forEach((c, slots) -> preds.add(new Predicate(c, slots)));
    StatementFacts facts = new StatementFacts(kind, read, written, edges, preds);
    return new ParsedTemplate(null, facts, b.plans(allRefs), unknown);
  }

  private boolean locks(Select sel) {
    return sel.getForMode() != null || sel.getForUpdate() != null;
  }

  // ---- queries

  /** Analyses a query in {@code parent}'s scope and returns its output columns. */
  Map<String, RefColumn> select(Select sel, Scope parent) {
    Scope scope = parent;
    if (sel.getWithItemsList() != null && !sel.getWithItemsList().isEmpty()) {
      scope = new Scope(parent, new LinkedHashMap<>());
      withItems(sel.getWithItemsList(), scope);
    }
    if (sel instanceof PlainSelect ps) {
      return plainSelect(ps, scope);
    }
    if (sel instanceof SetOperationList sol) {
      Map<String, RefColumn> first = null;
      for (Select s : sol.getSelects()) {
        Map<String, RefColumn> out = select(s, scope);
        if (first == null) {
          first = out;
        }
      }
      return first == null ? Map.of() : first;
    }
    if (sel instanceof ParenthesedSelect p) {
      return p.getSelect() == null ? Map.of() : select(p.getSelect(), scope);
    }
    if (sel instanceof Values v) {
      if (v.getExpressions() != null) {
        for (Expression e : v.getExpressions()) {
          walk(e, scope);
        }
      }
      return Map.of();
    }
    return Map.of();
  }

  /**
   * The output columns of a subquery under the names a column list gives them
   * ({@code WITH r(a, b) AS ...}, {@code (SELECT ...) AS d(a, b)}): by position; columns past
   * the list keep their own names.
   */
  Map<String, RefColumn> renamed(Map<String, RefColumn> out, List<String> names) {
    if (names.isEmpty()) {
      return out;
    }
    Map<String, RefColumn> r = new LinkedHashMap<>();
    int i = 0;
    for (Map.Entry<String, RefColumn> e : out.entrySet()) {
      r.put(i < names.size() ? names.get(i) : e.getKey(), e.getValue());
      i++;
    }
    return r;
  }

  void withItems(List<WithItem<?>> items, Scope scope) {
    if (items == null) {
      return;
    }
    for (WithItem<?> w : items) {
      Map<String, RefColumn> out = Map.of();
      if (w.getSelect() != null) {
        out = select(w.getSelect(), scope);
      } else if (w.getParenthesedStatement() instanceof Select s) {
        out = select(s, scope);
      }
      List<String> names = new ArrayList<>();
      if (w.getWithItemList() != null) {
        for (SelectItem<?> item : w.getWithItemList()) {
          names.add(StatementParser.ident(item.getExpression().toString()));
        }
      }
      scope.ctes.put(StatementParser.ident(w.getAliasName()), renamed(out, names));
    }
  }

  Map<String, RefColumn> plainSelect(PlainSelect ps, Scope parent) {
    Scope scope = new Scope(parent, new LinkedHashMap<>());
    int before = allRefs.size();
    if (ps.getFromItem() != null) {
      fromItem(ps.getFromItem(), scope);
    }
    if (ps.getJoins() != null) {
      joins(ps.getJoins(), scope);
    }
    where(ps.getWhere(), scope);
    if (ps.getHaving() != null) {
      walk(ps.getHaving(), scope);
    }
    if (ps.getOrderByElements() != null) {
      for (net.sf.jsqlparser.statement.select.OrderByElement o : ps.getOrderByElements()) {
        walk(o.getExpression(), scope);
      }
    }
    if (locks(ps)) {
      for (int i = before; i < allRefs.size(); i++) {
        FromRef r = allRefs.get(i);
        if (r.table != null && scope.refs.contains(r)) {
          r.kind = AccessKind.LOCK;
        }
      }
    }
    Map<String, RefColumn> out = new LinkedHashMap<>();
    if (ps.getSelectItems() != null) {
      for (SelectItem<?> item : ps.getSelectItems()) {
        Expression e = item.getExpression();
        if (e instanceof AllTableColumns atc) {
          String q = StatementParser.ident(atc.getTable().getName());
          for (FromRef r : scope.refs) {
            if (r.alias.equals(q)) {
              addAll(out, r);
            }
          }
        } else if (e instanceof AllColumns) {
          for (FromRef r : scope.refs) {
            addAll(out, r);
          }
        } else if (e instanceof Column c) {
          RefColumn t = scope.resolve(c);
          String name = item.getAlias() != null ? StatementParser.ident(item.getAlias().getName()) : StatementParser.ident(c.getColumnName());
          if (t != null) {
            out.put(name, t);
          }
        } else if (e != null) {
          walk(e, scope);
        }
      }
    }
    return out;
  }

  private void addAll(Map<String, RefColumn> out, FromRef r) {
    if (r.table != null) {
      for (var col : r.table.columns()) {
        out.putIfAbsent(col.name(), new RefColumn(r, col.name()));
      }
    } else if (r.derived != null) {
      r.derived.forEach(out::putIfAbsent);
    }
  }

  void joins(List<Join> js, Scope scope) {
    for (Join j : js) {
      int refsBefore = scope.refs.size();
      fromItem(j.getRightItem(), scope);
      if (j.getUsingColumns() != null && scope.refs.size() > refsBefore) {
        FromRef right = scope.refs.get(scope.refs.size() - 1);
        for (Column c : j.getUsingColumns()) {
          String col = StatementParser.ident(c.getColumnName());
          RefColumn rt = right.target(col);
          RefColumn lt = null;
          for (int i = 0; i < refsBefore; i++) {
            if (scope.refs.get(i).has(col)) {
              lt = scope.refs.get(i).target(col);
              break;
            }
          }
          if (lt != null && rt != null) {
            b.equality(lt, rt);
          }
        }
      }
      if (j.getOnExpressions() != null) {
        for (Expression on : j.getOnExpressions()) {
          where(on, scope);
        }
      }
    }
  }

  void fromItem(FromItem fi, Scope scope) {
    if (fi instanceof net.sf.jsqlparser.schema.Table t) {
      tableRef(t, scope, false);
    } else if (fi instanceof ParenthesedSelect ps) {
      Map<String, RefColumn> out = ps.getSelect() == null ? Map.of() : select(ps.getSelect(), scope);
      String alias = ps.getAlias() == null ? "" : StatementParser.ident(ps.getAlias().getName());
      if (ps.getAlias() != null && ps.getAlias().getAliasColumns() != null) {
        List<String> names = new ArrayList<>();
        for (net.sf.jsqlparser.expression.Alias.AliasColumn c : ps.getAlias().getAliasColumns()) {
          names.add(StatementParser.ident(c.name));
        }
        out = renamed(out, names);
      }
      scope.refs.add(new FromRef(alias, null, out));
    } else if (fi instanceof ParenthesedFromItem pfi) {
      fromItem(pfi.getFromItem(), scope);
      if (pfi.getJoins() != null) {
        joins(pfi.getJoins(), scope);
      }
    }
  }

  /** Adds a table reference to {@code scope}; returns it, or null for a CTE or unknown table. */
  FromRef tableRef(net.sf.jsqlparser.schema.Table t, Scope scope, boolean target) {
    String name = StatementParser.ident(t.getName());
    String schemaName = t.getSchemaName() == null ? null : StatementParser.ident(t.getSchemaName());
    String alias = t.getAlias() != null ? StatementParser.ident(t.getAlias().getName()) : name;
    if ("pg_catalog".equals(schemaName) || "information_schema".equals(schemaName)
        || (name != null && name.startsWith("pg_") && !tables.containsKey(name))) {
      catalog = true;
      return null;
    }
    if (schemaName == null && !target) {
      Map<String, RefColumn> cte = scope.cte(name);
      if (cte != null) {
        scope.refs.add(new FromRef(alias, null, cte));
        return null;
      }
    }
    Table table = tables.get(schemaName == null || "public".equals(schemaName) ? name : schemaName + "." + name);
    if (table == null) {
      unknown.add(schemaName == null ? name : schemaName + "." + name);
      scope.refs.add(new FromRef(alias, null, null));
      return null;
    }
    FromRef r = new FromRef(alias, table, null);
    scope.refs.add(r);
    allRefs.add(r);
    return r;
  }

  // ---- INSERT

  void insert(Insert ins, FromRef target, Scope root) {
    Values values = ins.getValues();
    if (values == null && ins.getSelect() instanceof Values v) {
      values = v;
    }
    if (values == null) {
      if (ins.getSelect() != null) {
        select(ins.getSelect(), root);
      }
      return;
    }
    List<String> columns = new ArrayList<>();
    if (ins.getColumns() != null && !ins.getColumns().isEmpty()) {
      for (Column c : ins.getColumns()) {
        columns.add(StatementParser.ident(c.getColumnName()));
      }
    } else if (target != null) {
      for (var c : target.table.columns()) {
        columns.add(c.name());
      }
    }
    List<List<Expression>> rows = new ArrayList<>();
    ExpressionList<?> list = values.getExpressions();
    if (list != null) {
      boolean multi = !(list instanceof ParenthesedExpressionList<?>)
          && !list.isEmpty() && list.get(0) instanceof ExpressionList<?>;
      if (multi) {
        for (Expression e : list) {
          rows.add(e instanceof ExpressionList<?> el ? new ArrayList<>(el) : List.of(e));
        }
      } else {
        rows.add(new ArrayList<>(list));
      }
    }
    for (List<Expression> row : rows) {
      for (Expression e : row) {
        walk(e, root);
      }
    }
    if (target == null) {
      return;
    }
    Map<String, List<Integer>> perColumn = new LinkedHashMap<>();
    for (List<Expression> row : rows) {
      for (int i = 0; i < row.size() && i < columns.size(); i++) {
        int slot = SlotBindings.slot(row.get(i));
        if (slot > 0 && target.table.column(columns.get(i)).isPresent()) {
          perColumn.computeIfAbsent(columns.get(i), k -> new ArrayList<>()).add(slot);
        }
      }
    }
    perColumn.forEach((col, slots) -> {
      List<String> names = new ArrayList<>();
      for (int s : slots) {
        names.add("$" + s);
      }
      b.predicates.computeIfAbsent(new ColumnRef(target.table.name(), col), k -> new ArrayList<>()).addAll(names);
    });
    if (rows.size() == 1) {
      b.insertPlans.add(new AccessPlan(target.table.name(), AccessKind.INSERT,
          SlotBindings.orderBindings(target.table, toSlots(perColumn)), true));
    } else {
      for (int r = 0; r < rows.size(); r++) {
        Map<String, LinkedHashSet<Integer>> one = new LinkedHashMap<>();
        List<Expression> row = rows.get(r);
        for (int i = 0; i < row.size() && i < columns.size(); i++) {
          int slot = SlotBindings.slot(row.get(i));
          if (slot > 0 && target.table.column(columns.get(i)).isPresent()) {
            one.computeIfAbsent(columns.get(i), k -> new LinkedHashSet<>()).add(slot);
          }
        }
        b.insertPlans.add(new AccessPlan(target.table.name(), AccessKind.INSERT, SlotBindings.orderBindings(target.table, one), true));
      }
    }
  }

  private Map<String, LinkedHashSet<Integer>> toSlots(Map<String, List<Integer>> perColumn) {
    Map<String, LinkedHashSet<Integer>> m = new LinkedHashMap<>();
    perColumn.forEach((c, s) -> m.put(c, new LinkedHashSet<>(s)));
    return m;
  }

  // ---- predicates

  void where(Expression e, Scope scope) {
    if (e == null) {
      return;
    }
    conjuncts(e, scope);
    walk(e, scope);
  }

  void conjuncts(Expression e, Scope scope) {
    if (e instanceof AndExpression and) {
      conjuncts(and.getLeftExpression(), scope);
      conjuncts(and.getRightExpression(), scope);
    } else if (e instanceof ParenthesedExpressionList<?> p && p.size() == 1) {
      conjuncts(p.get(0), scope);
    } else if (e instanceof EqualsTo eq) {
      Expression l = SlotBindings.unwrap(eq.getLeftExpression());
      Expression r = SlotBindings.unwrap(eq.getRightExpression());
      if (l instanceof Column lc && r instanceof Column rc) {
        RefColumn lt = scope.resolve(lc);
        RefColumn rt = scope.resolve(rc);
        if (lt != null && rt != null) {
          b.equality(lt, rt);
        }
      } else if (l instanceof Column lc && SlotBindings.slot(r) > 0) {
        b.bind(scope.resolve(lc), List.of(SlotBindings.slot(r)));
      } else if (r instanceof Column rc && SlotBindings.slot(l) > 0) {
        b.bind(scope.resolve(rc), List.of(SlotBindings.slot(l)));
      }
    } else if (e instanceof InExpression in && !in.isNot()) {
      Expression l = SlotBindings.unwrap(in.getLeftExpression());
      if (l instanceof Column lc && in.getRightExpression() instanceof ExpressionList<?> list) {
        List<Integer> slots = new ArrayList<>();
        for (Expression x : list) {
          int s = SlotBindings.slot(x);
          if (s <= 0) {
            return;
          }
          slots.add(s);
        }
        if (!slots.isEmpty()) {
          b.bind(scope.resolve(lc), slots);
        }
      }
    }
  }

  void walk(Expression e, Scope scope) {
    if (e != null) {
      e.accept(subqueries, scope);
    }
  }
}
