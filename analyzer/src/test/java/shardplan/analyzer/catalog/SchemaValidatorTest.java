package shardplan.analyzer.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import shardplan.analyzer.model.Schema;

class SchemaValidatorTest {

  private static Schema schema(String ddl) {
    return DdlSchemaReader.parse(ddl, "v.sql").schema();
  }

  @Test
  void soundSchemaHasNoProblems() {
    assertThat(SchemaValidator.validate(schema("""
        CREATE TABLE w (id int PRIMARY KEY);
        CREATE TABLE d (w_id int REFERENCES w, id int, code text UNIQUE, PRIMARY KEY (w_id, id));
        CREATE TABLE c (w_id int, d_id int, code text REFERENCES d (code), PRIMARY KEY (w_id, d_id),
                        FOREIGN KEY (w_id, d_id) REFERENCES d (w_id, id));
        """))).isEmpty();
  }

  @Test
  void tablesWithoutPrimaryKeyAreReported() {
    assertThat(SchemaValidator.validate(schema("""
        CREATE TABLE history (h_id int, h_data text);
        CREATE TABLE keyed (k int UNIQUE);
        """))).containsExactly("history: no primary key and no unique key", "keyed: no primary key");
  }

  @Test
  void foreignKeysToUnknownTablesOrColumnsOrNonKeysAreReported() {
    assertThat(SchemaValidator.validate(schema("""
        CREATE TABLE a (id int PRIMARY KEY, other int);
        CREATE TABLE b (id int PRIMARY KEY, x int REFERENCES missing (id), y int REFERENCES a (nope),
                        z int REFERENCES a (other));
        """))).containsExactly(
        "b: foreign key b_x_fkey [x] -> missing[id] references a table that is not in the schema",
        "b: foreign key b_y_fkey [y] -> a[nope] references columns a does not have: [nope]",
        "b: foreign key b_z_fkey [z] -> a[other] references columns that are neither the primary key nor a unique key of a");
  }

  @Test
  void foreignKeyColumnsOfAnotherTypeAreReported() {
    assertThat(SchemaValidator.validate(schema("""
        CREATE TABLE a (id bigint PRIMARY KEY);
        CREATE TABLE b (id int PRIMARY KEY, a_id int REFERENCES a);
        """))).containsExactly("b: foreign key b_a_id_fkey [a_id] -> a[id]: column a_id is integer but a.id is bigint"
        + " (Citus colocates only distribution columns of the same type)");
  }
}
