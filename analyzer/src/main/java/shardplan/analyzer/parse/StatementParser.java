package shardplan.analyzer.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import net.sf.jsqlparser.expression.CastExpression;
import net.sf.jsqlparser.expression.Expression;
import net.sf.jsqlparser.expression.ExpressionVisitorAdapter;
import net.sf.jsqlparser.expression.JdbcParameter;
import net.sf.jsqlparser.expression.operators.conditional.AndExpression;
import net.sf.jsqlparser.expression.operators.relational.EqualsTo;
import net.sf.jsqlparser.expression.operators.relational.ExpressionList;
import net.sf.jsqlparser.expression.operators.relational.InExpression;
import net.sf.jsqlparser.expression.operators.relational.ParenthesedExpressionList;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
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
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.StatementFacts;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.Table;

/**
 * Parses a normalised template once (JSqlParser) and finds what it does: kind, tables read and
 * written, equi-join column pairs, equality / IN predicates and inserted values with their slots,
 * and the plans that bind each statement's values to row keys.
 *
 * <p>Columns are resolved to schema tables through aliases, unqualified names (the one table in
 * scope that has the column, else the enclosing query's), derived tables and CTEs (through the
 * select list), and correlated subqueries. A column that cannot be resolved exactly is left out
 * rather than guessed.
 *
 * <p>Bound values are propagated through equi-joins of the same conjunction: in
 * {@code s_w_id = ol_w_id AND ol_w_id = $1} both columns are bound to {@code $1}. Only
 * top-level AND conjuncts of WHERE and ON count; equalities under OR or NOT do not.
 *
 * <p>Uses {@code CCJSqlParserUtil.newParser(sql).Statement()}: {@code CCJSqlParserUtil.parse}
 * starts a thread pool per call. Not thread-safe; one instance per analysing thread.
 */
public final class StatementParser {
  private final Schema schema;
  private final Map<String, Table> tables;

  public StatementParser(Schema schema) {
    this.schema = Objects.requireNonNull(schema, "schema");
    this.tables = schema.byName();
  }

  /** Longest template handed to the parser. */
  static final int MAX_TEMPLATE_CHARS = 256 * 1024;
  /** Deepest parenthesis nesting handed to the parser. */
  static final int MAX_NESTING = 100;

  /** Deepest parenthesis nesting outside quotes (templates have no literals left, only identifiers). */
  static int nesting(String sql) {
    int depth = 0;
    int max = 0;
    boolean quoted = false;
    for (int i = 0; i < sql.length(); i++) {
      char c = sql.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        if (c == '(') {
          max = Math.max(max, ++depth);
        } else if (c == ')') {
          depth--;
        }
      }
    }
    return max;
  }

  public Schema schema() {
    return schema;
  }

  /** Parses {@code template}; never throws on bad SQL (that is a skip reason). */
  public ParsedTemplate parse(String template) {
    CommandWord word = CommandWord.of(template);
    if (word == CommandWord.DDL) {
      return ParsedTemplate.skip("ddl");
    }
    if (word != CommandWord.DATA) {
      return ParsedTemplate.skip("catalog_or_utility");
    }
    if (template.length() > MAX_TEMPLATE_CHARS || nesting(template) > MAX_NESTING) {
      // the parser's time and stack grow steeply with size and nesting; such text is not workload
      return ParsedTemplate.skip("unparseable_sql");
    }
    Statement st;
    try {
      st = CCJSqlParserUtil.newParser(template).Statement();
    } catch (Exception | StackOverflowError e) {
      return ParsedTemplate.skip("unparseable_sql");
    } catch (Error e) {
      // JSqlParser's TokenMgrError on characters it cannot lex
      if (e.getClass().getSimpleName().contains("TokenMgr")) {
        return ParsedTemplate.skip("unparseable_sql");
      }
      throw e;
    }
    try {
      return new Walk().statement(st);
    } catch (RuntimeException e) {
      return ParsedTemplate.skip("unparseable_sql");
    }
  }

  static String ident(String raw) {
    if (raw == null) {
      return null;
    }
    if (raw.length() >= 2 && raw.charAt(0) == '"' && raw.charAt(raw.length() - 1) == '"') {
      return raw.substring(1, raw.length() - 1).replace("\"\"", "\"");
    }
    return raw.toLowerCase(Locale.ROOT);
  }

  /** A table reference in a FROM clause (or a DML target): a schema table, a derived table or a CTE. */
  private static final class Ref {
    final String alias;
    final Table table;
    final Map<String, Target> derived;
    AccessKind kind = AccessKind.READ;

    Ref(String alias, Table table, Map<String, Target> derived) {
      this.alias = alias;
      this.table = table;
      this.derived = derived;
    }

    boolean has(String column) {
      if (table != null) {
        return table.column(column).isPresent();
      }
      return derived != null && derived.containsKey(column);
    }

    Target target(String column) {
      if (table != null) {
        return table.column(column).isPresent() ? new Target(this, column) : null;
      }
      return derived == null ? null : derived.get(column);
    }
  }

  /** A column of a schema table as seen through one reference. */
  private record Target(Ref ref, String column) {
    ColumnRef columnRef() {
      return new ColumnRef(ref.table.name(), column);
    }
  }

  private static final class Scope {
    final Scope parent;
    final List<Ref> refs = new ArrayList<>();
    final Map<String, Map<String, Target>> ctes;

    Scope(Scope parent, Map<String, Map<String, Target>> ctes) {
      this.parent = parent;
      this.ctes = ctes;
    }

    Map<String, Target> cte(String name) {
      for (Scope s = this; s != null; s = s.parent) {
        Map<String, Target> d = s.ctes.get(name);
        if (d != null) {
          return d;
        }
      }
      return null;
    }
  }

  /** The state of one parse. */
  private final class Walk {
    final List<Ref> allRefs = new ArrayList<>();
    final Set<String> unknown = new TreeSet<>();
    boolean catalog;
    final Map<Ref, Map<String, LinkedHashSet<Integer>>> bound = new LinkedHashMap<>();
    final List<Target[]> equalities = new ArrayList<>();
    final Set<List<ColumnRef>> joins = new LinkedHashSet<>();
    final Map<ColumnRef, List<String>> predicates = new LinkedHashMap<>();
    final List<AccessPlan> insertPlans = new ArrayList<>();

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
      Ref target = null;
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
      for (Ref r : allRefs) {
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
      for (List<ColumnRef> pair : joins) {
        edges.add(new JoinEdge(pair.get(0), pair.get(1), 1));
      }
      List<Predicate> preds = new ArrayList<>();
      predicates.forEach((c, slots) -> preds.add(new Predicate(c, slots)));
      StatementFacts facts = new StatementFacts(kind, read, written, edges, preds);
      return new ParsedTemplate(null, facts, plans(), unknown);
    }

    private boolean locks(Select sel) {
      return sel.getForMode() != null || sel.getForUpdate() != null;
    }

    // ---- queries

    /** Analyses a query in {@code parent}'s scope and returns its output columns. */
    Map<String, Target> select(Select sel, Scope parent) {
      Scope scope = parent;
      if (sel.getWithItemsList() != null && !sel.getWithItemsList().isEmpty()) {
        scope = new Scope(parent, new LinkedHashMap<>());
        withItems(sel.getWithItemsList(), scope);
      }
      if (sel instanceof PlainSelect ps) {
        return plainSelect(ps, scope);
      }
      if (sel instanceof SetOperationList sol) {
        Map<String, Target> first = null;
        for (Select s : sol.getSelects()) {
          Map<String, Target> out = select(s, scope);
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
    Map<String, Target> renamed(Map<String, Target> out, List<String> names) {
      if (names.isEmpty()) {
        return out;
      }
      Map<String, Target> r = new LinkedHashMap<>();
      int i = 0;
      for (Map.Entry<String, Target> e : out.entrySet()) {
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
        Map<String, Target> out = Map.of();
        if (w.getSelect() != null) {
          out = select(w.getSelect(), scope);
        } else if (w.getParenthesedStatement() instanceof Select s) {
          out = select(s, scope);
        }
        List<String> names = new ArrayList<>();
        if (w.getWithItemList() != null) {
          for (SelectItem<?> item : w.getWithItemList()) {
            names.add(ident(item.getExpression().toString()));
          }
        }
        scope.ctes.put(ident(w.getAliasName()), renamed(out, names));
      }
    }

    Map<String, Target> plainSelect(PlainSelect ps, Scope parent) {
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
          Ref r = allRefs.get(i);
          if (r.table != null && scope.refs.contains(r)) {
            r.kind = AccessKind.LOCK;
          }
        }
      }
      Map<String, Target> out = new LinkedHashMap<>();
      if (ps.getSelectItems() != null) {
        for (SelectItem<?> item : ps.getSelectItems()) {
          Expression e = item.getExpression();
          if (e instanceof AllTableColumns atc) {
            String q = ident(atc.getTable().getName());
            for (Ref r : scope.refs) {
              if (r.alias.equals(q)) {
                addAll(out, r);
              }
            }
          } else if (e instanceof AllColumns) {
            for (Ref r : scope.refs) {
              addAll(out, r);
            }
          } else if (e instanceof Column c) {
            Target t = resolve(c, scope);
            String name = item.getAlias() != null ? ident(item.getAlias().getName()) : ident(c.getColumnName());
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

    private void addAll(Map<String, Target> out, Ref r) {
      if (r.table != null) {
        for (var col : r.table.columns()) {
          out.putIfAbsent(col.name(), new Target(r, col.name()));
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
          Ref right = scope.refs.get(scope.refs.size() - 1);
          for (Column c : j.getUsingColumns()) {
            String col = ident(c.getColumnName());
            Target rt = right.target(col);
            Target lt = null;
            for (int i = 0; i < refsBefore; i++) {
              if (scope.refs.get(i).has(col)) {
                lt = scope.refs.get(i).target(col);
                break;
              }
            }
            if (lt != null && rt != null) {
              equality(lt, rt);
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
        Map<String, Target> out = ps.getSelect() == null ? Map.of() : select(ps.getSelect(), scope);
        String alias = ps.getAlias() == null ? "" : ident(ps.getAlias().getName());
        if (ps.getAlias() != null && ps.getAlias().getAliasColumns() != null) {
          List<String> names = new ArrayList<>();
          for (net.sf.jsqlparser.expression.Alias.AliasColumn c : ps.getAlias().getAliasColumns()) {
            names.add(ident(c.name));
          }
          out = renamed(out, names);
        }
        scope.refs.add(new Ref(alias, null, out));
      } else if (fi instanceof ParenthesedFromItem pfi) {
        fromItem(pfi.getFromItem(), scope);
        if (pfi.getJoins() != null) {
          joins(pfi.getJoins(), scope);
        }
      }
    }

    /** Adds a table reference to {@code scope}; returns it, or null for a CTE or unknown table. */
    Ref tableRef(net.sf.jsqlparser.schema.Table t, Scope scope, boolean target) {
      String name = ident(t.getName());
      String schemaName = t.getSchemaName() == null ? null : ident(t.getSchemaName());
      String alias = t.getAlias() != null ? ident(t.getAlias().getName()) : name;
      if ("pg_catalog".equals(schemaName) || "information_schema".equals(schemaName)
          || (name != null && name.startsWith("pg_") && !tables.containsKey(name))) {
        catalog = true;
        return null;
      }
      if (schemaName == null && !target) {
        Map<String, Target> cte = scope.cte(name);
        if (cte != null) {
          scope.refs.add(new Ref(alias, null, cte));
          return null;
        }
      }
      Table table = tables.get(schemaName == null || "public".equals(schemaName) ? name : schemaName + "." + name);
      if (table == null) {
        unknown.add(schemaName == null ? name : schemaName + "." + name);
        scope.refs.add(new Ref(alias, null, null));
        return null;
      }
      Ref r = new Ref(alias, table, null);
      scope.refs.add(r);
      allRefs.add(r);
      return r;
    }

    // ---- INSERT

    void insert(Insert ins, Ref target, Scope root) {
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
          columns.add(ident(c.getColumnName()));
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
          int slot = slot(row.get(i));
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
        predicates.computeIfAbsent(new ColumnRef(target.table.name(), col), k -> new ArrayList<>()).addAll(names);
      });
      if (rows.size() == 1) {
        insertPlans.add(new AccessPlan(target.table.name(), AccessKind.INSERT,
            orderBindings(target.table, toSlots(perColumn)), true));
      } else {
        for (int r = 0; r < rows.size(); r++) {
          Map<String, LinkedHashSet<Integer>> one = new LinkedHashMap<>();
          List<Expression> row = rows.get(r);
          for (int i = 0; i < row.size() && i < columns.size(); i++) {
            int slot = slot(row.get(i));
            if (slot > 0 && target.table.column(columns.get(i)).isPresent()) {
              one.computeIfAbsent(columns.get(i), k -> new LinkedHashSet<>()).add(slot);
            }
          }
          insertPlans.add(new AccessPlan(target.table.name(), AccessKind.INSERT, orderBindings(target.table, one), true));
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
        Expression l = unwrap(eq.getLeftExpression());
        Expression r = unwrap(eq.getRightExpression());
        if (l instanceof Column lc && r instanceof Column rc) {
          Target lt = resolve(lc, scope);
          Target rt = resolve(rc, scope);
          if (lt != null && rt != null) {
            equality(lt, rt);
          }
        } else if (l instanceof Column lc && slot(r) > 0) {
          bind(resolve(lc, scope), List.of(slot(r)));
        } else if (r instanceof Column rc && slot(l) > 0) {
          bind(resolve(rc, scope), List.of(slot(l)));
        }
      } else if (e instanceof InExpression in && !in.isNot()) {
        Expression l = unwrap(in.getLeftExpression());
        if (l instanceof Column lc && in.getRightExpression() instanceof ExpressionList<?> list) {
          List<Integer> slots = new ArrayList<>();
          for (Expression x : list) {
            int s = slot(x);
            if (s <= 0) {
              return;
            }
            slots.add(s);
          }
          if (!slots.isEmpty()) {
            bind(resolve(lc, scope), slots);
          }
        }
      }
    }

    void equality(Target a, Target b) {
      if (a.ref == b.ref) {
        return;
      }
      equalities.add(new Target[] {a, b});
      ColumnRef ca = a.columnRef();
      ColumnRef cb = b.columnRef();
      if (ca.equals(cb)) {
        return;
      }
      joins.add(ca.compareTo(cb) < 0 ? List.of(ca, cb) : List.of(cb, ca));
    }

    void bind(Target t, List<Integer> slots) {
      if (t == null) {
        return;
      }
      bound.computeIfAbsent(t.ref, k -> new LinkedHashMap<>())
          .computeIfAbsent(t.column, k -> new LinkedHashSet<>()).addAll(slots);
      List<String> names = predicates.computeIfAbsent(t.columnRef(), k -> new ArrayList<>());
      for (int s : slots) {
        String n = "$" + s;
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }

    /** The slot number of {@code $k} (possibly cast or parenthesised), or -1. */
    int slot(Expression e) {
      Expression x = unwrap(e);
      if (x instanceof JdbcParameter p && p.getIndex() != null) {
        return p.getIndex();
      }
      return -1;
    }

    Expression unwrap(Expression e) {
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

    void walk(Expression e, Scope scope) {
      if (e != null) {
        e.accept(subqueries, scope);
      }
    }

    Target resolve(Column c, Scope scope) {
      String col = ident(c.getColumnName());
      net.sf.jsqlparser.schema.Table qt = c.getTable();
      String q = qt == null || qt.getName() == null ? null : ident(qt.getName());
      for (Scope s = scope; s != null; s = s.parent) {
        if (q != null) {
          for (Ref r : s.refs) {
            if (r.alias.equals(q)) {
              return r.target(col);
            }
          }
        } else {
          Ref found = null;
          int count = 0;
          for (Ref r : s.refs) {
            if (r.has(col)) {
              found = r;
              count++;
            }
          }
          if (count == 1) {
            return found.target(col);
          }
          if (count > 1) {
            return null;
          }
        }
      }
      return null;
    }

    // ---- plans

    List<AccessPlan> plans() {
      // propagate bound slots through the equalities until nothing changes
      for (int round = 0; round < 8; round++) {
        boolean changed = false;
        for (Target[] eq : equalities) {
          changed |= copyBinding(eq[0], eq[1]);
          changed |= copyBinding(eq[1], eq[0]);
        }
        if (!changed) {
          break;
        }
      }
      Map<String, AccessPlan> plans = new LinkedHashMap<>();
      Map<String, Map<String, LinkedHashSet<Integer>>> merged = new LinkedHashMap<>();
      Map<String, Ref> first = new LinkedHashMap<>();
      for (Ref r : allRefs) {
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
        Ref r = first.get(key);
        plans.put(key, new AccessPlan(r.table.name(), r.kind, orderBindings(r.table, cols), false));
      });
      out.addAll(plans.values());
      return out;
    }

    private boolean copyBinding(Target from, Target to) {
      Map<String, LinkedHashSet<Integer>> fb = bound.get(from.ref);
      if (fb == null || !fb.containsKey(from.column)) {
        return false;
      }
      Map<String, LinkedHashSet<Integer>> tb = bound.computeIfAbsent(to.ref, k -> new LinkedHashMap<>());
      if (tb.containsKey(to.column)) {
        return false;
      }
      tb.put(to.column, new LinkedHashSet<>(fb.get(from.column)));
      return true;
    }
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
