package shardplan.workloads.log;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import shardplan.workloads.GenerationResult;
import shardplan.workloads.Golden;
import shardplan.workloads.LogFormat;
import shardplan.workloads.Protocol;
import shardplan.workloads.WorkloadGenerator;
import shardplan.workloads.WorkloadOptions;

/** A few TPC-C transactions on three sessions, in every format, against reviewed golden files. */
class GoldenLogTest {
  @TempDir
  Path dir;

  private String log(String name, WorkloadOptions o) throws Exception {
    GenerationResult r = WorkloadGenerator.generate("tpcc", o.withWriteData(false), dir.resolve(name));
    return Files.readString(r.log());
  }

  private static WorkloadOptions tiny() {
    return WorkloadOptions.DEFAULT.withSmall(true).withScale(2).withTransactions(6).withSessions(3).withSeed(2);
  }

  @Test
  void csvlog() throws Exception {
    Golden.check("tpcc-tiny.csv", log("csv", tiny()));
  }

  @Test
  void jsonlog() throws Exception {
    Golden.check("tpcc-tiny.json", log("json", tiny().withFormat(LogFormat.JSONLOG)));
  }

  @Test
  void stderrWithTheDefaultPrefix() throws Exception {
    Golden.check("tpcc-tiny.log", log("stderr", tiny().withFormat(LogFormat.STDERR)));
  }

  @Test
  void stderrWithAPgbadgerStylePrefix() throws Exception {
    Golden.check("tpcc-tiny-prefix.log", log("prefix", tiny().withFormat(LogFormat.STDERR)
        .withLogLinePrefix("%t [%p]: [%l-1] user=%u,db=%d,app=%a,client=%h %c %v %x %i %e %s %n %b %% %5p|%-6u|")));
  }

  @Test
  void simpleProtocolCsvlog() throws Exception {
    Golden.check("tpcc-tiny-simple.csv", log("simple", tiny().withProtocol(Protocol.SIMPLE)));
  }

  @Test
  void sqlScript() throws Exception {
    Golden.check("tpcc-tiny.sql", log("sql", tiny().withFormat(LogFormat.SQL)));
  }
}
