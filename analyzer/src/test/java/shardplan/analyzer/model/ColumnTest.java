package shardplan.analyzer.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.analyzer.catalog.TypeNames;

class ColumnTest {
  /** Every spelling with a modifier that PostgreSQL's format_type (and so pg_dump) writes comes back unchanged. */
  @ParameterizedTest
  @ValueSource(strings = {
      "timestamp(6) without time zone", "timestamp(3) with time zone", "time(0) without time zone",
      "time(3) with time zone", "timestamp(6) without time zone[]", "character varying(40)",
      "character varying(40)[]", "numeric(12,2)", "numeric(12,2)[]", "character(2)", "bit(3)", "bit varying(8)",
      "interval(3)", "interval day to second(0)", "timestamp without time zone", "integer[]", "double precision"})
  void sqlTypeWritesTheTypeAsFormatTypeDoes(String spelling) {
    TypeNames.PgType t = TypeNames.normalize(spelling);
    assertThat(new Column("c", t.name(), t.modifier(), false).sqlType()).isEqualTo(spelling);
  }
}
