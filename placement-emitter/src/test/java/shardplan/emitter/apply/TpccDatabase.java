package shardplan.emitter.apply;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.postgresql.PGConnection;
import shardplan.analyzer.catalog.DdlSchemaReader;
import shardplan.analyzer.model.Schema;
import shardplan.partitioner.model.Placement;
import shardplan.partitioner.model.TablePlacement;
import shardplan.workloads.Workload;
import shardplan.workloads.WorkloadOptions;
import shardplan.workloads.Workloads;
import shardplan.workloads.model.ExpectedTable;

/** A workload's schema, rows and expert placement, loaded into a database the way a user would. */
final class TpccDatabase {
  final Workload workload;
  final WorkloadOptions options;
  final Schema schema;
  final Path data;

  TpccDatabase(String name, WorkloadOptions options, Path data) throws IOException {
    this.workload = Workloads.byName(name);
    this.options = options;
    this.schema = DdlSchemaReader.parse(workload.schemaSql(), name + " schema.sql").schema();
    this.data = data;
    Files.createDirectories(data);
    workload.writeData(options, data);
  }

  /** The expert placement of the workload's expected.json. */
  Placement expertPlacement(int nodes, int shardCount) {
    List<TablePlacement> tables = new ArrayList<>();
    for (ExpectedTable e : workload.expectedPlacement(options)) {
      tables.add("reference".equals(e.placement()) ? TablePlacement.reference(e.name(), e.reason())
          : TablePlacement.distributed(e.name(), e.column(), e.colocationGroup(), e.reason()));
    }
    return new Placement(nodes, shardCount, tables);
  }

  void createSchema(Connection c) throws SQLException {
    try (Statement st = c.createStatement()) {
      st.execute(workload.schemaSql());
    }
  }

  /** COPY every table's CSV in the workload's load order. */
  void load(Connection c) throws SQLException, IOException {
    var copy = c.unwrap(PGConnection.class).getCopyAPI();
    for (String t : workload.tables()) {
      try (Reader r = Files.newBufferedReader(data.resolve(t + ".csv"))) {
        copy.copyIn("COPY " + t + " FROM STDIN WITH (FORMAT csv)", r);
      }
    }
  }

  /** Removes a test folder (the servers are stopped by then). */
  static void deleteTree(java.nio.file.Path dir) {
    if (dir == null || !java.nio.file.Files.exists(dir)) {
      return;
    }
    try (var s = java.nio.file.Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (java.io.IOException e) {
      // best effort: a folder left in the temporary directory does no harm
    }
  }
}
