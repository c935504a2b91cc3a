package shardplan.analyzer.calcite;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.avatica.util.Quoting;
import org.apache.calcite.config.CalciteConnectionConfigImpl;
import org.apache.calcite.config.CalciteConnectionProperty;
import org.apache.calcite.jdbc.CalciteSchema;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.prepare.CalciteCatalogReader;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.schema.impl.AbstractTable;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlUtil;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlLibrary;
import org.apache.calcite.sql.fun.SqlLibraryOperatorTableFactory;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlOperatorTables;
import org.apache.calcite.sql.validate.SelectScope;
import org.apache.calcite.sql.validate.SqlConformanceEnum;
import org.apache.calcite.sql.validate.SqlQualified;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorNamespace;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.SqlValidatorTable;
import org.apache.calcite.sql.validate.SqlValidatorUtil;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

/**
 * Resolves the columns of a normalised template to schema tables with Calcite's parser and
 * validator, independently of the JSqlParser walk in {@code shardplan.analyzer.parse}, so the two
 * can be checked against each other.
 *
 * <p>Names follow PostgreSQL: unquoted identifiers are folded to lower case, quoted ones kept, and
 * matched case-sensitively against the (lower-case) schema. The validator's scopes decide which
 * table reference every column belongs to; columns of derived tables and CTEs are traced through
 * their select lists to the base table. Like the JSqlParser walk, only the top-level AND conjuncts
 * of each WHERE and ON count, an equality within one table reference is no join, and a column
 * that does not trace to a base-table column is left out.
 *
 * <p>Statements Calcite's core parser does not take (INSERT ... ON CONFLICT, UPDATE ... FROM,
 * DELETE ... USING, PostgreSQL-only syntax) give an empty result, as do templates whose
 * parameters Calcite cannot type (e.g. {@code substr($4 || c_data, $5, $6)}). Each call builds its
 * own validator.
 */
public final class CalciteResolver {
  private static final String PUBLIC = "public";
  private final CalciteSchema root;
  private final JavaTypeFactoryImpl typeFactory = new JavaTypeFactoryImpl();
  private final CalciteConnectionConfigImpl connectionConfig;
  private final SqlOperatorTable operators;
  private final SqlParser.Config parserConfig;

  public CalciteResolver(Schema schema) {
    Objects.requireNonNull(schema, "schema");
    this.root = CalciteSchema.createRootSchema(false, false);
    for (Table t : schema.tables()) {
      int dot = t.name().indexOf('.');
      CalciteSchema target = root;
      String name = t.name();
      if (dot > 0) {
        String sub = t.name().substring(0, dot);
        name = t.name().substring(dot + 1);
        CalciteSchema s = root.getSubSchema(sub, true);
        target = s != null ? s : root.add(sub, new org.apache.calcite.schema.impl.AbstractSchema());
      }
      target.add(name, new SchemaTable(t));
      if (dot < 0) {
        // tables of public are also reachable as public.name
        CalciteSchema pub = root.getSubSchema(PUBLIC, true);
        if (pub == null) {
          pub = root.add(PUBLIC, new org.apache.calcite.schema.impl.AbstractSchema());
        }
        pub.add(name, new SchemaTable(t));
      }
    }
    Properties p = new Properties();
    p.setProperty(CalciteConnectionProperty.CASE_SENSITIVE.camelName(), "true");
    this.connectionConfig = new CalciteConnectionConfigImpl(p);
    this.operators = SqlOperatorTables.chain(
        SqlLibraryOperatorTableFactory.INSTANCE.getOperatorTable(SqlLibrary.STANDARD, SqlLibrary.POSTGRESQL));
    this.parserConfig = SqlParser.config()
        .withQuoting(Quoting.DOUBLE_QUOTE)
        .withUnquotedCasing(Casing.TO_LOWER)
        .withQuotedCasing(Casing.UNCHANGED)
        .withCaseSensitive(true)
        .withConformance(SqlConformanceEnum.BABEL);
  }

  /** A schema table as Calcite sees it: its columns and their types. */
  private static final class SchemaTable extends AbstractTable {
    private final Table table;

    SchemaTable(Table table) {
      this.table = table;
    }

    @Override
    public RelDataType getRowType(RelDataTypeFactory factory) {
      RelDataTypeFactory.Builder b = factory.builder();
      for (Column c : table.columns()) {
        RelDataType type = factory.createSqlType(sqlType(c.type()));
        b.add(c.name(), factory.createTypeWithNullability(type, !c.notNull()));
      }
      return b.build();
    }
  }

  /** Calcite's type for a PostgreSQL type name; types it has no counterpart for are VARCHAR. */
  static SqlTypeName sqlType(String pgType) {
    String t = pgType.toLowerCase(Locale.ROOT).strip();
    if (t.endsWith("[]")) {
      return SqlTypeName.VARCHAR;
    }
    switch (t) {
      case "integer", "int", "int4", "serial", "serial4":
        return SqlTypeName.INTEGER;
      case "bigint", "int8", "bigserial", "serial8":
        return SqlTypeName.BIGINT;
      case "smallint", "int2", "smallserial", "serial2":
        return SqlTypeName.SMALLINT;
      case "numeric", "decimal", "money":
        return SqlTypeName.DECIMAL;
      case "real", "float4":
        return SqlTypeName.REAL;
      case "double precision", "float8", "float":
        return SqlTypeName.DOUBLE;
      case "boolean", "bool":
        return SqlTypeName.BOOLEAN;
      case "date":
        return SqlTypeName.DATE;
      case "timestamp", "timestamp without time zone":
        return SqlTypeName.TIMESTAMP;
      case "timestamptz", "timestamp with time zone":
        return SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
      case "time", "time without time zone":
        return SqlTypeName.TIME;
      case "bytea":
        return SqlTypeName.VARBINARY;
      default:
        return SqlTypeName.VARCHAR;
    }
  }

  /**
   * Resolves {@code template} (a normalised statement with {@code $n} parameters); empty when
   * Calcite cannot parse or validate it. Never throws on bad SQL.
   */
  public Optional<ResolvedFacts> resolve(String template) {
    Objects.requireNonNull(template, "template");
    TemplateText text = TemplateText.of(template);
    if (text == null) {
      return Optional.empty();
    }
    try {
      SqlNode parsed = SqlParser.create(text.sql(), parserConfig).parseStmt();
      CalciteCatalogReader reader = new CalciteCatalogReader(root, List.of(), typeFactory, connectionConfig);
      SqlValidator validator = SqlValidatorUtil.newValidator(operators, reader, typeFactory,
          SqlValidator.Config.DEFAULT.withConformance(SqlConformanceEnum.BABEL).withIdentifierExpansion(true));
      SqlNode valid = validator.validate(parsed);
      return Optional.of(new Walk((SqlValidatorImpl) validator, text.slots()).statement(valid));
    } catch (Exception | StackOverflowError | AssertionError e) {
      return Optional.empty();
    }
  }

  /** A column of a base table as seen through one table reference (identified by its namespace). */
  private record Origin(SqlValidatorNamespace ref, ColumnRef column) {
  }

  /** The state of one resolution. */
  private static final class Walk {
    final SqlValidatorImpl validator;
    final List<Integer> slots;
    final Set<String> read = new TreeSet<>();
    final Set<String> written = new TreeSet<>();
    final Set<List<ColumnRef>> joins = new LinkedHashSet<>();
    final Map<ColumnRef, List<String>> predicates = new LinkedHashMap<>();
    /** FROM leaves that are the target of UPDATE / DELETE / INSERT, not reads. */
    final Map<SqlNode, Boolean> targets = new IdentityHashMap<>();

    Walk(SqlValidatorImpl validator, List<Integer> slots) {
      this.validator = validator;
      this.slots = slots;
    }

    ResolvedFacts statement(SqlNode node) {
      if (node instanceof SqlUpdate u) {
        SqlSelect source = u.getSourceSelect();
        if (source != null && source.getFrom() != null) {
          targets.put(source.getFrom(), true);
        }
        tableOf(u.getTargetTable()).ifPresent(written::add);
        visit(source != null ? source : node);
      } else if (node instanceof SqlDelete d) {
        SqlSelect source = d.getSourceSelect();
        if (source != null && source.getFrom() != null) {
          targets.put(source.getFrom(), true);
        }
        tableOf(d.getTargetTable()).ifPresent(written::add);
        visit(source != null ? source : node);
      } else if (node instanceof SqlInsert i) {
        tableOf(i.getTargetTable()).ifPresent(written::add);
        visit(i.getSource());
      } else {
        visit(node);
      }
      List<JoinEdge> edges = new ArrayList<>();
      for (List<ColumnRef> pair : joins) {
        edges.add(new JoinEdge(pair.get(0), pair.get(1), 1));
      }
      List<Predicate> preds = new ArrayList<>();
      predicates.forEach((c, s) -> preds.add(new Predicate(c, s)));
      return new ResolvedFacts(read, written, edges, preds);
    }

    private Optional<String> tableOf(SqlNode target) {
      if (!(SqlUtil.stripAs(target) instanceof SqlIdentifier id)) {
        return Optional.empty();
      }
      SqlValidatorTable t = validator.getCatalogReader().getTable(id.names);
      return t == null ? Optional.empty() : Optional.of(tableName(t));
    }

    private static String tableName(SqlValidatorTable t) {
      List<String> q = t.getQualifiedName();
      if (q.size() == 2 && PUBLIC.equals(q.get(0))) {
        return q.get(1);
      }
      return String.join(".", q);
    }

    /** Visits every node; each SELECT found contributes its FROM tables and its conjuncts. */
    void visit(SqlNode node) {
      if (node == null) {
        return;
      }
      if (node instanceof SqlSelect s) {
        select(s);
      }
      if (node instanceof SqlNodeList list) {
        for (SqlNode n : list) {
          visit(n);
        }
      } else if (node instanceof SqlCall call) {
        for (SqlNode n : call.getOperandList()) {
          visit(n);
        }
      }
    }

    void select(SqlSelect s) {
      if (s.getFrom() != null) {
        from(s.getFrom());
      }
      if (s.getWhere() != null) {
        conjuncts(s.getWhere(), validator.getWhereScope(s));
      }
    }

    void from(SqlNode node) {
      if (node instanceof SqlJoin j) {
        from(j.getLeft());
        from(j.getRight());
        SqlValidatorScope scope = validator.getJoinScope(j);
        if (j.getCondition() != null && j.getConditionType() == org.apache.calcite.sql.JoinConditionType.ON) {
          conjuncts(j.getCondition(), scope);
        } else if (j.getCondition() instanceof SqlNodeList using
            && j.getConditionType() == org.apache.calcite.sql.JoinConditionType.USING) {
          for (SqlNode n : using) {
            String col = ((SqlIdentifier) n).getSimple();
            Origin l = leftmostWith(j.getLeft(), col);
            Origin r = origin(validator.getNamespace(j.getRight()), col, 0);
            equality(l, r);
          }
        }
        return;
      }
      SqlValidatorNamespace ns = validator.getNamespace(node);
      if (ns == null || targets.containsKey(node)) {
        return;
      }
      SqlValidatorTable t = ns.getTable();
      if (t != null) {
        read.add(tableName(t));
      }
    }

    /** The first FROM leaf of {@code left} that has column {@code col}, traced to its base table. */
    private Origin leftmostWith(SqlNode left, String col) {
      if (left instanceof SqlJoin j) {
        Origin o = leftmostWith(j.getLeft(), col);
        return o != null ? o : leftmostWith(j.getRight(), col);
      }
      SqlValidatorNamespace ns = validator.getNamespace(left);
      if (ns == null || ns.getRowType().getField(col, true, false) == null) {
        return null;
      }
      return origin(ns, col, 0);
    }

    void conjuncts(SqlNode e, SqlValidatorScope scope) {
      if (e.getKind() == SqlKind.AND) {
        for (SqlNode n : ((SqlCall) e).getOperandList()) {
          conjuncts(n, scope);
        }
      } else if (e.getKind() == SqlKind.EQUALS) {
        SqlNode l = unwrap(((SqlCall) e).operand(0));
        SqlNode r = unwrap(((SqlCall) e).operand(1));
        if (l instanceof SqlIdentifier li && r instanceof SqlIdentifier ri) {
          equality(column(li, scope), column(ri, scope));
        } else if (l instanceof SqlIdentifier li && r instanceof SqlDynamicParam p) {
          bind(column(li, scope), List.of(p));
        } else if (r instanceof SqlIdentifier ri && l instanceof SqlDynamicParam p) {
          bind(column(ri, scope), List.of(p));
        }
      } else if (e.getKind() == SqlKind.IN) {
        SqlNode l = unwrap(((SqlCall) e).operand(0));
        SqlNode r = ((SqlCall) e).operand(1);
        if (l instanceof SqlIdentifier li && r instanceof SqlNodeList list && !list.isEmpty()) {
          List<SqlDynamicParam> params = new ArrayList<>();
          for (SqlNode n : list) {
            if (!(unwrap(n) instanceof SqlDynamicParam p)) {
              return;
            }
            params.add(p);
          }
          bind(column(li, scope), params);
        }
      }
    }

    private static SqlNode unwrap(SqlNode n) {
      SqlNode x = n;
      while (x != null && x.getKind() == SqlKind.CAST && x instanceof SqlBasicCall c) {
        x = c.operand(0);
      }
      return x;
    }

    void equality(Origin a, Origin b) {
      if (a == null || b == null || a.ref() == b.ref()) {
        return;
      }
      ColumnRef ca = a.column();
      ColumnRef cb = b.column();
      if (ca.equals(cb)) {
        return;
      }
      joins.add(ca.compareTo(cb) < 0 ? List.of(ca, cb) : List.of(cb, ca));
    }

    void bind(Origin o, List<SqlDynamicParam> params) {
      if (o == null) {
        return;
      }
      List<String> names = predicates.computeIfAbsent(o.column(), k -> new ArrayList<>());
      for (SqlDynamicParam p : params) {
        String n = "$" + slots.get(p.getIndex());
        if (!names.contains(n)) {
          names.add(n);
        }
      }
    }

    /** The base-table column {@code id} refers to in {@code scope}, or null. */
    Origin column(SqlIdentifier id, SqlValidatorScope scope) {
      SqlQualified q = scope.fullyQualify(id);
      if (q.namespace == null || q.suffix().size() != 1) {
        return null;
      }
      return origin(q.namespace, q.suffix().get(0), 0);
    }

    /** Traces column {@code col} of {@code ns} through derived tables and CTEs to a base table. */
    Origin origin(SqlValidatorNamespace ns, String col, int depth) {
      if (ns == null || depth > 32) {
        return null;
      }
      SqlValidatorTable t = ns.getTable();
      if (t != null) {
        return ns.getRowType().getField(col, true, false) == null ? null
            : new Origin(ns, new ColumnRef(tableName(t), col));
      }
      SqlValidatorNamespace resolved = ns.resolve();
      SqlNode node = resolved.getNode();
      if (node instanceof SqlWithItem w) {
        node = w.query;
        if (w.columnList != null) {
          // renamed CTE columns: map by position
          int i = 0;
          for (SqlNode n : w.columnList) {
            if (((SqlIdentifier) n).getSimple().equals(col)) {
              return originAt(node, i, depth);
            }
            i++;
          }
          return null;
        }
      }
      if (node != null && node.getKind() == SqlKind.AS && ((SqlCall) node).operandCount() > 2) {
        // FROM (query) AS d(c1, c2): renamed columns map by position
        List<SqlNode> operands = ((SqlCall) node).getOperandList();
        for (int i = 2; i < operands.size(); i++) {
          if (((SqlIdentifier) operands.get(i)).getSimple().equals(col)) {
            return originAt(operands.get(0), i - 2, depth);
          }
        }
        return null;
      }
      if (node == null) {
        return null;
      }
      RelDataTypeField f = resolved.getRowType().getField(col, true, false);
      return f == null ? null : originAt(node, f.getIndex(), depth);
    }

    /** The base-table column of output field {@code index} of query {@code query}, or null. */
    Origin originAt(SqlNode query, int index, int depth) {
      SqlNode q = query;
      while (q != null && q.getKind() != SqlKind.SELECT) {
        if (q.getKind() == SqlKind.UNION || q.getKind() == SqlKind.INTERSECT || q.getKind() == SqlKind.EXCEPT
            || q.getKind() == SqlKind.ORDER_BY || q.getKind() == SqlKind.WITH) {
          // a set operation's columns come from its first branch, as in the JSqlParser walk
          SqlCall c = (SqlCall) q;
          q = q.getKind() == SqlKind.WITH ? c.operand(1) : c.operand(0);
        } else {
          return null;
        }
      }
      if (!(q instanceof SqlSelect s)) {
        return null;
      }
      SelectScope scope = validator.getRawSelectScope(s);
      if (scope == null || scope.getExpandedSelectList() == null || index >= scope.getExpandedSelectList().size()) {
        return null;
      }
      SqlNode item = SqlUtil.stripAs(scope.getExpandedSelectList().get(index));
      if (!(item instanceof SqlIdentifier id)) {
        return null;
      }
      SqlQualified qualified = scope.fullyQualify(id);
      if (qualified.namespace == null || qualified.suffix().size() != 1) {
        return null;
      }
      return origin(qualified.namespace, qualified.suffix().get(0), depth + 1);
    }
  }
}
