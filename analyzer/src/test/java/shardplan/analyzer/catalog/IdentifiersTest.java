package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

  @Test
  void unquotedNamesFoldToLowerCaseAndQuotedKeepTheirs() {
    assertThat(Identifiers.normalize("Warehouse")).isEqualTo("warehouse");
    assertThat(Identifiers.normalize("\"Warehouse\"")).isEqualTo("Warehouse");
    assertThat(Identifiers.normalize("\"a \"\"b\"\"\"")).isEqualTo("a \"b\"");
    assertThat(Identifiers.parts("public.\"MixedCase\"")).containsExactly("public", "MixedCase");
    assertThat(Identifiers.parts("a.b.c")).containsExactly("a", "b", "c");
    assertThat(Identifiers.parts("a.")).isEmpty();
    assertThat(Identifiers.parts("f(x)")).isEmpty();
  }

  @Test
  void publicTablesAreUnqualifiedOthersKeepTheirSchema() {
    assertThat(Identifiers.tableName(List.of("public", "t"))).isEqualTo("t");
    assertThat(Identifiers.tableName(List.of("t"))).isEqualTo("t");
    assertThat(Identifiers.tableName(List.of("sales", "t"))).isEqualTo("sales.t");
    assertThat(Identifiers.tableName("app", "t", "app")).isEqualTo("t");
    assertThat(Identifiers.tableName("public", "t", "app")).isEqualTo("public.t");
  }

  @Test
  void defaultConstraintNamesFollowPostgresAndFitIn63Bytes() {
    assertThat(Identifiers.defaultConstraintName("history", List.of("h_c_w_id", "h_c_d_id", "h_c_id"), "fkey"))
        .isEqualTo("history_h_c_w_id_h_c_d_id_h_c_id_fkey");
    String longName = Identifiers.defaultConstraintName("a_very_long_table_name_that_goes_on_and_on",
        List.of("first_long_column_name", "second_long_column_name"), "fkey");
    assertThat(longName).hasSizeLessThanOrEqualTo(63).endsWith("_fkey");
    // the name PostgreSQL 15 gave this constraint
    assertThat(longName).isEqualTo("a_very_long_table_name_that_g_first_long_column_name_secon_fkey");
  }

  @Test
  void identifiersLongerThan63BytesAreCutAsPostgresDoes() {
    String seventy = "x".repeat(70);
    assertThat(Identifiers.normalize(seventy)).hasSize(63);
    assertThat(Identifiers.normalize("\"" + "\u00e9".repeat(40) + "\"")).isEqualTo("\u00e9".repeat(31));
    assertThat(Identifiers.normalize("short")).isEqualTo("short");
  }
}
