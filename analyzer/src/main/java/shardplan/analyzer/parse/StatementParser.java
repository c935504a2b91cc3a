package shardplan.analyzer.parse;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import net.sf.jsqlparser.parser.CCJSqlParserUtil;
import net.sf.jsqlparser.statement.Statement;
import shardplan.analyzer.model.Schema;
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
 * <p>The work is split along those seams: {@link StatementWalk} walks the statement's queries and
 * clauses, {@link Scope} resolves column names to references, and {@link SlotBindings} keeps the
 * bound slots and join equalities and turns them into {@link AccessPlan}s.
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
      return new StatementWalk(tables).statement(st);
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
}
