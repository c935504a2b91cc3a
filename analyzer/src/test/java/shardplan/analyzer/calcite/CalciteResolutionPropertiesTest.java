package shardplan.analyzer.calcite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import shardplan.analyzer.Seeded;
import shardplan.analyzer.model.ColumnRef;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.Table;
import shardplan.analyzer.parse.ParsedTemplate;
import shardplan.analyzer.parse.StatementParser;

/**
 * Random multi-table SELECTs whose facts are known by construction: every table aliased (aliases
 * may be other tables' names), columns qualified by alias or left unqualified where only one
 * reference has that name, join equalities and parameter equalities in WHERE. Both resolvers
 * must find exactly the facts the generator put in.
 */
class CalciteResolutionPropertiesTest {
  private static final List<String> ALIASES = List.of("a", "b", "c", "customer", "orders", "item", "order_line", "x");

  /** A generated template and the facts it was built with. */
  record Generated(String sql, Set<String> read, Set<String> joins, Map<String, Set<String>> predicates) {
  }

  static Generated generate(long seed) {
    Random rnd = new Random(seed);
    List<Table> tables = CalciteTrickyTemplatesTest.SCHEMA.tables();
    int refs = 1 + rnd.nextInt(3);
    List<Table> refTables = new ArrayList<>();
    List<String> aliases = new ArrayList<>();
    List<String> pool = new ArrayList<>(ALIASES);
    for (int i = 0; i < refs; i++) {
      refTables.add(tables.get(rnd.nextInt(tables.size())));
      aliases.add(pool.remove(rnd.nextInt(pool.size())));
    }
    StringBuilder sql = new StringBuilder("SELECT 1 FROM ");
    for (int i = 0; i < refs; i++) {
      if (i > 0) {
        sql.append(rnd.nextBoolean() ? ", " : " CROSS JOIN ");
      }
      sql.append(refTables.get(i).name()).append(rnd.nextBoolean() ? " AS " : " ").append(aliases.get(i));
    }
    Set<String> read = new TreeSet<>();
    refTables.forEach(t -> read.add(t.name()));
    Set<String> joins = new TreeSet<>();
    Map<String, Set<String>> predicates = new TreeMap<>();
    List<String> conjuncts = new ArrayList<>();
    int slot = 0;
    int n = 1 + rnd.nextInt(4);
    for (int k = 0; k < n; k++) {
      if (refs > 1 && rnd.nextBoolean()) {
        int i = rnd.nextInt(refs);
        int j = (i + 1 + rnd.nextInt(refs - 1)) % refs;
        String ci = column(refTables.get(i), rnd);
        String cj = column(refTables.get(j), rnd);
        conjuncts.add(name(i, ci, refTables, aliases, rnd) + " = " + name(j, cj, refTables, aliases, rnd));
        ColumnRef a = new ColumnRef(refTables.get(i).name(), ci);
        ColumnRef b = new ColumnRef(refTables.get(j).name(), cj);
        if (!a.equals(b)) {
          joins.add(a.compareTo(b) < 0 ? a + "=" + b : b + "=" + a);
        }
      } else {
        int i = rnd.nextInt(refs);
        String ci = column(refTables.get(i), rnd);
        String p = "$" + (++slot);
        conjuncts.add(rnd.nextBoolean() ? name(i, ci, refTables, aliases, rnd) + " = " + p
            : p + " = " + name(i, ci, refTables, aliases, rnd));
        predicates.computeIfAbsent(new ColumnRef(refTables.get(i).name(), ci).toString(), x -> new TreeSet<>()).add(p);
      }
    }
    sql.append(" WHERE ").append(String.join(" AND ", conjuncts));
    return new Generated(sql.toString(), read, joins, predicates);
  }

  private static String column(Table t, Random rnd) {
    List<Column> cols = t.columns();
    return cols.get(rnd.nextInt(cols.size())).name();
  }

  /** The column as written: unqualified when it is the only reference with that name, sometimes. */
  private static String name(int ref, String column, List<Table> refTables, List<String> aliases, Random rnd) {
    long having = refTables.stream().filter(t -> t.column(column).isPresent()).count();
    if (having == 1 && rnd.nextBoolean()) {
      return rnd.nextBoolean() ? column : column.toUpperCase(java.util.Locale.ROOT);
    }
    return aliases.get(ref) + "." + column;
  }

  @Test
  void bothResolversFindTheFactsTheTemplateWasBuiltWith() {
    Seeded.forAll("bothResolversFindTheFactsTheTemplateWasBuiltWith", 300, rnd -> resolvesAsBuilt(generate(rnd.nextLong())));
  }

  private static void resolvesAsBuilt(Generated g) {
    Optional<ResolvedFacts> calcite = new CalciteResolver(CalciteTrickyTemplatesTest.SCHEMA).resolve(g.sql());
    assertTrue(calcite.isPresent(), "Calcite could not take: " + g.sql());
    assertEquals(g.read(), new TreeSet<>(calcite.get().tablesRead()), g.sql());
    assertEquals(g.joins(), FactsComparison.joinPairs(calcite.get().joins()), g.sql());
    assertEquals(g.predicates(), stringKeys(FactsComparison.slots(calcite.get().predicates())), g.sql());

    ParsedTemplate p = new StatementParser(CalciteTrickyTemplatesTest.SCHEMA).parse(g.sql());
    assertTrue(p.usable(), "JSqlParser skipped " + p.skipReason() + ": " + g.sql());
    assertEquals(List.of(), FactsComparison.differences(p.facts(), calcite.get()), g.sql());
  }

  private static Map<String, Set<String>> stringKeys(Map<ColumnRef, Set<String>> m) {
    Map<String, Set<String>> out = new TreeMap<>();
    m.forEach((c, s) -> out.put(c.toString(), new TreeSet<>(s)));
    return out;
  }
}
