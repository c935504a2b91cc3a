package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import shardplan.analyzer.catalog.TypeNames.PgType;

class TypeNamesTest {

  @ParameterizedTest(name = "{0} -> {1}({2})")
  @CsvSource(delimiter = '|', value = {
      // DDL spellings
      "int|integer|",
      "INT4|integer|",
      "integer|integer|",
      "int8|bigint|",
      "BIGINT|bigint|",
      "int2|smallint|",
      "varchar(16)|character varying|16",
      "character varying ( 16 )|character varying|16",
      "varchar|character varying|",
      "numeric(12, 2)|numeric|12,2",
      "decimal(10)|numeric|10,0",
      "numeric|numeric|",
      "timestamp|timestamp without time zone|",
      "timestamp(3)|timestamp without time zone|3",
      "timestamptz|timestamp with time zone|",
      "time|time without time zone|",
      "timetz(2)|time with time zone|2",
      "bool|boolean|",
      "char|character|1",
      "char(2)|character|2",
      "float8|double precision|",
      "float4|real|",
      "float(24)|real|",
      "float(25)|double precision|",
      "double precision|double precision|",
      "text[]|text[]|",
      "int[][]|integer[]|",
      "integer ARRAY|integer[]|",
      "varchar(10)[]|character varying[]|10",
      "public.order_status|order_status|",
      "sales.money_type|sales.money_type|",
      "public.\"MyType\"|\"MyType\"|",
      "\"char\"|\"char\"|",
      "pg_catalog.int4|integer|",
      "bit|bit|1",
      "varbit(5)|bit varying|5",
      "uuid|uuid|",
      "jsonb|jsonb|",
      // format_type spellings give the same
      "character varying(16)|character varying|16",
      "timestamp(3) without time zone|timestamp without time zone|3",
      "timestamp(6) with time zone|timestamp with time zone|6",
      "character(2)|character|2",
      "numeric(2,0)|numeric|2,0",
      "bit varying(5)|bit varying|5",
      "character varying(10)[]|character varying[]|10",
      "interval|interval|",
  })
  void typesReadAsPostgresNamesThem(String text, String name, String modifier) {
    PgType t = TypeNames.normalize(text);
    assertThat(t.name()).isEqualTo(name);
    assertThat(t.modifier()).isEqualTo(modifier == null ? "" : modifier);
  }

  @ParameterizedTest
  @CsvSource({"serial,integer", "serial4,integer", "bigserial,bigint", "serial8,bigint", "smallserial,smallint"})
  void serialTypesAreIntegersThatImplyNotNull(String text, String name) {
    assertThat(TypeNames.normalize(text)).isEqualTo(new PgType(name, "", true));
    assertThat(TypeNames.normalize(name).impliesNotNull()).isFalse();
  }
}
