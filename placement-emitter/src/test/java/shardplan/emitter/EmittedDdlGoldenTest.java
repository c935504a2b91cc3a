package shardplan.emitter;

import java.util.List;
import org.junit.jupiter.api.Test;
import shardplan.emitter.model.EmitOptions;
import shardplan.emitter.model.Mode;
import shardplan.emitter.model.WorkerAddress;

/** The emitted DDL is stable text: TPC-C and the online store, both targets, both modes. */
class EmittedDdlGoldenTest {
  private static final List<WorkerAddress> THREE_WORKERS =
      WorkerAddress.parseList("10.0.0.11:5432,10.0.0.12:5432,10.0.0.13:5432", "tpcc");
  private static final List<WorkerAddress> TWO_WORKERS =
      WorkerAddress.parseList("shop-w1:5432/shop,shop-w2:6432/shop", "unused");

  @Test
  void richDumpCitusNew() {
    GoldenFiles.check("rich-citus-new.sql", PlacementEmitter.script(RichSchema.schema(), RichSchema.placement(),
        EmitOptions.citus(Mode.NEW).withSchemaScript(RichSchema.dump())));
  }

  @Test
  void richDumpFdwNew() {
    GoldenFiles.check("rich-postgres-fdw-new.sql", PlacementEmitter.script(RichSchema.schema(),
        RichSchema.placement(), EmitOptions.fdw(Mode.NEW, TWO_WORKERS).withSchemaScript(RichSchema.dump())));
  }

  @Test
  void tpccCitusNew() {
    GoldenFiles.check("tpcc-citus-new.sql",
        PlacementEmitter.script(TestSchemas.tpcc(), TestPlacements.tpcc(), EmitOptions.citus(Mode.NEW)));
  }

  @Test
  void tpccCitusExisting() {
    GoldenFiles.check("tpcc-citus-existing.sql",
        PlacementEmitter.script(TestSchemas.tpcc(), TestPlacements.tpcc(), EmitOptions.citus(Mode.EXISTING)));
  }

  @Test
  void tpccFdwNew() {
    GoldenFiles.check("tpcc-postgres-fdw-new.sql", PlacementEmitter.script(TestSchemas.tpcc(),
        TestPlacements.tpcc(), EmitOptions.fdw(Mode.NEW, THREE_WORKERS)));
  }

  @Test
  void tpccFdwExisting() {
    GoldenFiles.check("tpcc-postgres-fdw-existing.sql", PlacementEmitter.script(TestSchemas.tpcc(),
        TestPlacements.tpcc(), EmitOptions.fdw(Mode.EXISTING, THREE_WORKERS)));
  }

  @Test
  void storeCitusNew() {
    GoldenFiles.check("store-citus-new.sql",
        PlacementEmitter.script(TestSchemas.store(), TestPlacements.store(), EmitOptions.citus(Mode.NEW)));
  }

  @Test
  void storeCitusExisting() {
    GoldenFiles.check("store-citus-existing.sql",
        PlacementEmitter.script(TestSchemas.store(), TestPlacements.store(), EmitOptions.citus(Mode.EXISTING)));
  }

  @Test
  void storeFdwNew() {
    GoldenFiles.check("store-postgres-fdw-new.sql", PlacementEmitter.script(TestSchemas.store(),
        TestPlacements.store(), EmitOptions.fdw(Mode.NEW, TWO_WORKERS)));
  }

  @Test
  void storeFdwExisting() {
    GoldenFiles.check("store-postgres-fdw-existing.sql", PlacementEmitter.script(TestSchemas.store(),
        TestPlacements.store(), EmitOptions.fdw(Mode.EXISTING, TWO_WORKERS)));
  }
}
