package shardplan.emitter.sql;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import shardplan.emitter.RichSchema;
import shardplan.emitter.model.SchemaScript;
import shardplan.emitter.sql.ScriptStatement.Kind;

class ParsedScriptTest {
  @Test
  void everyStatementOfTheDumpIsKeptAndItsConstraintsAreRecognised() {
    ParsedScript p = ParsedScript.of(RichSchema.dump());
    assertThat(p.warnings()).isEmpty();
    assertThat(p.notes()).singleElement().asString().contains("\\restrict");
    assertThat(p.statements()).filteredOn(s -> s.kind() == Kind.ADD_CONSTRAINT && s.constraint().equals("FOREIGN KEY"))
        .extracting(ScriptStatement::table, ScriptStatement::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("inventory.stock", "stock_product_id_fkey"),
            org.assertj.core.groups.Tuple.tuple("app_setting", "app_setting_country_code_fkey"),
            org.assertj.core.groups.Tuple.tuple("customer", "customer_country_code_fkey"),
            org.assertj.core.groups.Tuple.tuple("order_line", "order_line_order_id_fkey"),
            org.assertj.core.groups.Tuple.tuple("order_line", "order_line_product_id_fkey"),
            org.assertj.core.groups.Tuple.tuple("orders", "orders_customer_id_fkey"));
    assertThat(p.statements()).filteredOn(s -> s.kind() == Kind.ADD_CONSTRAINT && s.constraint().equals("EXCLUDE"))
        .extracting(ScriptStatement::table).containsExactly("Audit Log");
    assertThat(p.statements()).filteredOn(s -> s.kind() == Kind.CREATE_TRIGGER)
        .extracting(ScriptStatement::table, ScriptStatement::name)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("customer", "customer_touch"));
    assertThat(p.statements()).filteredOn(s -> s.kind() == Kind.CREATE_INDEX && s.constraint().equals("UNIQUE"))
        .extracting(ScriptStatement::name).containsExactly("customer_email_key");
  }

  @Test
  void anUnknownStatementIsKeptVerbatimWithAWarningNamingItsLine() {
    ParsedScript p = ParsedScript.of(new SchemaScript("CREATE TABLE t (a int);\nFROBNICATE t WITH magic;\n",
        "odd.sql"));
    assertThat(p.statements()).extracting(ScriptStatement::text)
        .containsExactly("CREATE TABLE t (a int)", "FROBNICATE t WITH magic");
    assertThat(p.warnings()).containsExactly("odd.sql line 2: FROBNICATE t WITH magic: not a statement shardplan knows;"
        + " kept verbatim for the target to run as written");
  }

  @Test
  void aPsqlMetaCommandOtherThanRestrictIsRefusedByLine() {
    assertThatThrownBy(() -> ParsedScript.of(new SchemaScript("CREATE TABLE t (a int);\n\\connect shop\n", "x.sql")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("x.sql line 2: psql meta-command \\connect cannot be carried over (it is not SQL; run the"
            + " script's other parts, or remove it)");
  }

  @Test
  void rowsAreRefused() {
    assertThatThrownBy(() -> ParsedScript.of(new SchemaScript("CREATE TABLE t (a int);\nCOPY public.t (a) FROM stdin;\n1\n\\.\n",
        "data.sql"))).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("line 2").hasMessageContaining(
        "holds rows");
  }

  @Test
  void namesAreReadAsShardplanNamesTables() {
    assertThat(ScriptStatement.classify("ALTER TABLE ONLY \"Sales\".\"Order\"\n    ADD CONSTRAINT \"Order_pkey\""
        + " PRIMARY KEY (id)", 1)).extracting(ScriptStatement::kind, ScriptStatement::table, ScriptStatement::name,
        ScriptStatement::constraint).containsExactly(Kind.ADD_CONSTRAINT, "Sales.Order", "Order_pkey", "PRIMARY KEY");
    assertThat(ScriptStatement.classify("CREATE UNLOGGED TABLE IF NOT EXISTS public.t (a int)", 1).table()).isEqualTo("t");
    assertThat(ScriptStatement.classify("SELECT pg_catalog.set_config('search_path', '', false)", 1).kind())
        .isEqualTo(Kind.SESSION);
    assertThat(ScriptStatement.classify("CREATE TRIGGER x AFTER INSERT OR UPDATE OF a, b ON public.t FOR EACH ROW"
        + " EXECUTE FUNCTION f()", 1).table()).isEqualTo("t");
  }
}
