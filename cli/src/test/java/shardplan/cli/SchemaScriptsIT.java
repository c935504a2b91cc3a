package shardplan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import shardplan.cluster.ClusterSpec;
import shardplan.cluster.LocalCluster;
import shardplan.cluster.PostgresBinaries;
import shardplan.emitter.model.SchemaScript;

/** A schema read over --jdbc-url is taken whole with pg_dump, or said to be reduced when pg_dump is missing. */
class SchemaScriptsIT {
  @Test
  void pgDumpOfTheDatabaseIsTheSchemaScriptAndItsAbsenceIsAWarning() throws Exception {
    PostgresBinaries bin = PostgresBinaries.require();
    Path dir = Files.createTempDirectory("shardplan-schema-script",
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    try (LocalCluster cluster = LocalCluster.up(ClusterSpec.of(1, dir.resolve("cluster")))) {
      try (Connection c = cluster.coordinator().connect(LocalCluster.DATABASE); Statement st = c.createStatement()) {
        st.execute("CREATE SEQUENCE invoice_seq START 1000; CREATE TABLE shop_order (id serial PRIMARY KEY,"
            + " invoice integer DEFAULT nextval('invoice_seq'), placed_at timestamp(6) without time zone);"
            + " CREATE INDEX shop_order_placed ON shop_order (placed_at) WHERE invoice > 0");
      }
      String url = cluster.coordinator().jdbcUrl(LocalCluster.DATABASE) + "?user=" + cluster.coordinator().user();
      StringWriter err = new StringWriter();
      Optional<SchemaScript> script = SchemaScripts.fromDatabase(url, Optional.of(bin.tool("pg_dump")),
          new PrintWriter(err, true));
      assertThat(err.toString()).isEmpty();
      assertThat(script).isPresent();
      assertThat(script.get().source()).startsWith("pg_dump of ");
      assertThat(script.get().text()).contains("CREATE TABLE public.shop_order",
          "placed_at timestamp(6) without time zone", "nextval('public.invoice_seq'::regclass)",
          "CREATE INDEX shop_order_placed ON public.shop_order");

      StringWriter none = new StringWriter();
      assertThat(SchemaScripts.fromDatabase(url, Optional.empty(), new PrintWriter(none, true))).isEmpty();
      assertThat(none.toString()).startsWith("warning: pg_dump is not on the PATH");
    } finally {
      deleteTree(dir);
    }
  }

  private static void deleteTree(Path dir) throws Exception {
    try (var walk = Files.walk(dir)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
