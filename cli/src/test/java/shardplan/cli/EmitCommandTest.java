package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

class EmitCommandTest {
  @TempDir static Path dir;
  static GenerationResult tpcc;

  @BeforeAll
  static void generate() throws Exception {
    tpcc = WorkloadGenerator.generate("tpcc", WorkloadOptions.DEFAULT.withScale(4).withTransactions(50)
        .withSmall(true).withWriteData(false), dir.resolve("tpcc"));
  }



  @Test
  void citusDdlOfTheExpertDesignGoesToStandardOutputWithRepairsAsWarnings() {
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(),
        "--target", "citus");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("SELECT create_reference_table('item');",
        "SELECT create_distributed_table('warehouse', 'w_id', shard_count => 32, colocate_with => 'none');",
        "SELECT create_distributed_table('district', 'd_w_id', colocate_with => 'warehouse');");
    assertThat(r.out().indexOf("create_reference_table")).isLessThan(r.out().indexOf("create_distributed_table"));
    assertThat(r.out().indexOf("create_distributed_table")).isLessThan(r.out().indexOf("ADD CONSTRAINT"));
    assertThat(r.err()).contains("warning: repaired: table history:", "warning: repaired: table order_line:");
  }

  @Test
  void refuseExitsOneNamingTheTableAndTheRule() {
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(),
        "--target", "citus", "--on-violation", "refuse");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).isEmpty();
    assertThat(r.err().strip()).startsWith("error: table history: a foreign key between distributed tables must"
        + " include both distribution columns at the same position").doesNotContain("\n");
  }

  @Test
  void postgresFdwScriptGoesToTheOutFileWithASectionPerServer() throws Exception {
    Path out = dir.resolve("fdw.sql");
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(),
        "--target", "postgres-fdw", "--workers", "10.1.0.1:5432,10.1.0.2:5432/tpcc", "--mode", "existing",
        "--out", out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    String sql = Files.readString(out);
    assertThat(sql).contains("-- ==== [worker 1: 10.1.0.1:5432/postgres] tables ====",
        "-- ==== [worker 2: 10.1.0.2:5432/tpcc] tables ====",
        "CREATE FOREIGN TABLE warehouse_p1 PARTITION OF warehouse FOR VALUES WITH (MODULUS 2, REMAINDER 1)",
        "ALTER TABLE warehouse SET SCHEMA shardplan_before;").doesNotContain("password '");
  }

  @Test
  void unknownTableInThePlacementIsOneLine() throws Exception {
    Path p = dir.resolve("bad-table.json");
    Files.writeString(p, "{\"tables\":[{\"name\":\"warehouses\",\"placement\":\"reference\",\"reason\":\"x\"}]}");
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", p.toString(), "--target", "citus");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: ").contains("warehouses").doesNotContain("\n");
  }

  @Test
  void unknownColumnInThePlacementIsOneLine() throws Exception {
    String json = Files.readString(tpcc.expectedFile()).replace("\"w_id\"", "\"w_nope\"");
    Path p = dir.resolve("bad-column.json");
    Files.writeString(p, json);
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", p.toString(), "--target", "citus");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: ").contains("w_nope").doesNotContain("\n");
  }

  @Test
  void aSchemaTableLeftOutOfThePlacementIsOneLine() throws Exception {
    Path p = dir.resolve("partial.json");
    Files.writeString(p, "{\"tables\":[{\"name\":\"item\",\"placement\":\"reference\",\"reason\":\"x\"}]}");
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", p.toString(), "--target", "citus");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).startsWith("error: ").contains("warehouse").doesNotContain("\n");
  }

  @Test
  void unknownTargetIsOneLine() {
    CliRun r = CliRun.of("emit", "--schema", tpcc.schema().toString(), "--placement", tpcc.expectedFile().toString(),
        "--target", "oracle");
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err().strip()).isEqualTo("error: unknown target 'oracle' (use citus or postgres-fdw)");
  }
}
