package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import shardplan.analyzer.model.Column;
import shardplan.analyzer.model.ForeignKey;
import shardplan.analyzer.model.Schema;
import shardplan.analyzer.model.Table;

class DdlSchemaReaderTest {

  static Path resource(String name) {
    try {
      return Path.of(DdlSchemaReaderTest.class.getResource("/catalog/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static Schema dump() {
    SchemaReadResult r = DdlSchemaReader.read(resource("pg15-schema-only.sql"));
    assertThat(r.warnings()).isEmpty();
    return r.schema();
  }

  static Table table(Schema s, String name) {
    return s.table(name).orElseThrow(() -> new AssertionError("no table " + name + " in " + s.byName().keySet()));
  }

  @Test
  void realPgDumpYieldsEveryTableButNotViewsSequencesOrPartitions() {
    assertThat(dump().tables()).extracting(Table::name).containsExactly(
        "MixedCase", "customer", "district", "history", "item", "measurement", "unlogged_scratch", "warehouse",
        "sales.invoice", "sales.invoice_line");
  }

  @Test
  void realPgDumpColumnsHavePostgresTypeNamesAndModifiers() {
    Table customer = table(dump(), "customer");
    assertThat(customer.columns()).containsExactly(
        new Column("c_id", "integer", "", true),
        new Column("c_d_id", "smallint", "", true),
        new Column("c_w_id", "integer", "", true),
        new Column("c_first", "character varying", "16", false),
        new Column("c_last", "character varying", "16", true),
        new Column("c_since", "timestamp with time zone", "", false),
        new Column("c_credit", "character", "2", false),
        new Column("c_balance", "double precision", "", false),
        new Column("c_discount", "real", "", false),
        new Column("c_data", "text", "", false),
        new Column("c_active", "boolean", "", false),
        new Column("c_uuid", "uuid", "", false),
        new Column("c_extra", "jsonb", "", false),
        new Column("c_tags", "text[]", "", false));
    Table history = table(dump(), "history");
    assertThat(history.column("h_date")).contains(new Column("h_date", "timestamp without time zone", "3", false));
    assertThat(history.column("h_amount")).contains(new Column("h_amount", "numeric", "6,2", false));
    assertThat(table(dump(), "item").column("i_price")).contains(new Column("i_price", "positive_amount", "", false));
    assertThat(table(dump(), "sales.invoice").column("flag")).contains(new Column("flag", "bit", "3", false));
  }

  @Test
  void realPgDumpKeysComeFromAlterTableAndUniqueIndexes() {
    Schema s = dump();
    Table customer = table(s, "customer");
    assertThat(customer.primaryKey()).containsExactly("c_w_id", "c_d_id", "c_id");
    assertThat(customer.uniqueKeys()).containsExactly(List.of("c_uuid"), List.of("c_w_id", "c_first", "c_last"));
    assertThat(customer.foreignKeys()).containsExactly(
        new ForeignKey("customer_district_fk", List.of("c_w_id", "c_d_id"), "district", List.of("d_w_id", "d_id")));
    assertThat(table(s, "item").uniqueKeys()).containsExactly(List.of("i_name"));
    assertThat(table(s, "history").primaryKey()).isEmpty();
    assertThat(table(s, "measurement").primaryKey()).containsExactly("city_id", "logdate");
  }

  @Test
  void quotedIdentifiersKeepTheirCaseAndOtherSchemasStayQualified() {
    Schema s = dump();
    Table mixed = table(s, "MixedCase");
    assertThat(mixed.columns()).extracting(Column::name).containsExactly("Id", "Label", "select", "item_ref");
    assertThat(mixed.primaryKey()).containsExactly("Id");
    assertThat(mixed.foreignKeys()).containsExactly(
        new ForeignKey("MixedCase_item_ref_fkey", List.of("item_ref"), "item", List.of("i_id")));
    assertThat(table(s, "sales.invoice_line").foreignKeys()).containsExactly(
        new ForeignKey("invoice_line_inv_id_fkey", List.of("inv_id"), "sales.invoice", List.of("inv_id")),
        new ForeignKey("invoice_line_item_fk", List.of("i_id"), "item", List.of("i_id")));
    assertThat(table(s, "sales.invoice").foreignKeys()).extracting(ForeignKey::referencedTable)
        .containsExactly("warehouse");
  }

  @Test
  void handWrittenSourceAndItsDumpDescribeTheSameTables() {
    SchemaReadResult source = DdlSchemaReader.read(resource("pg15-schema-source.sql"));
    assertThat(source.warnings()).isEmpty();
    assertThat(SchemaComparison.differences(source.schema(), dump())).isEmpty();
  }

  @Test
  void inlineConstraintsSerialAndIdentityImplyWhatPostgresDoes() {
    Schema s = DdlSchemaReader.parse("""
        CREATE TABLE a (id serial PRIMARY KEY, code char, n int8 GENERATED ALWAYS AS IDENTITY, f float(10), g float);
        CREATE TABLE b (
          id bigint CONSTRAINT b_pk PRIMARY KEY,
          a_id int CONSTRAINT b_to_a REFERENCES a ON DELETE CASCADE,
          a_id2 integer NOT NULL REFERENCES public.a (id),
          d decimal(10) DEFAULT 0 NOT NULL,
          v varchar(20) DEFAULT 'x'::character varying UNIQUE,
          t timestamptz(6) DEFAULT now(),
          c "char" NULL CHECK (c <> 'z')
        );
        """, "inline.sql").schema();
    Table a = table(s, "a");
    assertThat(a.columns()).containsExactly(
        new Column("id", "integer", "", true), new Column("code", "character", "1", false),
        new Column("n", "bigint", "", true), new Column("f", "real", "", false),
        new Column("g", "double precision", "", false));
    Table b = table(s, "b");
    assertThat(b.primaryKey()).containsExactly("id");
    assertThat(b.uniqueKeys()).containsExactly(List.of("v"));
    assertThat(b.foreignKeys()).containsExactly(
        new ForeignKey("b_to_a", List.of("a_id"), "a", List.of("id")),
        new ForeignKey("b_a_id2_fkey", List.of("a_id2"), "a", List.of("id")));
    assertThat(b.columns()).containsExactly(
        new Column("id", "bigint", "", true), new Column("a_id", "integer", "", false),
        new Column("a_id2", "integer", "", true), new Column("d", "numeric", "10,0", true),
        new Column("v", "character varying", "20", false),
        new Column("t", "timestamp with time zone", "6", false), new Column("c", "\"char\"", "", false));
  }

  @Test
  void alterTableAddsKeysColumnsAndNotNull() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        CREATE TABLE p (x int, y int);
        CREATE TABLE c (x int, y int, z text);
        ALTER TABLE p ADD PRIMARY KEY (x, y);
        ALTER TABLE ONLY c ADD CONSTRAINT c_p FOREIGN KEY (x, y) REFERENCES p;
        ALTER TABLE c ALTER COLUMN z SET NOT NULL, ADD COLUMN w numeric(5,1);
        ALTER TABLE c ADD UNIQUE (z);
        ALTER TABLE c OWNER TO someone;
        """, "alter.sql");
    assertThat(r.warnings()).isEmpty();
    Table p = table(r.schema(), "p");
    assertThat(p.primaryKey()).containsExactly("x", "y");
    assertThat(p.columns()).allMatch(Column::notNull);
    Table c = table(r.schema(), "c");
    assertThat(c.foreignKeys()).containsExactly(new ForeignKey("c_p", List.of("x", "y"), "p", List.of("x", "y")));
    assertThat(c.column("z")).contains(new Column("z", "text", "", true));
    assertThat(c.column("w")).contains(new Column("w", "numeric", "5,1", false));
    assertThat(c.uniqueKeys()).containsExactly(List.of("z"));
  }

  @Test
  void partialAndExpressionUniqueIndexesAreNotKeys() {
    Schema s = DdlSchemaReader.parse("""
        CREATE TABLE t (a int, b text, c int);
        CREATE UNIQUE INDEX t_lower ON t (lower(b));
        CREATE UNIQUE INDEX t_partial ON t USING btree (a) WHERE c > 0;
        CREATE UNIQUE INDEX CONCURRENTLY IF NOT EXISTS t_ac ON ONLY public.t USING btree (a DESC, c);
        CREATE INDEX t_b ON t (b);
        """, "idx.sql").schema();
    assertThat(table(s, "t").uniqueKeys()).containsExactly(List.of("a", "c"));
  }

  @Test
  void partitionsAreFoldedIntoTheirPartitionedTable() {
    Schema s = DdlSchemaReader.parse("""
        CREATE TABLE m (id int, d date, PRIMARY KEY (id, d)) PARTITION BY RANGE (d);
        CREATE TABLE m_2024 PARTITION OF m FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
        CREATE TABLE m_2025 (id int NOT NULL, d date NOT NULL);
        ALTER TABLE ONLY m ATTACH PARTITION m_2025 FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
        ALTER TABLE ONLY m_2025 ADD CONSTRAINT m_2025_pkey PRIMARY KEY (id, d);
        """, "part.sql").schema();
    assertThat(s.tables()).extracting(Table::name).containsExactly("m");
  }

  @Test
  void unparseableTableStatementIsSkippedWithAWarningThatNamesItsLine() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        CREATE TABLE good (id int PRIMARY KEY);

        CREATE TABLE bad (id int PRIMARY KEY, secret_value text DEFAULT 'hunter2' ((( );
        CREATE TABLE also_good (id int REFERENCES good);
        """, "mixed.sql");
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("good", "also_good");
    assertThat(r.warnings()).singleElement().asString()
        .startsWith("mixed.sql:3: CREATE TABLE bad skipped: cannot parse it")
        .doesNotContain("hunter2");
  }

  @Test
  void statementsOtherThanTablesAreIgnoredSilently() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        SET search_path = public;
        SELECT pg_catalog.set_config('search_path', '', false);
        CREATE EXTENSION IF NOT EXISTS hstore;
        CREATE SEQUENCE s START 1;
        CREATE FUNCTION f() RETURNS int LANGUAGE sql BEGIN ATOMIC SELECT 1; SELECT 2; END;
        CREATE VIEW v AS SELECT 1 AS x;
        CREATE TYPE mood AS ENUM ('sad', 'ok');
        CREATE TABLE t (id int);
        GRANT SELECT ON t TO PUBLIC;
        COMMENT ON TABLE t IS 'x; y';
        ALTER TABLE t ALTER COLUMN id ADD GENERATED ALWAYS AS IDENTITY (SEQUENCE NAME t_id_seq START WITH 1);
        ALTER SEQUENCE s OWNED BY t.id;
        """, "noise.sql");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("t");
  }

  @Test
  void textWithoutCreateTableIsAnError() {
    assertThatThrownBy(() -> DdlSchemaReader.parse("SELECT 1; CREATE VIEW v AS SELECT 2;", "schema.sql"))
        .isInstanceOf(SchemaReadException.class)
        .hasMessage("schema.sql: no CREATE TABLE found");
    assertThatThrownBy(() -> DdlSchemaReader.parse("", "empty.sql"))
        .hasMessage("empty.sql: no CREATE TABLE found");
  }

  @Test
  void missingDirectoryAndBinaryFilesAreOneLineErrors(@TempDir Path dir) throws IOException {
    Path missing = dir.resolve("schema.sql");
    assertThatThrownBy(() -> DdlSchemaReader.read(missing)).isInstanceOf(SchemaReadException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> DdlSchemaReader.read(dir)).hasMessage(dir + ": is a directory, not a schema file");
    Path binary = dir.resolve("garbage.sql");
    Files.write(binary, new byte[] {0x7f, 'E', 'L', 'F', 0, 1, 2, (byte) 0xff, 0});
    assertThatThrownBy(() -> DdlSchemaReader.read(binary)).hasMessage(binary + ": not a text file (it contains NUL bytes)");
    Path archive = dir.resolve("db.dump");
    Files.write(archive, "PGDMP\u0001\u000e\u0000".getBytes(StandardCharsets.ISO_8859_1));
    assertThatThrownBy(() -> DdlSchemaReader.read(archive)).hasMessageStartingWith(archive + ": a pg_dump archive, not SQL text");
    Path latin1 = dir.resolve("latin1.sql");
    Files.write(latin1, new byte[] {'-', '-', ' ', (byte) 0xe9, '\n'});
    assertThatThrownBy(() -> DdlSchemaReader.read(latin1)).hasMessage(latin1 + ": not UTF-8 text");
  }

  @Test
  void gzippedDumpReadsLikeThePlainOne(@TempDir Path dir) throws IOException {
    Path gz = dir.resolve("schema.sql.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      out.write(Files.readString(resource("pg15-schema-only.sql")).getBytes(StandardCharsets.UTF_8));
    }
    assertThat(DdlSchemaReader.read(gz).schema()).isEqualTo(dump());
  }

  @Test
  void constraintFormsJSqlParserRefusesAreReadByTheTokenReader() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        CREATE TABLE p (a int NOT NULL, b int NOT NULL, m int[][], n integer ARRAY);
        CREATE TABLE c (a int, b int, note text);
        ALTER TABLE IF EXISTS ONLY p ADD CONSTRAINT p_pkey PRIMARY KEY (a) INCLUDE (b);
        ALTER TABLE ONLY p ADD CONSTRAINT p_b_key UNIQUE NULLS NOT DISTINCT (b);
        ALTER TABLE c ADD CONSTRAINT c_a_fkey FOREIGN KEY (a) REFERENCES public.p(a) NOT VALID;
        ALTER TABLE c ADD CONSTRAINT c_b_fkey FOREIGN KEY (b) REFERENCES p(b) DEFERRABLE INITIALLY DEFERRED;
        ALTER TABLE ONLY c ADD CONSTRAINT c_excl EXCLUDE USING gist (a WITH =);
        ALTER TABLE c ADD CONSTRAINT c_check CHECK (a > 0) NOT VALID;
        """, "forms.sql");
    assertThat(r.warnings()).isEmpty();
    Table p = table(r.schema(), "p");
    assertThat(p.primaryKey()).containsExactly("a");
    assertThat(p.uniqueKeys()).containsExactly(List.of("b"));
    assertThat(p.column("m")).contains(new Column("m", "integer[]", "", false));
    assertThat(p.column("n")).contains(new Column("n", "integer[]", "", false));
    assertThat(table(r.schema(), "c").foreignKeys()).containsExactly(
        new ForeignKey("c_a_fkey", List.of("a"), "p", List.of("a")),
        new ForeignKey("c_b_fkey", List.of("b"), "p", List.of("b")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"pg15-schema-only.sql", "pg15-schema-source.sql", "tpcc-like-schema.sql"})
  void jsqlParserAndTheTokenReaderAgreeOnEverySchema(String resource) throws IOException {
    String ddl = Files.readString(resource(resource));
    SchemaReadResult withParser = DdlSchemaReader.parse(ddl, resource, true);
    SchemaReadResult tokensOnly = DdlSchemaReader.parse(ddl, resource, false);
    assertThat(tokensOnly.warnings()).isEqualTo(withParser.warnings());
    assertThat(tokensOnly.schema()).isEqualTo(withParser.schema());
  }

  @Test
  void jsqlParserAndTheTokenReaderAgreeOnInlineForms() {
    String ddl = """
        CREATE TABLE a (id serial PRIMARY KEY, code char, n int8 GENERATED ALWAYS AS IDENTITY, f float(10), g float);
        CREATE TABLE b (
          id bigint CONSTRAINT b_pk PRIMARY KEY,
          a_id int CONSTRAINT b_to_a REFERENCES a ON DELETE CASCADE,
          a_id2 integer NOT NULL REFERENCES public.a (id) DEFERRABLE,
          d decimal(10) DEFAULT 0 NOT NULL,
          v varchar(20) COLLATE pg_catalog."C" DEFAULT 'x'::character varying UNIQUE,
          t timestamptz(6) DEFAULT now(),
          c "char" NULL CHECK (c <> 'z'),
          g int GENERATED ALWAYS AS (id * 2) STORED,
          UNIQUE (a_id, a_id2),
          CONSTRAINT b_fk2 FOREIGN KEY (a_id2) REFERENCES a
        ) WITH (fillfactor = 80);
        CREATE TABLE "Q"."Odd ""name"" x" ("Col" "char", x public.b_type);
        """;
    assertThat(DdlSchemaReader.parse(ddl, "inline.sql", false)).isEqualTo(DdlSchemaReader.parse(ddl, "inline.sql", true));
  }

  @Test
  void scriptsThatDropAndRecreateTablesEndWithWhatTheyLeave() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        DROP TABLE IF EXISTS a, b CASCADE;
        CREATE TABLE a (id int);
        CREATE TABLE IF NOT EXISTS a (other text);
        CREATE TABLE b (id int);
        DROP TABLE b;
        CREATE TABLE b (id bigint PRIMARY KEY);
        CREATE TABLE tmp (x int);
        DROP TABLE public.tmp;
        """, "migrate.sql");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("a", "b");
    assertThat(table(r.schema(), "a").columns()).extracting(Column::name).containsExactly("id");
    assertThat(table(r.schema(), "b").columns()).containsExactly(new Column("id", "bigint", "", true));
  }

  @Test
  void migrationsAppendedToTheSchemaReadAsTheirResult() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        CREATE TABLE customer (c_id int PRIMARY KEY, c_mail text UNIQUE, c_note text);
        CREATE TABLE orders (o_id int, o_c_id int, o_code text, o_old text,
          PRIMARY KEY (o_c_id, o_id), UNIQUE (o_code, o_old),
          CONSTRAINT orders_customer FOREIGN KEY (o_c_id) REFERENCES customer (c_id));
        CREATE TABLE line (l_o_id int, l_c_id int, FOREIGN KEY (l_c_id, l_o_id) REFERENCES orders (o_c_id, o_id));
        ALTER TABLE orders ALTER COLUMN o_c_id TYPE bigint USING o_c_id::bigint;
        ALTER TABLE orders ALTER o_code SET DATA TYPE varchar(40) COLLATE "C";
        ALTER TABLE orders DROP COLUMN o_old;
        ALTER TABLE customer DROP COLUMN IF EXISTS c_nothing;
        ALTER TABLE customer RENAME COLUMN c_id TO c_key;
        ALTER TABLE customer RENAME c_note TO c_remark;
        ALTER TABLE line RENAME TO order_line;
        ALTER TABLE orders DROP CONSTRAINT orders_customer;
        """, "migrate.sql");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("customer", "orders", "order_line");
    Table customer = table(r.schema(), "customer");
    assertThat(customer.columns()).extracting(Column::name).containsExactly("c_key", "c_mail", "c_remark");
    assertThat(customer.primaryKey()).containsExactly("c_key");
    Table orders = table(r.schema(), "orders");
    assertThat(orders.columns()).containsExactly(new Column("o_id", "integer", "", true),
        new Column("o_c_id", "bigint", "", true), new Column("o_code", "character varying", "40", false));
    assertThat(orders.uniqueKeys()).isEmpty();
    assertThat(orders.foreignKeys()).isEmpty();
    Table line = table(r.schema(), "order_line");
    assertThat(line.foreignKeys()).singleElement().satisfies(fk -> {
      assertThat(fk.referencedTable()).isEqualTo("orders");
      assertThat(fk.referencedColumns()).containsExactly("o_c_id", "o_id");
    });
  }

  @Test
  void droppingOrRenamingAReferencedColumnReachesTheForeignKeysToIt() {
    SchemaReadResult r = DdlSchemaReader.parse("""
        CREATE TABLE a (id int PRIMARY KEY, code int UNIQUE);
        CREATE TABLE b (a_id int REFERENCES a (id), a_code int REFERENCES a (code));
        ALTER TABLE a RENAME COLUMN id TO a_key;
        ALTER TABLE a DROP COLUMN code CASCADE;
        ALTER TABLE a RENAME TO alpha;
        ALTER TABLE b ALTER COLUMN nothing TYPE int;
        """, "m.sql");
    assertThat(r.warnings()).containsExactly("m.sql:6: ALTER TABLE b ALTER COLUMN nothing TYPE not applied");
    assertThat(table(r.schema(), "b").foreignKeys()).singleElement().satisfies(fk -> {
      assertThat(fk.referencedTable()).isEqualTo("alpha");
      assertThat(fk.referencedColumns()).containsExactly("a_key");
    });
  }

  @Test
  void duplicateCreateTableIsReportedAndTheFirstKept() {
    SchemaReadResult r = DdlSchemaReader.parse("CREATE TABLE a (id int);\nCREATE TABLE a (x text);", "dup.sql");
    assertThat(r.warnings()).containsExactly("dup.sql:2: CREATE TABLE a skipped: the table was already created");
    assertThat(table(r.schema(), "a").columns()).extracting(Column::name).containsExactly("id");
  }

  @Test
  void fileWhoseTablesAllFailIsAnError() {
    assertThatThrownBy(() -> DdlSchemaReader.parse("CREATE TABLE a (id int, 'x');", "bad.sql"))
        .isInstanceOf(SchemaReadException.class)
        .hasMessage("bad.sql: no table could be read (1 CREATE TABLE statements, 1 warnings)");
  }

  static final String SEARCH_PATH_SCRIPT = """
      CREATE SCHEMA app;
      SET search_path = app, public;
      CREATE TABLE a (id int PRIMARY KEY);
      CREATE TABLE public.p (id int PRIMARY KEY);
      CREATE TABLE b (a_id int REFERENCES a, p_id int REFERENCES p);
      CREATE UNIQUE INDEX b_a ON b (a_id);
      SET search_path TO DEFAULT;
      CREATE TABLE c (id int REFERENCES app.a, p_id int REFERENCES p);
      SELECT pg_catalog.set_config('search_path', 'app', false);
      ALTER TABLE b ADD PRIMARY KEY (a_id, p_id);
      """;

  @Test
  void searchPathDecidesWhereUnqualifiedTablesAreAndWhichTheyMean() {
    SchemaReadResult r = DdlSchemaReader.parse(SEARCH_PATH_SCRIPT, "path.sql");
    assertThat(r.warnings()).isEmpty();
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("app.a", "p", "app.b", "c");
    Table b = table(r.schema(), "app.b");
    assertThat(b.foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("app.a", "p");
    assertThat(b.uniqueKeys()).containsExactly(List.of("a_id"));
    assertThat(b.primaryKey()).containsExactly("a_id", "p_id");
    assertThat(table(r.schema(), "c").foreignKeys()).extracting(ForeignKey::referencedTable).containsExactly("app.a", "p");
  }

  @Test
  void byteOrderMarkAndWindowsLineEndingsAreNotInTheWay(@TempDir Path dir) throws IOException {
    Path bom = dir.resolve("bom.sql");
    Files.writeString(bom, "\uFEFFCREATE TABLE a (id int PRIMARY KEY);\r\nCREATE TABLE b (\r\n  a_id int REFERENCES a\r\n);\r\n");
    SchemaReadResult r = DdlSchemaReader.read(bom);
    assertThat(r.warnings()).isEmpty();
    assertThat(r.schema().tables()).extracting(Table::name).containsExactly("a", "b");
    assertThat(table(r.schema(), "b").foreignKeys()).hasSize(1);
  }

  @Test
  void deeplyNestedExpressionsAreReadWithoutJSqlParser() {
    String deep = "(".repeat(200) + "a > 0" + ")".repeat(200);
    SchemaReadResult r = DdlSchemaReader.parse("CREATE TABLE t (a int NOT NULL CHECK " + deep + ", b int DEFAULT "
        + "(".repeat(200) + "1" + ")".repeat(200) + " PRIMARY KEY);\nALTER TABLE t ADD CONSTRAINT c CHECK " + deep
        + ", ADD UNIQUE (a);", "deep.sql");
    assertThat(r.warnings()).isEmpty();
    Table t = table(r.schema(), "t");
    assertThat(t.columns()).containsExactly(new Column("a", "integer", "", true), new Column("b", "integer", "", true));
    assertThat(t.primaryKey()).containsExactly("b");
    assertThat(t.uniqueKeys()).containsExactly(List.of("a"));
  }
}
