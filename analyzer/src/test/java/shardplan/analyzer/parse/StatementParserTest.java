package shardplan.analyzer.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.AccessKind;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.JoinEdge;
import shardplan.analyzer.model.Predicate;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.StatementKind;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.model.TableAccess;
import shardplan.analyzer.model.TableStatistics;
import shardplan.analyzer.normalize.NormalizedStatement;
import shardplan.analyzer.normalize.Normalizer;

public class StatementParserTest {
  public static Table table(String name, List<String> pk, String... columns) {
    List<Column> cols = new ArrayList<>();
    for (String c : columns) {
      cols.add(new Column(c, "integer", "", pk.contains(c)));
    }
    return new Table(name, cols, pk, List.of(), List.of(), TableStatistics.UNKNOWN, Map.of());
  }

  public static final Schema SCHEMA = new Schema(List.of(
      table("warehouse", List.of("w_id"), "w_id", "w_tax"),
      table("stock", List.of("s_w_id", "s_i_id"), "s_w_id", "s_i_id", "s_quantity"),
      table("order_line", List.of("ol_w_id", "ol_o_id", "ol_number"), "ol_w_id", "ol_o_id", "ol_number", "ol_i_id"),
      table("item", List.of("i_id"), "i_id", "i_name")));

  private final StatementParser parser = new StatementParser(SCHEMA);
  private final Normalizer normalizer = new Normalizer();

  private ParsedTemplate parse(String sql) {
    return parser.parse(normalizer.normalize(sql).text());
  }

  private List<TableAccess> bind(String sql, String... params) {
    NormalizedStatement st = normalizer.normalize(sql, params.length == 0 ? null : Arrays.asList(params));
    return Binder.bind(parser.parse(st.text()).accesses(), st, "t");
  }

  private static List<String> joins(ParsedTemplate t) {
    return t.facts().joins().stream().map(j -> j.left() + "=" + j.right()).toList();
  }

  @Test
  void implicitJoinResolvesUnqualifiedColumnsThroughTheSchema() {
    ParsedTemplate t = parse("SELECT count(DISTINCT s_i_id) FROM order_line, stock WHERE ol_w_id = 1 AND s_w_id = ol_w_id"
        + " AND s_i_id = ol_i_id AND s_quantity < 10");
    assertThat(t.facts().kind()).isEqualTo(StatementKind.SELECT);
    assertThat(t.facts().tablesRead()).containsExactlyInAnyOrder("order_line", "stock");
    assertThat(joins(t)).containsExactlyInAnyOrder("order_line.ol_w_id=stock.s_w_id", "order_line.ol_i_id=stock.s_i_id");
    assertThat(t.facts().predicates()).extracting(p -> p.column().toString()).containsExactly("order_line.ol_w_id");
  }

  @Test
  void boundValuesPropagateThroughEquiJoinsOnly() {
    List<TableAccess> a = bind("SELECT * FROM order_line, stock WHERE ol_w_id = 7 AND s_w_id = ol_w_id AND s_i_id = ol_i_id");
    TableAccess stock = a.stream().filter(x -> x.table().equals("stock")).findFirst().orElseThrow();
    assertThat(stock.valuesOf("s_w_id")).containsExactly("7");
    assertThat(stock.valuesOf("s_i_id")).isEmpty();
  }

  @Test
  void equalitiesUnderOrDoNotBindOrJoin() {
    ParsedTemplate t = parse("SELECT * FROM stock s, item i WHERE s.s_i_id = i.i_id OR s.s_w_id = 3");
    assertThat(t.facts().joins()).isEmpty();
    assertThat(t.facts().predicates()).isEmpty();
  }

  @Test
  void aliasesJoinUsingAndSelfJoins() {
    ParsedTemplate using = parse("SELECT * FROM stock JOIN item ON item.i_id = stock.s_i_id JOIN order_line o ON o.ol_i_id = item.i_id");
    assertThat(joins(using)).containsExactlyInAnyOrder("item.i_id=stock.s_i_id", "item.i_id=order_line.ol_i_id");
    ParsedTemplate self = parse("SELECT * FROM stock a JOIN stock b ON a.s_i_id = b.s_quantity AND a.s_w_id = b.s_w_id");
    assertThat(joins(self)).containsExactly("stock.s_i_id=stock.s_quantity");
  }

  @Test
  void cteAndDerivedTableColumnsResolveToTheirBaseTables() {
    ParsedTemplate t = parse("WITH x AS (SELECT ol_i_id AS iid FROM order_line WHERE ol_w_id = 1)"
        + " SELECT * FROM (SELECT s_i_id AS k FROM stock) d JOIN x ON x.iid = d.k");
    assertThat(t.facts().tablesRead()).containsExactlyInAnyOrder("order_line", "stock");
    assertThat(joins(t)).containsExactly("order_line.ol_i_id=stock.s_i_id");
  }

  @Test
  void dmlTargetsAreWritesAndTheirSourcesReads() {
    ParsedTemplate upd = parse("UPDATE stock SET s_quantity = s_quantity - 1 WHERE s_w_id = 1 AND s_i_id IN (SELECT ol_i_id FROM order_line WHERE ol_o_id = 3)");
    assertThat(upd.facts().kind()).isEqualTo(StatementKind.UPDATE);
    assertThat(upd.facts().tablesWritten()).containsExactly("stock");
    assertThat(upd.facts().tablesRead()).containsExactly("order_line");
    ParsedTemplate del = parse("DELETE FROM stock USING item WHERE item.i_id = stock.s_i_id AND item.i_name = 'x'");
    assertThat(del.facts().tablesWritten()).containsExactly("stock");
    assertThat(del.facts().tablesRead()).containsExactly("item");
    assertThat(joins(del)).containsExactly("item.i_id=stock.s_i_id");
    ParsedTemplate ups = parse("INSERT INTO item (i_id, i_name) VALUES (1, 'a') ON CONFLICT (i_id) DO UPDATE SET i_name = excluded.i_name");
    assertThat(ups.facts().kind()).isEqualTo(StatementKind.UPSERT);
    assertThat(ups.facts().predicates()).extracting(Predicate::column).extracting(Object::toString)
        .containsExactly("item.i_id", "item.i_name");
    assertThat(parse("SELECT * FROM stock WHERE s_w_id = 1 FOR UPDATE").facts().kind())
        .isEqualTo(StatementKind.SELECT_FOR_UPDATE);
  }

  @Test
  void multiRowInsertGivesOneAccessPerRowPrimaryKeyFirst() {
    List<TableAccess> a = bind("INSERT INTO order_line (ol_i_id, ol_w_id, ol_o_id, ol_number) VALUES (5, 1, 9, 1), (6, 1, 9, 2)");
    assertThat(a).hasSize(2);
    assertThat(a.get(0).kind()).isEqualTo(AccessKind.INSERT);
    assertThat(a.get(0).bindings()).extracting(b -> b.column() + "=" + b.values())
        .containsExactly("ol_w_id=[1]", "ol_o_id=[9]", "ol_number=[1]", "ol_i_id=[5]");
    assertThat(a.get(1).valuesOf("ol_number")).containsExactly("2");
  }

  @Test
  void extendedProtocolValuesBindUpdatesAndLocks() {
    List<TableAccess> a = bind("UPDATE stock SET s_quantity = $1 WHERE s_i_id = $2 AND s_w_id = $3", "10", "77", "2");
    assertThat(a).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(AccessKind.UPDATE);
      assertThat(x.bindings()).extracting(b -> b.column() + "=" + b.values()).containsExactly("s_w_id=[2]", "s_i_id=[77]");
    });
    List<TableAccess> lock = bind("SELECT w_tax FROM warehouse WHERE w_id IN ($1, $2) FOR UPDATE", "1", "2");
    assertThat(lock).singleElement().satisfies(x -> {
      assertThat(x.kind()).isEqualTo(AccessKind.LOCK);
      assertThat(x.valuesOf("w_id")).containsExactly("1", "2");
    });
  }

  @Test
  void skipReasons() {
    assertThat(parse("SELECT 1").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("SELECT version()").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("SELECT * FROM pg_catalog.pg_class").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("select * from information_schema.tables").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("SET search_path = public").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("SHOW work_mem").skipReason()).isEqualTo("catalog_or_utility");
    assertThat(parse("CREATE TABLE x (a int)").skipReason()).isEqualTo("ddl");
    assertThat(parse("SELECT FROM WHERE ((").skipReason()).isEqualTo("unparseable_sql");
    assertThat(parse("SELECT * FROM nowhere WHERE a = 1").skipReason()).isEqualTo("unknown_table");
    ParsedTemplate partly = parse("SELECT * FROM stock, nowhere WHERE s_w_id = 1");
    assertThat(partly.usable()).isTrue();
    assertThat(partly.unknownTables()).containsExactly("nowhere");
    assertThat(partly.facts().tablesRead()).containsExactly("stock");
  }

  @Test
  void joinEdgesAreSortedPairs() {
    JoinEdge e = parse("SELECT * FROM stock, item WHERE i_id = s_i_id").facts().joins().get(0);
    assertThat(e.left().toString()).isEqualTo("item.i_id");
    assertThat(e.right().toString()).isEqualTo("stock.s_i_id");
  }
}
