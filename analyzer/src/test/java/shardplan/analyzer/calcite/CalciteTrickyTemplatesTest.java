package shardplan.analyzer.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.StatementFacts;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.parse.ParsedTemplate;
import shardplan.analyzer.parse.StatementParser;

/**
 * Hand-written templates where resolving a column to its table takes care: aliases that shadow
 * table names, unqualified columns, a column name two tables share, subqueries, derived tables,
 * CTEs, self-joins, USING, UNION. Each has its expected facts written out; both resolvers must
 * produce them.
 */
class CalciteTrickyTemplatesTest {
  static final Schema SCHEMA = new Schema(List.of(
      table("customer", List.of("c_id", "c_name", "w_id"), "c_id"),
      table("orders", List.of("o_id", "o_c_id", "w_id", "o_total"), "o_id"),
      table("order_line", List.of("ol_o_id", "ol_number", "ol_i_id", "w_id"), "ol_o_id"),
      table("item", List.of("i_id", "i_name"), "i_id")));

  private static Table table(String name, List<String> columns, String pk) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(new Column(c, c.equals("c_name") || c.equals("i_name") ? "text" : "integer", "", c.equals(pk)));
    }
    return new Table(name, cols, List.of(pk), List.of(), List.of(), TableStatistics.UNKNOWN, Map.of());
  }

  /**
   * A template and its expected facts.
   *
   * @param joins pairs as {@code a.x=b.y}, sorted within the pair
   * @param predicates {@code table.column} to its slots
   */
  record Case(String name, String sql, Set<String> read, Set<String> written, Set<String> joins,
              Map<String, Set<String>> predicates) {
    @Override
    public String toString() {
      return name;
    }
  }

  static Case c(String name, String sql, Set<String> read, Set<String> written, Set<String> joins,
                Map<String, Set<String>> predicates) {
    return new Case(name, sql, read, written, joins, predicates);
  }

  static Stream<Case> cases() {
    return Stream.of(
        c("alias shadowing the other table's name",
            "SELECT o.c_name FROM customer o JOIN orders customer ON o.c_id = customer.o_c_id WHERE customer.o_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.o_id", Set.of("$1"))),
        c("unqualified columns resolved through the schema",
            "SELECT c_name, o_total FROM customer, orders WHERE c_id = o_c_id AND o_id = $1 AND c_name = $2",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.o_id", Set.of("$1"), "customer.c_name", Set.of("$2"))),
        c("column name in two tables qualified by alias",
            "SELECT o.o_id FROM orders o JOIN customer c ON c.c_id = o.o_c_id AND c.w_id = o.w_id WHERE c.w_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id", "customer.w_id=orders.w_id"),
            Map.of("customer.w_id", Set.of("$1"))),
        c("IN subquery in WHERE",
            "SELECT c_name FROM customer WHERE c_id IN (SELECT o_c_id FROM orders WHERE o_id = $1) AND w_id = $2",
            Set.of("customer", "orders"), Set.of(), Set.of(),
            Map.of("orders.o_id", Set.of("$1"), "customer.w_id", Set.of("$2"))),
        c("correlated EXISTS subquery",
            "SELECT c.c_name FROM customer c WHERE EXISTS (SELECT 1 FROM orders o WHERE o.o_c_id = c.c_id AND o.w_id = $1)",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.w_id", Set.of("$1"))),
        c("derived table traced to its base table",
            "SELECT d.cid FROM (SELECT o_c_id AS cid, w_id FROM orders WHERE o_id = $1) d "
                + "JOIN customer c ON c.c_id = d.cid AND c.w_id = d.w_id",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id", "customer.w_id=orders.w_id"),
            Map.of("orders.o_id", Set.of("$1"))),
        c("CTE traced to its base table",
            "WITH recent AS (SELECT o_c_id, w_id FROM orders WHERE o_total = $1) "
                + "SELECT c.c_name FROM recent r JOIN customer c ON c.c_id = r.o_c_id WHERE r.w_id = $2",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.o_total", Set.of("$1"), "orders.w_id", Set.of("$2"))),
        c("self-join on different columns is an edge, on the same column is not",
            "SELECT a.o_id FROM orders a JOIN orders b ON a.o_c_id = b.o_id AND a.w_id = b.w_id WHERE b.o_total = $1",
            Set.of("orders"), Set.of(), Set.of("orders.o_c_id=orders.o_id"),
            Map.of("orders.o_total", Set.of("$1"))),
        c("JOIN USING on a column both tables have",
            "SELECT c_name FROM customer JOIN orders USING (w_id) WHERE o_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.w_id=orders.w_id"),
            Map.of("orders.o_id", Set.of("$1"))),
        c("three-way join with an IN list and FOR UPDATE",
            "SELECT ol.ol_number, i.i_name FROM orders o JOIN order_line ol ON ol.ol_o_id = o.o_id AND ol.w_id = o.w_id "
                + "JOIN item i ON i.i_id = ol.ol_i_id WHERE o.o_id IN ($1, $2) AND o.w_id = $3 FOR UPDATE",
            Set.of("orders", "order_line", "item"), Set.of(),
            Set.of("order_line.ol_o_id=orders.o_id", "order_line.w_id=orders.w_id", "item.i_id=order_line.ol_i_id"),
            Map.of("orders.o_id", Set.of("$1", "$2"), "orders.w_id", Set.of("$3"))),
        c("equalities under OR are not predicates",
            "SELECT o_id FROM orders WHERE w_id = $1 AND (o_c_id = $2 OR o_total = $3)",
            Set.of("orders"), Set.of(), Set.of(), Map.of("orders.w_id", Set.of("$1"))),
        c("UNION reads both branches",
            "SELECT c_id FROM customer WHERE w_id = $1 UNION SELECT o_c_id FROM orders WHERE o_id = $2",
            Set.of("customer", "orders"), Set.of(), Set.of(),
            Map.of("customer.w_id", Set.of("$1"), "orders.o_id", Set.of("$2"))),
        c("mixed-case and quoted names fold as PostgreSQL folds them",
            "SELECT C_NAME FROM Customer WHERE \"c_id\" = $1",
            Set.of("customer"), Set.of(), Set.of(), Map.of("customer.c_id", Set.of("$1"))),
        c("UPDATE with a subquery reads the other table only",
            "UPDATE customer SET c_name = $1 WHERE c_id IN (SELECT o_c_id FROM orders WHERE o_id = $2) AND w_id = $3",
            Set.of("orders"), Set.of("customer"), Set.of(),
            Map.of("orders.o_id", Set.of("$2"), "customer.w_id", Set.of("$3"))),
        c("DELETE with a correlated EXISTS",
            "DELETE FROM order_line WHERE w_id = $1 AND EXISTS (SELECT 1 FROM orders o WHERE o.o_id = order_line.ol_o_id "
                + "AND o.o_c_id = $2)",
            Set.of("orders"), Set.of("order_line"), Set.of("order_line.ol_o_id=orders.o_id"),
            Map.of("order_line.w_id", Set.of("$1"), "orders.o_c_id", Set.of("$2"))),
        c("unqualified column of a correlated subquery resolves to the outer table",
            "SELECT c_name FROM customer WHERE EXISTS (SELECT 1 FROM orders WHERE o_c_id = c_id AND w_id = $1)",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.w_id", Set.of("$1"))),
        c("derived table selecting star",
            "SELECT d.o_total FROM (SELECT * FROM orders WHERE w_id = $1) d JOIN customer c ON c.c_id = d.o_c_id",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.w_id", Set.of("$1"))),
        c("derived table inside a derived table",
            "SELECT x.k FROM (SELECT d.cid AS k FROM (SELECT o_c_id AS cid FROM orders) d) x "
                + "JOIN customer c ON c.c_id = x.k WHERE c.w_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("customer.w_id", Set.of("$1"))),
        c("scalar subquery in the select list",
            "SELECT c.c_name, (SELECT COUNT(*) FROM orders o WHERE o.o_c_id = c.c_id) FROM customer c WHERE c.c_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("customer.c_id", Set.of("$1"))),
        c("subquery in UPDATE SET",
            "UPDATE customer SET c_name = (SELECT i_name FROM item WHERE i_id = $1) WHERE c_id = $2",
            Set.of("item"), Set.of("customer"), Set.of(),
            Map.of("item.i_id", Set.of("$1"), "customer.c_id", Set.of("$2"))),
        c("LEFT JOIN",
            "SELECT c.c_name, o.o_id FROM customer c LEFT JOIN orders o ON o.o_c_id = c.c_id WHERE c.w_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("customer.w_id", Set.of("$1"))),
        c("one table twice with a predicate on each reference",
            "SELECT a.o_total, b.o_total FROM orders a, orders b WHERE a.o_id = $1 AND b.o_id = $2",
            Set.of("orders"), Set.of(), Set.of(), Map.of("orders.o_id", Set.of("$1", "$2"))),
        c("casts around a parameter and a column",
            "SELECT o_id FROM orders WHERE CAST(o_c_id AS integer) = $1 AND w_id = CAST($2 AS integer)",
            Set.of("orders"), Set.of(), Set.of(), Map.of("orders.o_c_id", Set.of("$1"), "orders.w_id", Set.of("$2"))),
        c("two columns of one table reference compared are no join",
            "SELECT o_id FROM orders WHERE o_c_id = o_total AND o_id = $1",
            Set.of("orders"), Set.of(), Set.of(), Map.of("orders.o_id", Set.of("$1"))),
        c("table qualified by the public schema",
            "SELECT c.c_name FROM public.customer c JOIN orders o ON o.o_c_id = c.c_id WHERE c.c_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("customer.c_id", Set.of("$1"))),
        c("parenthesised join",
            "SELECT c_name FROM (customer c JOIN orders o ON o.o_c_id = c.c_id) WHERE o.o_id = $1",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.o_id", Set.of("$1"))),
        c("UPDATE whose target is aliased",
            "UPDATE orders AS o SET o_total = o.o_total + $1 WHERE o.o_id = $2 AND o.w_id = $3",
            Set.of(), Set.of("orders"), Set.of(), Map.of("orders.o_id", Set.of("$2"), "orders.w_id", Set.of("$3"))));
  }

  /**
   * Templates the JSqlParser walk resolves wrongly (found by this cross-check). Calcite's
   * resolution is tested against the written-out facts; the JSqlParser side is disabled below
   * until the parse package is fixed.
   */
  static Stream<Case> jsqlParserMisses() {
    return Stream.of(
        c("CTE with a column list",
            "WITH r(cid, wid) AS (SELECT o_c_id, w_id FROM orders WHERE o_id = $1) "
                + "SELECT c_name FROM r JOIN customer c ON c.c_id = r.cid WHERE r.wid = $2",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"),
            Map.of("orders.o_id", Set.of("$1"), "orders.w_id", Set.of("$2"))),
        c("derived table with a column list on its alias",
            "SELECT c.c_name FROM (SELECT o_c_id FROM orders) AS d(cid) JOIN customer c ON c.c_id = d.cid",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"), Map.of()),
        c("quantified comparison with a subquery (= ANY, > SOME, = ALL)",
            "SELECT c.c_name FROM customer c WHERE c.c_id > SOME (SELECT o_c_id FROM orders WHERE o_id = $1)",
            Set.of("customer", "orders"), Set.of(), Set.of(), Map.of("orders.o_id", Set.of("$1"))),
        c("correlated subquery in ORDER BY",
            "SELECT c_name FROM customer c ORDER BY (SELECT max(o_id) FROM orders o WHERE o.o_c_id = c.c_id)",
            Set.of("customer", "orders"), Set.of(), Set.of("customer.c_id=orders.o_c_id"), Map.of()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsqlParserMisses")
  void calciteResolvesTheTemplatesJSqlParserMisses(Case k) {
    calciteResolvesTheTemplateAsWrittenOut(k);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("jsqlParserMisses")
  void jsqlParserResolvesColumnListsAnySubqueriesAndOrderBySubqueries(Case k) {
    jsqlParserResolvesTheTemplateAsWrittenOut(k);
  }

  private static Map<String, Set<String>> predicates(Map<ColumnRef, Set<String>> m) {
    Map<String, Set<String>> out = new TreeMap<>();
    m.forEach((c, s) -> out.put(c.toString(), new TreeSet<>(s)));
    return out;
  }

  private static Map<String, Set<String>> sorted(Map<String, Set<String>> m) {
    Map<String, Set<String>> out = new TreeMap<>();
    m.forEach((c, s) -> out.put(c, new TreeSet<>(s)));
    return out;
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void calciteResolvesTheTemplateAsWrittenOut(Case k) {
    Optional<ResolvedFacts> r = new CalciteResolver(SCHEMA).resolve(k.sql());
    assertTrue(r.isPresent(), "Calcite could not take: " + k.sql());
    ResolvedFacts f = r.get();
    assertEquals(new TreeSet<>(k.read()), new TreeSet<>(f.tablesRead()), "tables read");
    assertEquals(new TreeSet<>(k.written()), new TreeSet<>(f.tablesWritten()), "tables written");
    assertEquals(new TreeSet<>(k.joins()), FactsComparison.joinPairs(f.joins()), "joins");
    assertEquals(sorted(k.predicates()), predicates(FactsComparison.slots(f.predicates())), "predicates");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void jsqlParserResolvesTheTemplateAsWrittenOut(Case k) {
    ParsedTemplate p = new StatementParser(SCHEMA).parse(k.sql());
    assertTrue(p.usable(), "JSqlParser skipped: " + p.skipReason());
    StatementFacts f = p.facts();
    assertEquals(new TreeSet<>(k.read()), new TreeSet<>(f.tablesRead()), "tables read");
    assertEquals(new TreeSet<>(k.written()), new TreeSet<>(f.tablesWritten()), "tables written");
    assertEquals(new TreeSet<>(k.joins()), FactsComparison.joinPairs(f.joins()), "joins");
    assertEquals(sorted(k.predicates()), predicates(FactsComparison.slots(f.predicates())), "predicates");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theTwoResolversAgree(Case k) {
    ParsedTemplate p = new StatementParser(SCHEMA).parse(k.sql());
    Optional<ResolvedFacts> r = new CalciteResolver(SCHEMA).resolve(k.sql());
    assertTrue(p.usable() && r.isPresent(), "both must take it");
    assertEquals(List.of(), FactsComparison.differences(p.facts(), r.get()));
  }
}
