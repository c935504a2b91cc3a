package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaWarningsTest {
  @TempDir Path dir;

  @Test
  void statementsOfTheSchemaThatCannotBeAppliedAreWarnedAboutNotLost() throws Exception {
    Path schema = dir.resolve("schema.sql");
    Files.writeString(schema, "CREATE TABLE customer (c_id integer PRIMARY KEY);\n"
        + "CREATE TABLE broken (id integer,, x);\n");
    Path log = dir.resolve("app.sql");
    Files.writeString(log, "SELECT * FROM customer WHERE c_id = 7;\n");
    CliRun r = CliRun.of("analyze", "--schema", schema.toString(), log.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.err()).startsWith("warning: ").contains("schema.sql:2").doesNotContain("Exception");
  }
}
